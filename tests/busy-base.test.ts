import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../src/main/api/dispatch'
import { BackupSettingsStore } from '../src/main/backup/backup-settings'
import { main } from '../src/main/hosts/cli/main'
import { startHttpServer, type RunningServer } from '../src/main/hosts/http/server'
import { DatabaseHost } from '../src/main/recovery/database-host'
import { Workspace } from '../src/main/workspace'
import { ANNEE, STRUCTURE } from './helpers/association'

let dir: string
let dbPath: string
/** Another program: a connection of its own holding the write lock. */
let other: Database.Database
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-busy-'))
  dbPath = join(dir, 'clas.sqlite')
  // the command line's backup settings and folder in the temporary folder, not the user's
  process.env.CLAS_DATA_DIR = join(dir, 'donnees')
  const w = new Workspace(dbPath)
  createDispatcher(w)('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  w.close()
  other = new Database(dbPath)
})
afterEach(() => {
  delete process.env.CLAS_DATA_DIR
  if (other.inTransaction) other.prepare('ROLLBACK').run()
  other.close()
  rmSync(dir, { recursive: true, force: true })
})

const LIEU = { nom: 'Salle des fêtes', adresse: '', commune: 'Bourg', typeLocal: 'municipal' }

describe('another program holding the write lock', () => {
  it('the server says so in French for a write, and keeps answering reads meanwhile', async () => {
    const host = new DatabaseHost(dbPath, { backups: new BackupSettingsStore(join(dir, 'donnees')), dispatcher: (w) => createDispatcher(w) })
    const server: RunningServer = await startHttpServer({ dispatch: host.dispatch, port: 0 })
    const post = async (name: string, body: unknown) => {
      const started = Date.now()
      const res = await fetch(`${server.url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: res.status, body: (await res.json()) as { result?: unknown; error?: { code: string; message: string } }, ms: Date.now() - started }
    }
    try {
      other.prepare('BEGIN IMMEDIATE').run()
      other.prepare("UPDATE structure SET commune = 'Ailleurs'").run()
      // Three writes in a row, and a read sent among them.
      const writes = [post('lieux.save', LIEU), post('lieux.save', LIEU), post('lieux.save', LIEU)]
      const read = post('lieux.list', {})
      const [w1, w2, w3, r] = await Promise.all([...writes, read])
      for (const w of [w1, w2, w3]) {
        expect(w.status).toBe(409)
        expect(w.body.error?.message).toMatch(/^La base est occupée par un autre programme .*réessayez dans un instant\.$/)
      }
      expect(r.status).toBe(200)
      expect(r.body.result).toEqual([])
      // With SQLite's usual 5 s wait per write, the read came after 15 s of a frozen server.
      expect(r.ms).toBeLessThan(4000)
      other.prepare('ROLLBACK').run()
      expect((await post('lieux.save', LIEU)).status).toBe(200)
    } finally {
      await server.close()
      host.close()
    }
  })

  it('the command line says so in French, for a call and for a command writing directly', async () => {
    const empty = join(dir, 'vide.sqlite')
    new Workspace(empty).close()
    const lockedEmpty = new Database(empty)
    const run = async (...argv: string[]) => {
      const err: string[] = []
      const code = await main(argv, { out: () => undefined, err: (s) => err.push(s) })
      return { code, err: err.join('\n') }
    }
    try {
      other.prepare('BEGIN IMMEDIATE').run()
      lockedEmpty.prepare('BEGIN IMMEDIATE').run()
      const doc = join(dir, 'doc.json')
      expect((await run('export', '--db', dbPath, '--out', doc)).code).toBe(0)
      const imported = await run('import', '--db', dbPath, '--in', doc)
      expect(imported).toEqual({ code: 1, err: expect.stringMatching(/^La base est occupée par un autre programme/) })
      const demo = await run('demo', '--db', empty)
      expect(demo).toEqual({ code: 1, err: expect.stringMatching(/^La base est occupée par un autre programme/) })
    } finally {
      lockedEmpty.prepare('ROLLBACK').run()
      lockedEmpty.close()
    }
  }, 30_000)
})
