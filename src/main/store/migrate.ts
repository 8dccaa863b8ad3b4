import type Database from 'better-sqlite3'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { DatabaseOpenError } from './database-error'

interface AppliedRow {
  hash: string
  created_at: number
}

/**
 * Applies the pending migrations (drizzle runs them in one transaction). Before that, refuses a
 * file written by a newer version of the app, or whose applied migrations differ from the ones
 * shipped: running old code on a newer schema, or "fixing" a shipped migration, loses data.
 */
/**
 * Refuses, reading only, a file written by a newer version or whose migrations drifted; returns
 * how many migrations are applied and how many shipped. Called before anything changes the file
 * (even its journal mode), since the refusal says it was not modified.
 */
export function refuseForeignSchema(sqlite: Database.Database, migrationsFolder: string): { applied: number; shipped: number } {
  const shipped = readMigrationFiles({ migrationsFolder })
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get()
  const applied = hasTable ? (sqlite.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all() as AppliedRow[]) : []
  const byTime = new Map(shipped.map((m) => [m.folderMillis, m.hash]))
  for (const row of applied) {
    const hash = byTime.get(Number(row.created_at))
    if (hash === undefined) {
      throw new DatabaseOpenError('newer_version', 'Ce fichier a été enregistré par une version plus récente de Clas. Mettez l’application à jour pour l’ouvrir ; il n’a pas été modifié.')
    }
    if (hash !== row.hash) {
      throw new DatabaseOpenError('drifted', 'La structure de ce fichier ne correspond pas à cette version de Clas (migration modifiée). Il n’a pas été modifié.')
    }
  }
  return { applied: applied.length, shipped: shipped.length }
}

export function applyMigrations(
  sqlite: Database.Database,
  db: BetterSQLite3Database<Record<string, unknown>>,
  migrationsFolder: string,
  /** Runs before migrating a file that already holds data (a backup of it, in the app). */
  beforeMigrating?: () => void,
): number {
  const { applied, shipped } = refuseForeignSchema(sqlite, migrationsFolder)
  const pending = shipped - applied
  if (pending > 0) {
    if (applied > 0) beforeMigrating?.()
    migrate(db, { migrationsFolder })
  }
  return pending
}
