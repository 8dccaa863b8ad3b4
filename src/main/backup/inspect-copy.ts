import Database from 'better-sqlite3'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { findMigrationsFolder } from '../store/migrations-folder'
import { BackupError } from './backup-error'

/** Tables without which a file is not a Clas database (or not one worth restoring). */
const APP_TABLES = ['__drizzle_migrations', 'structure', 'annees_scolaires', 'collectifs', 'enfants', 'seances', 'presences']

export interface CopyCheckOptions {
  nativeBinding?: string
  migrationsFolder?: string
}

export interface CopyReport {
  /** Migrations the copy lacks: it will be brought up to date when opened. */
  olderBy: number
}

/**
 * Checks a copy we own (a fresh backup or a file about to be restored) and makes it one
 * self-contained file: journal_mode=DELETE, `integrity_check` ok, the app's tables present, and
 * not written by a newer version of Clas. Throws a French BackupError otherwise.
 */
export function checkDatabaseCopy(path: string, label: string, options: CopyCheckOptions = {}): CopyReport {
  let sqlite: Database.Database
  try {
    sqlite = new Database(path, { fileMustExist: true, nativeBinding: options.nativeBinding })
  } catch {
    throw new BackupError('not_a_database', `« ${label} » ne peut pas être ouvert comme base de données.`)
  }
  try {
    let check: unknown
    try {
      sqlite.pragma('journal_mode = DELETE')
      check = sqlite.pragma('integrity_check', { simple: true })
    } catch {
      throw new BackupError('not_a_database', `« ${label} » n'est pas une base de données Clas (fichier illisible ou d'un autre type).`)
    }
    if (check !== 'ok') throw new BackupError('invalid_copy', `« ${label} » est endommagé (contrôle d'intégrité : ${String(check).slice(0, 200)}).`)
    const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name))
    if (APP_TABLES.some((t) => !tables.has(t))) throw new BackupError('not_clas', `« ${label} » est une base de données, mais pas une base Clas.`)
    const shipped = new Set(readMigrationFiles({ migrationsFolder: options.migrationsFolder ?? findMigrationsFolder() }).map((m) => m.folderMillis))
    const applied = (sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as { created_at: number }[]).map((r) => Number(r.created_at))
    if (applied.some((t) => !shipped.has(t))) {
      throw new BackupError('newer_version', `« ${label} » vient d'une version plus récente de Clas : mettez l'application à jour pour la restaurer.`)
    }
    return { olderBy: shipped.size - applied.length }
  } finally {
    sqlite.close()
  }
}
