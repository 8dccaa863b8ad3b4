import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { moveIntoPlace } from './durable-files'
import { encryptBackup, type BackupKey } from './encryption'
import { checkDatabaseCopy, type CopyCheckOptions } from './inspect-copy'

export interface TakeBackupOptions extends CopyCheckOptions {
  /** Encrypts the backup with this key (from the coordinator's passphrase). */
  key?: BackupKey
  /** Never wait longer than this for the copy (the disk may be a slow USB key). */
  timeoutMs?: number
  /** Pages copied between two turns of the event loop (the app stays responsive meanwhile). */
  pagesPerStep?: number
}

const ALL_PAGES = 0x7fffffff

const temporaryBeside = (dest: string) => join(dirname(dest), `.${basename(dest)}.${randomBytes(4).toString('hex')}.tmp`)

function refuseDuringWrite(sqlite: Database.Database): void {
  // A backup taken by the connection that has a write open can look complete and miss it.
  if (sqlite.inTransaction) throw new BackupError('busy', 'Une écriture est en cours : la sauvegarde ne peut pas être faite à cet instant.')
}

function refuseExisting(dest: string): void {
  if (existsSync(dest)) throw new BackupError('exists', `Le fichier « ${dest} » existe déjà : choisissez un autre nom.`)
}

/** Verified, optionally encrypted, then moved into place: `dest` is complete or absent. */
function finish(tmp: string, dest: string, options: TakeBackupOptions): void {
  const parts = [tmp]
  try {
    checkDatabaseCopy(tmp, basename(dest), options)
    let ready = tmp
    if (options.key) {
      ready = `${tmp}.chiffre`
      parts.push(ready)
      writeFileSync(ready, encryptBackup(readFileSync(tmp), options.key))
    }
    refuseExisting(dest)
    moveIntoPlace(ready, dest)
  } finally {
    for (const p of parts) rmSync(p, { force: true })
  }
}

/**
 * Copies the open database to `dest` with SQLite's online backup API, without stopping the
 * app's writes; the copy is checked (`integrity_check`, the app's tables) before it counts.
 */
export async function takeBackup(sqlite: Database.Database, dest: string, options: TakeBackupOptions = {}): Promise<string> {
  refuseDuringWrite(sqlite)
  refuseExisting(dest)
  const tmp = temporaryBeside(dest)
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  let step = options.pagesPerStep ?? 256
  let remaining = Number.POSITIVE_INFINITY
  try {
    await sqlite.backup(tmp, {
      progress: ({ remainingPages }) => {
        if (Date.now() > deadline) throw new BackupError('timeout', 'La sauvegarde n’a pas pu se terminer à temps (disque trop lent ?) : réessayez plus tard.')
        // Another connection wrote and the copy started over: it could do so forever while
        // volunteers type. The rest is copied in one step, under one read transaction that WAL
        // lets the writers work beside.
        if (remainingPages > remaining) step = ALL_PAGES
        remaining = remainingPages
        return step
      },
    })
  } catch (error) {
    rmSync(tmp, { force: true })
    if (error instanceof BackupError) throw error
    throw new BackupError('io', `La sauvegarde dans « ${dirname(dest)} » a échoué : ${(error as Error).message}`)
  }
  finish(tmp, dest, options)
  return dest
}

/**
 * The same, synchronously, for the moments the app must not go on before the copy exists
 * (before an import, before migrations): `VACUUM INTO` writes a consistent snapshot in one step.
 */
export function takeBackupSync(sqlite: Database.Database, dest: string, options: TakeBackupOptions = {}): string {
  refuseDuringWrite(sqlite)
  refuseExisting(dest)
  const tmp = temporaryBeside(dest)
  try {
    sqlite.prepare('VACUUM INTO ?').run(tmp)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw new BackupError('io', `La sauvegarde dans « ${dirname(dest)} » a échoué : ${(error as Error).message}`)
  }
  finish(tmp, dest, options)
  return dest
}
