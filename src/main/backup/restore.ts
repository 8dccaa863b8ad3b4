import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { backupToFolder } from './backup-folder'
import { databaseStem } from './backup-names'
import { fsyncDir, fsyncFile } from '../files/durable-files'
import { decryptBackup, isEncryptedBackup, type BackupKey } from './encryption'
import { holdsNoDatabase } from '../store/database-file'
import { checkDatabaseCopy, type CopyCheckOptions } from './inspect-copy'
import { temporaryPath } from './temporary-files'

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

export interface RestoreOptions extends CopyCheckOptions {
  /** Asked only when the file is encrypted; restoring never uses the stored key. */
  passphrase?: () => string | Promise<string>
  /** Where the copy of the current file goes before it is replaced. */
  safetyFolder: string
  /** Encrypts that copy like the other backups. */
  key?: BackupKey
  now?: Date
}

export interface RestoreResult {
  /** The backup of the file that was replaced (null when there was none). */
  safetyCopy: string | null
  /** Migrations the restored file lacked; they run when it is opened. */
  olderBy: number
}

/** The backup's content as a plain SQLite file, decrypted if need be; nothing written yet. */
async function readBackup(from: string, options: RestoreOptions): Promise<Buffer> {
  let data: Buffer
  try {
    data = readFileSync(from)
  } catch {
    throw new BackupError('io', `Impossible de lire la sauvegarde « ${from} ».`)
  }
  if (isEncryptedBackup(data)) {
    const passphrase = options.passphrase ? await options.passphrase() : ''
    if (!passphrase) throw new BackupError('passphrase_required', `La sauvegarde « ${basename(from)} » est chiffrée : indiquez sa phrase de passe.`)
    data = decryptBackup(data, passphrase, basename(from))
  }
  if (!data.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new BackupError('not_a_database', `« ${basename(from)} » n'est pas une sauvegarde de Clas (ni base SQLite, ni sauvegarde chiffrée) : rien n'a été restauré.`)
  }
  return data
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

/**
 * Keeps the current file before it is replaced. A healthy file gets a normal backup (checked,
 * encrypted if set). A file SQLite cannot read is copied byte for byte, with its `-wal`, under a
 * name the rotation never touches: it may still hold what someone can recover.
 */
async function keepCurrent(dbPath: string, options: RestoreOptions): Promise<{ safetyCopy: string | null; walAside: string | null }> {
  // Nothing to keep (an emptied file holds nothing SQLite or anyone could recover).
  if (holdsNoDatabase(dbPath)) return { safetyCopy: null, walAside: null }
  let sqlite: Database.Database | undefined
  let healthy = false
  try {
    sqlite = new Database(dbPath, { fileMustExist: true, nativeBinding: options.nativeBinding, timeout: 5000 })
    healthy = sqlite.pragma('quick_check', { simple: true }) === 'ok'
  } catch {
    healthy = false
  }
  if (healthy && sqlite) {
    try {
      const safetyCopy = await backupToFolder(sqlite, dbPath, options.safetyFolder, 'restauration', { key: options.key, now: options.now, nativeBinding: options.nativeBinding, migrationsFolder: options.migrationsFolder })
      sqlite.pragma('wal_checkpoint(TRUNCATE)')
      return { safetyCopy, walAside: null }
    } catch (error) {
      const why = error instanceof BackupError ? error.message : (error as Error).message
      throw new BackupError('io', `La base actuelle n'a pas pu être sauvegardée avant la restauration (${why}) : rien n'a été restauré.`)
    } finally {
      sqlite.close()
    }
  }
  sqlite?.close()
  mkdirSync(options.safetyFolder, { recursive: true })
  const raw = join(options.safetyFolder, `${databaseStem(dbPath)}_endommagee_${stamp(options.now ?? new Date())}.sqlite`)
  copyFileSync(dbPath, raw)
  fsyncFile(raw)
  return { safetyCopy: raw, walAside: existsSync(`${dbPath}-wal`) ? `${raw}-wal` : null }
}

/**
 * Replaces the database file `dbPath` by the backup `from`. The backup is checked first (a Clas
 * database, intact, not from a newer version); then the current file is kept; then the new file
 * takes its place in one rename. The caller must have closed its own connection to `dbPath`.
 */
export async function restoreDatabaseFile(dbPath: string, from: string, options: RestoreOptions): Promise<RestoreResult> {
  const plain = await readBackup(from, options)
  mkdirSync(dirname(dbPath), { recursive: true })
  const tmp = temporaryPath(dirname(dbPath), basename(dbPath), 'restauration')
  try {
    writeFileSync(tmp, plain)
    const { olderBy } = checkDatabaseCopy(tmp, basename(from), options)
    const { safetyCopy, walAside } = await keepCurrent(dbPath, options)
    const wal = `${dbPath}-wal`
    if (!walAside && existsSync(wal)) {
      // Our checkpoint and close would have removed it: another window still has the base open.
      throw new BackupError('busy', `La base « ${basename(dbPath)} » est encore ouverte dans une autre fenêtre de Clas : fermez-la, puis restaurez à nouveau. Rien n'a été restauré.`)
    }
    // A -wal left beside the restored file would be replayed into it: the damaged file's -wal
    // moves away with its copy, and comes back if the replacement fails.
    if (walAside) renameSync(wal, walAside)
    fsyncFile(tmp)
    try {
      renameSync(tmp, dbPath)
    } catch (error) {
      if (walAside) renameSync(walAside, wal)
      throw new BackupError('io', `La base n'a pas pu être remplacée : ${(error as Error).message}. Rien n'a été restauré.`)
    }
    rmSync(`${dbPath}-shm`, { force: true })
    fsyncDir(dirname(dbPath))
    return { safetyCopy, olderBy }
  } finally {
    rmSync(tmp, { force: true })
  }
}
