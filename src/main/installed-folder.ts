import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A folder shipped with the app (`drizzle`, `templates`). Sources run from the repository, the
 * electron-vite bundle from `out/main`, the packaged app from its resources folder: look upwards
 * from this module, then in Electron's resources. `marker` is a file the folder must hold.
 */
export function findInstalledFolder(name: string, marker: string, missing: string): string {
  const candidates: string[] = []
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, name))
    dir = dirname(dir)
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath
  if (resources) candidates.push(join(resources, name))
  const found = candidates.find((c) => existsSync(join(c, marker)))
  if (!found) throw new Error(missing)
  return found
}
