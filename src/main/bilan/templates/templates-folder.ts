import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The built-in forms shipped in `templates/`: found upwards from this module (sources,
 * electron-vite bundle) or in Electron's resources folder (packaged app).
 */
export function findBuiltinTemplatesFolder(): string {
  const candidates: string[] = []
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, 'templates'))
    dir = dirname(dir)
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath
  if (resources) candidates.push(join(resources, 'templates'))
  const found = candidates.find((c) => existsSync(join(c, 'README.md')))
  if (!found) throw new Error('Modèles introuvables : dossier « templates » absent de l’installation.')
  return found
}

/** Forms the coordinator imported live beside the database, so that they follow it (and its backups folder). */
export const importedTemplatesFolder = (dbPath: string) => join(dirname(dbPath), 'modeles')
