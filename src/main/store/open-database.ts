import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { DatabaseOpenError } from './database-error'
import { applyMigrations, refuseForeignSchema } from './migrate'
import { findMigrationsFolder } from './migrations-folder'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema>

export interface OpenedDatabase {
  path: string
  sqlite: Database.Database
  db: Db
  /** Migrations applied by this opening. */
  migrated: number
}

export interface OpenOptions {
  /** Path of a better-sqlite3 binary built for another runtime (Electron in development). */
  nativeBinding?: string
  migrationsFolder?: string
  /**
   * How long a write waits for another program's lock once the base is open (see
   * UI_HOST_BUSY_TIMEOUT_MS); opening itself always waits up to 5 s.
   */
  busyTimeoutMs?: number
  /** Called before migrations change a file that already has data; throwing stops the opening. */
  beforeMigrate?: (sqlite: Database.Database) => void
}

const readOnlyError = (path: string) =>
  new DatabaseOpenError('readonly', `La base « ${path} » ne peut pas être modifiée : le fichier ou son dossier est en lecture seule (droits du dossier, clé USB verrouillée, disque protégé…). Donnez le droit d'écrire sur le fichier et sur son dossier, ou copiez la base dans un dossier où vous pouvez écrire, puis réessayez ; rien n'a été modifié.`)

/**
 * SQLite opens a file it may not write read-only without a word, and a WAL base needs to create
 * its `-wal` and `-shm` beside it: the refusal would come as SQLITE_READONLY at every write (or
 * SQLITE_READONLY_DIRECTORY at the first read). Said once, at start, instead. `access(W_OK)`
 * also sees a read-only mount and an immutable file, which stop even an administrator.
 */
function refuseReadOnly(path: string): void {
  for (const target of existsSync(path) ? [path, dirname(path)] : [dirname(path)]) {
    try {
      accessSync(target, constants.W_OK)
    } catch {
      throw readOnlyError(path)
    }
  }
}

/**
 * Opens (or creates) the association's database with the settings that keep registers safe:
 * WAL for concurrent reads, synchronous=FULL because attendance cannot be typed again after a
 * power cut, foreign keys on, then the pending migrations.
 */
export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true })
    refuseReadOnly(path)
  }
  let sqlite: Database.Database
  try {
    sqlite = new Database(path, { nativeBinding: options.nativeBinding, timeout: 5000 })
  } catch (error) {
    throw new DatabaseOpenError('unreadable', `Impossible d’ouvrir la base « ${path} » : ${(error as Error).message}`)
  }
  try {
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new DatabaseOpenError('corrupt', `La base « ${path} » est endommagée (${String(check)}). Restaurez une sauvegarde ; le fichier n’a pas été modifié.`)
    const migrationsFolder = options.migrationsFolder ?? findMigrationsFolder()
    // Before WAL: switching a rollback-journal file to WAL rewrites its header.
    refuseForeignSchema(sqlite, migrationsFolder)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // Whatever is deleted or rewritten is overwritten at once, not left in free space (right to erasure).
    sqlite.pragma('secure_delete = ON')
    sqlite.pragma('journal_size_limit = 67108864')
    const db = drizzle(sqlite, { schema })
    const migrated = applyMigrations(sqlite, db, migrationsFolder, options.beforeMigrate && (() => options.beforeMigrate?.(sqlite)))
    if (options.busyTimeoutMs !== undefined) sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs))}`)
    return { path, sqlite, db, migrated }
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseOpenError) throw error
    const message = (error as Error).message
    if (/^SQLITE_READONLY/.test(String((error as { code?: unknown }).code))) throw readOnlyError(path)
    if (/database is locked|SQLITE_BUSY/i.test(message)) throw new DatabaseOpenError('locked', `La base « ${path} » est utilisée par une autre fenêtre de Clas. Fermez-la puis réessayez.`)
    if (/file is not a database|malformed|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(message)) throw new DatabaseOpenError('corrupt', `La base « ${path} » est endommagée ou n’est pas une base Clas. Restaurez une sauvegarde ; le fichier n’a pas été modifié.`)
    throw error
  }
}
