import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { readBaseId } from '../store/repos/identite'
import { backupFileName, databaseStem, parseBackupFileName, seriesOf, type BackupName, type BackupReason } from './backup-names'
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './rotation'
import { takeBackup, takeBackupSync, type TakeBackupOptions } from './take-backup'

export interface BackupEntry extends BackupName {
  path: string
  fileName: string
  bytes: number
}

/**
 * The backups of the database `dbPath` found in `folder`, newest first; other files are ignored.
 * `baseId` (the id stored in the base) picks its series: two bases named alike in different
 * folders share the stem, never the series. Backups from before the series (no id in their name)
 * go by the stem. Without `baseId` (a base that cannot be read, and whose id was never seen),
 * every backup of the stem is listed: the coordinator chooses.
 */
export function listBackups(folder: string, dbPath: string, baseId: string | null = null): BackupEntry[] {
  const stem = databaseStem(dbPath)
  const series = baseId === null ? null : seriesOf(baseId)
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const entries: BackupEntry[] = []
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName)
    if (!parsed || parsed.stem !== stem) continue
    if (series !== null && parsed.series !== undefined && parsed.series !== series) continue
    const path = join(folder, fileName)
    entries.push({ ...parsed, path, fileName, bytes: statSync(path).size })
  }
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || b.fileName.localeCompare(a.fileName))
}

export interface FolderBackupOptions extends TakeBackupOptions {
  now?: Date
  rotation?: RotationPolicy
}

function prepare(sqlite: Database.Database, folder: string, dbPath: string, reason: BackupReason, options: FolderBackupOptions): string {
  try {
    mkdirSync(folder, { recursive: true })
  } catch (error) {
    throw new BackupError('io', `Le dossier de sauvegarde « ${folder} » n'est pas accessible (clé USB retirée ?) : ${(error as Error).message}`)
  }
  const baseId = readBaseId(sqlite)
  const name: BackupName = {
    stem: databaseStem(dbPath), date: options.now ?? new Date(), reason, encrypted: options.key !== undefined, ...(baseId ? { series: seriesOf(baseId) } : {}),
  }
  for (let counter = 1; ; counter++) {
    const path = join(folder, backupFileName(name, counter))
    try {
      statSync(path)
    } catch {
      return path
    }
  }
}

/** Deletes what the rotation no longer keeps; only after a new backup succeeded. */
export function rotateBackups(folder: string, dbPath: string, baseId: string | null, now = new Date(), policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  // Only this base's series: another base's backups, or those of unknown series, are not ours to delete.
  const ours = listBackups(folder, dbPath, baseId).filter((b) => baseId !== null || b.series === undefined)
  const gone = backupsToDelete(ours, now, policy)
  for (const b of gone) rmSync(b.path, { force: true })
  return gone.map((b) => b.path)
}

/** A new backup in the folder, named for its time and reason, then the rotation. */
export async function backupToFolder(sqlite: Database.Database, dbPath: string, folder: string, reason: BackupReason, options: FolderBackupOptions = {}): Promise<string> {
  const path = await takeBackup(sqlite, prepare(sqlite, folder, dbPath, reason, options), options)
  rotateBackups(folder, dbPath, readBaseId(sqlite), options.now, options.rotation)
  return path
}

export function backupToFolderSync(sqlite: Database.Database, dbPath: string, folder: string, reason: BackupReason, options: FolderBackupOptions = {}): string {
  const path = takeBackupSync(sqlite, prepare(sqlite, folder, dbPath, reason, options), options)
  rotateBackups(folder, dbPath, readBaseId(sqlite), options.now, options.rotation)
  return path
}
