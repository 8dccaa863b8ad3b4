import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BackupSettingsStore } from './backup-settings'

/** What a temporary file is for; part of its name so a person looking at the folder can tell. */
export type TemporaryKind = 'sauvegarde' | 'chiffrement' | 'restauration'

/**
 * `.clas.sqlite.sauvegarde-4242-1a2b3c4d.tmp`: hidden, and carrying the id of the process that
 * writes it, so that the next start can tell a file a crash left behind (its process is gone) from
 * one another Clas process is writing right now.
 */
export function temporaryPath(dir: string, base: string, kind: TemporaryKind): string {
  return join(dir, `.${base}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Ours, and their SQLite side files: the names above, and those of earlier versions
 * (`.x.sqlite.1a2b3c4d.tmp`, `.x.sqlite.1a2b3c4d.tmp.chiffre`, `.x.sqlite.restauration-1a2b3c4d.tmp`).
 */
const TEMPORARY = /^\..+\.(?:(?:sauvegarde|chiffrement|restauration)-)?(?:(\d+)-)?[0-9a-f]{8}\.tmp(?:\.chiffre)?(?:-journal|-wal|-shm)?$/

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporaries a killed or crashed Clas left in `dir`: a plain copy of the base (a
 * backup being checked, a backup being restored) must not outlive its use, and the rotation
 * never sees these hidden names. Files of a process still running are left to it. Returns the
 * names removed; a folder that cannot be read (USB key removed) is skipped.
 */
export function removeStaleTemporaries(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const m = TEMPORARY.exec(name)
    if (!m || (m[1] !== undefined && alive(Number(m[1])))) continue
    try {
      rmSync(join(dir, name), { force: true })
      removed.push(name)
    } catch {
      // read-only folder: nothing we can do now, the next start tries again
    }
  }
  return removed
}

/** At start: the temporaries beside the database `dbPath` and in its backup folder. */
export function removeStaleTemporariesAtStart(dbPath: string, backups: BackupSettingsStore | undefined): string[] {
  const folder = backups?.folderIfReadable()
  return [dirname(dbPath), ...(folder ? [folder] : [])].flatMap((dir) => removeStaleTemporaries(dir).map((name) => join(dir, name)))
}
