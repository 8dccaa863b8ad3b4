import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupToFolder, backupToFolderSync } from '../../src/main/backup/backup-folder'
import { deriveNewKey, isEncryptedBackup } from '../../src/main/backup/encryption'
import { Workspace } from '../../src/main/workspace'
import { seedAssociation } from '../helpers/association'
import { backedUpWorkspace } from './backup-workspace'

const PASS = 'le moulin tourne au vent'
const FAST = { log2N: 12, r: 8, p: 1 }
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const LOOP = join(import.meta.dirname, 'backup-loop.ts')
const ROOT = join(import.meta.dirname, '..', '..')

/** The first bytes of a file, or null when it went away meanwhile. */
function head(path: string): Buffer | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    const buf = Buffer.alloc(16)
    return buf.subarray(0, readSync(fd, buf, 0, 16, 0))
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

/** Files of `folder` (hidden ones too) whose content starts as a readable SQLite database. */
function readableCopies(folder: string): string[] {
  return readdirSync(folder).filter((name) => head(join(folder, name))?.equals(SQLITE_HEADER))
}

let t: ReturnType<typeof backedUpWorkspace>
let usb: string
beforeEach(() => {
  t = backedUpWorkspace()
  seedAssociation(t, 40)
  usb = join(t.dir, 'cle-usb')
  mkdirSync(usb)
  t.store.save({ dossier: usb, key: deriveNewKey(PASS, FAST) })
})
afterEach(() => t.cleanup())

describe('encrypted backups never lay a readable copy in the backup folder', () => {
  it('looked at between every step of encrypted backups (online API and VACUUM INTO), the folder holds only encrypted bytes', async () => {
    const key = t.store.load().key!
    const seen: string[] = []
    let looks = 0
    const afterEachStep = () => {
      looks++
      seen.push(...readableCopies(usb))
    }
    const sqlite = t.workspace.context().sqlite
    await backupToFolder(sqlite, t.path, usb, 'manuelle', { key, afterEachStep })
    backupToFolderSync(sqlite, t.path, usb, 'import', { key, afterEachStep })
    // copy made, copy checked, encrypted file written: three looks per backup
    expect(looks).toBe(6)
    expect(seen).toEqual([])
    const files = readdirSync(usb)
    expect(files).toHaveLength(2)
    for (const f of files) expect(isEncryptedBackup(head(join(usb, f))!)).toBe(true)
  })

  it('a backup process killed at any moment leaves no readable copy there, and the next start removes its temporaries', async () => {
    t.workspace.close()
    const leftBeside: string[] = []
    for (let round = 0; round < 6; round++) {
      await killedDuringBackups(t.path, join(t.dir, 'donnees'), 40 + round * 37)
      expect(readableCopies(usb)).toEqual([])
      leftBeside.push(...readdirSync(t.dir).filter((n) => n.endsWith('.tmp')))
    }
    // Some kills did land while a copy was being made (in the database's own folder).
    expect(leftBeside.length).toBeGreaterThan(0)
    t.workspace = new Workspace(t.path, { backups: t.store })
    expect(readdirSync(t.dir).filter((n) => n.includes('.tmp'))).toEqual([])
    expect(readdirSync(usb).filter((n) => n.startsWith('.'))).toEqual([])
  }, 180_000)

  it('at start, removes stale temporaries of every kind in both folders, and leaves those of a running process', async () => {
    t.workspace.close()
    const dead = await deadPid()
    const stale = [
      [t.dir, `.clas.sqlite.sauvegarde-${dead}-0a1b2c3d.tmp`],
      [t.dir, `.clas.sqlite.sauvegarde-${dead}-0a1b2c3d.tmp-journal`],
      [t.dir, '.clas.sqlite.restauration-9f8e7d6c.tmp'],
      [usb, '.clas_2025-11-20_101010_manuelle.sqlite.chiffre.1234abcd.tmp'],
      [usb, '.clas_2025-11-20_101010_manuelle.sqlite.1234abcd.tmp.chiffre'],
      [usb, `.clas_2025-11-20_101010_manuelle.sqlite.chiffrement-${dead}-0badcafe.tmp`],
    ]
    const running = [usb, `.clas_2025-11-20_111111_manuelle.sqlite.chiffrement-${process.pid}-00c0ffee.tmp`]
    const theirs = [usb, 'notes.tmp']
    for (const [dir, name] of [...stale, running, theirs]) writeFileSync(join(dir, name), SQLITE_HEADER)
    t.workspace = new Workspace(t.path, { backups: t.store })
    expect(readdirSync(t.dir).filter((n) => n.includes('.tmp'))).toEqual([])
    expect(readdirSync(usb).sort()).toEqual([running[1], theirs[1]].sort())
  })
})

/** The id of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0'])
    child.on('exit', () => resolve(child.pid!))
  })
}

/** Runs the backup loop and kills it with SIGKILL `delayMs` after it is ready. */
function killedDuringBackups(db: string, dataDir: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', LOOP, db], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CLAS_DATA_DIR: dataDir },
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`backup loop ended by itself (${code}): ${err.slice(0, 2000)}`))
      else resolve()
    })
  })
}
