import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname } from 'node:path'
import type Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { moveIntoPlace } from '../files/durable-files'
import { encryptBackup, type BackupKey } from './encryption'
import { checkDatabaseCopy, type CopyCheckOptions } from './inspect-copy'
import { temporaryPath } from './temporary-files'

export interface TakeBackupOptions extends CopyCheckOptions {
  /** Encrypts the backup with this key (from the coordinator's passphrase). */
  key?: BackupKey
  /** Never wait longer than this for the copy (the disk may be a slow USB key). */
  timeoutMs?: number
  /** Pages copied between two turns of the event loop (the app stays responsive meanwhile). */
  pagesPerStep?: number
  /**
   * Called after each file the backup writes is complete (the copy, the encrypted file), before
   * the next step: tests look at the folders there, where a crash could leave them.
   */
  afterEachStep?: () => void
}

const ALL_PAGES = 0x7fffffff

/**
 * Where the plain copy is made and checked before it counts. Unencrypted, beside `dest`: it is
 * the backup itself, renamed once checked. Encrypted, in the folder of the database it copies:
 * the backup folder is often a USB key, and a readable copy laid there, even for a second, can
 * be left behind by a crash or recovered after deletion; only encrypted bytes may touch it.
 */
function workingCopy(sqlite: Database.Database, dest: string, options: TakeBackupOptions): string {
  if (!options.key) return temporaryPath(dirname(dest), basename(dest), 'sauvegarde')
  const file = sqlite.name && sqlite.name !== ':memory:' ? sqlite.name : null
  return file ? temporaryPath(dirname(file), basename(file), 'sauvegarde') : temporaryPath(tmpdir(), 'clas', 'sauvegarde')
}

function refuseDuringWrite(sqlite: Database.Database): void {
  // A backup taken by the connection that has a write open can look complete and miss it.
  if (sqlite.inTransaction) throw new BackupError('busy', 'Une écriture est en cours : la sauvegarde ne peut pas être faite à cet instant.')
}

function refuseExisting(dest: string): void {
  if (existsSync(dest)) throw new BackupError('exists', `Le fichier « ${dest} » existe déjà : choisissez un autre nom.`)
}

/** Verified, optionally encrypted, then moved into place: `dest` is complete or absent. */
function finish(tmp: string, dest: string, options: TakeBackupOptions): void {
  const parts = [tmp, `${tmp}-journal`]
  try {
    options.afterEachStep?.()
    checkDatabaseCopy(tmp, basename(dest), options)
    options.afterEachStep?.()
    let ready = tmp
    if (options.key) {
      // Encrypted in memory, then written to the destination under a temporary name.
      ready = temporaryPath(dirname(dest), basename(dest), 'chiffrement')
      parts.push(ready)
      writeFileSync(ready, encryptBackup(readFileSync(tmp), options.key))
      options.afterEachStep?.()
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
  const tmp = workingCopy(sqlite, dest, options)
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
    for (const p of [tmp, `${tmp}-journal`]) rmSync(p, { force: true })
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
  const tmp = workingCopy(sqlite, dest, options)
  try {
    sqlite.prepare('VACUUM INTO ?').run(tmp)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw new BackupError('io', `La sauvegarde dans « ${dirname(dest)} » a échoué : ${(error as Error).message}`)
  }
  finish(tmp, dest, options)
  return dest
}
