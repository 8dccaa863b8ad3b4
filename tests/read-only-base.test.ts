import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../src/main/api/dispatch'
import { Workspace } from '../src/main/workspace'
import { ANNEE, STRUCTURE } from './helpers/association'

const ROOT = join(import.meta.dirname, '..')
/**
 * Permissions do not stop root, which these tests often run as: the command line then runs as
 * `nobody`, for whom the folder and the file below really are read-only.
 */
const asSomeoneElse = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-lecture-seule-'))
  chmodSync(dir, 0o755)
  // settings folder the child may write in
  mkdirSync(join(dir, 'donnees'), { mode: 0o777 })
  chmodSync(join(dir, 'donnees'), 0o777)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A set-up base in `folder` (mode `folderMode`), the file itself read-only for the others. */
function base(folder: string, folderMode: number): string {
  mkdirSync(join(dir, folder))
  const path = join(dir, folder, 'clas.sqlite')
  const w = new Workspace(path)
  createDispatcher(w)('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  w.close()
  chmodSync(path, 0o644)
  chmodSync(join(dir, folder), folderMode)
  return path
}

function clas(...argv: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/clas.mjs', ...argv], {
      cwd: ROOT, ...asSomeoneElse, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLAS_DATA_DIR: join(dir, 'donnees'), HOME: join(dir, 'donnees') },
    })
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, err }))
  })
}

describe('a base in a read-only folder, or a read-only file', () => {
  it('is refused at start with a French message, not a SQLite error, and left as it was', async () => {
    for (const [folder, mode] of [['dossier-protege', 0o755], ['fichier-protege', 0o777]] as const) {
      const path = base(folder, mode)
      const before = readFileSync(path)
      const r = await clas('compliance', '--db', path, '--date', '2025-11-20')
      expect(r.code, r.err).toBe(1)
      expect(r.err).toMatch(/^La base « .* » ne peut pas être modifiée : le fichier ou son dossier est en lecture seule/)
      expect(r.err).not.toMatch(/SQLITE_|SqliteError|\n\s+at /)
      expect(readFileSync(path).equals(before)).toBe(true)
    }
  }, 180_000)
})
