import { join } from 'node:path'
import { findInstalledFolder } from '../installed-folder'

/** Where the committed drizzle-kit migrations are. */
export function findMigrationsFolder(): string {
  return findInstalledFolder('drizzle', join('meta', '_journal.json'), 'Migrations introuvables : dossier « drizzle » absent de l’installation.')
}
