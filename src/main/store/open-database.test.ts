import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError } from './database-error'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-store-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const reason = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e instanceof DatabaseOpenError ? e.reason : `other: ${(e as Error).message}`
  }
  return 'opened'
}

describe('openDatabase', () => {
  it('creates every table of the exchange format, with the safe settings, and migrates only once', () => {
    const path = join(dir, 'nested', 'clas.sqlite')
    const first = openDatabase(path)
    expect(first.migrated).toBeGreaterThan(0)
    const tables = (first.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((r) => r.name)
    for (const t of ['structure', 'annees_scolaires', 'lieux', 'etablissements', 'intervenants', 'collectifs', 'creneaux', 'familles', 'enfants', 'inscriptions', 'seances', 'presences', 'actions_parents', 'concertations', 'formations', 'projets_bonus', 'depenses', 'reponses']) {
      expect(tables).toContain(t)
    }
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(first.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    first.sqlite.close()
    const second = openDatabase(path)
    expect(second.migrated).toBe(0)
    second.sqlite.close()
  })

  it('refuses a file written by a newer version of the app, without touching it', () => {
    const path = join(dir, 'clas.sqlite')
    const { sqlite } = openDatabase(path)
    sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 99_999_999_999_999)
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    sqlite.close()
    const before = sha(path)
    expect(reason(() => openDatabase(path))).toBe('newer_version')
    expect(sha(path)).toBe(before)
  })

  it('refuses a file whose applied migration differs from the shipped one', () => {
    const path = join(dir, 'clas.sqlite')
    const { sqlite } = openDatabase(path)
    sqlite.prepare('UPDATE __drizzle_migrations SET hash = ?').run('edited')
    sqlite.close()
    expect(reason(() => openDatabase(path))).toBe('drifted')
  })

  it('refuses a file that is not a database, and leaves it as it was', () => {
    const path = join(dir, 'clas.sqlite')
    writeFileSync(path, Buffer.alloc(8192, 7))
    const before = sha(path)
    expect(reason(() => openDatabase(path))).toBe('corrupt')
    expect(sha(path)).toBe(before)
  })

  it('enforces foreign keys', () => {
    const { sqlite } = openDatabase(join(dir, 'clas.sqlite'))
    expect(() => sqlite.prepare("INSERT INTO presences (seance_id, enfant_id, statut, position) VALUES ('x', 'y', 'present', 0)").run()).toThrow(/FOREIGN KEY/)
    sqlite.close()
  })
})

