import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the committed drizzle-kit migrations are. Sources run from the repository, the
 * electron-vite bundle from `out/main`, the packaged app from its resources folder: look
 * upwards from this module, then in Electron's resources.
 */
export function findMigrationsFolder(): string {
  const candidates: string[] = []
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, 'drizzle'))
    dir = dirname(dir)
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath
  if (resources) candidates.push(join(resources, 'drizzle'))
  const found = candidates.find((c) => existsSync(join(c, 'meta', '_journal.json')))
  if (!found) throw new Error('Migrations introuvables : dossier « drizzle » absent de l’installation.')
  return found
}
