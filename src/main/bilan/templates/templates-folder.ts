import { dirname, join } from 'node:path'
import { findInstalledFolder } from '../../installed-folder'

/** The built-in forms shipped in `templates/`. */
export function findBuiltinTemplatesFolder(): string {
  return findInstalledFolder('templates', 'README.md', 'Modèles introuvables : dossier « templates » absent de l’installation.')
}

/** Forms the coordinator imported live beside the database, so that they follow it (and its backups folder). */
export const importedTemplatesFolder = (dbPath: string) => join(dirname(dbPath), 'modeles')
