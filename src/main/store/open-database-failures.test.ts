import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError } from './database-error'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-open-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e instanceof DatabaseOpenError ? `${e.reason}: ${e.message}` : `other: ${(e as Error).message}`
  }
  return 'opened'
}

/** A database with some rows, closed, its WAL folded in. */
function filledDatabase(): string {
  const path = join(dir, 'clas.sqlite')
  const { sqlite } = openDatabase(path)
  const insert = sqlite.prepare('INSERT INTO lieux (id, nom, adresse, commune, type_local) VALUES (?, ?, ?, ?, ?)')
  sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`lieu-${i}`, `Lieu ${i} ${'x'.repeat(200)}`, 'rue', 'Bourg', 'associatif')
  })()
  sqlite.close()
  return path
}

describe('openDatabase on a file it must not touch', () => {
  it('refuses a database whose pages were damaged, and leaves the file as it was', () => {
    const path = filledDatabase()
    const bytes = readFileSync(path)
    bytes.fill(0x5a, bytes.length - 3 * 4096, bytes.length - 4096)
    writeFileSync(path, bytes)
    const before = sha(path)
    expect(refusal(() => openDatabase(path))).toMatch(/^corrupt: .*endommagée.*Restaurez une sauvegarde/s)
    expect(sha(path)).toBe(before)
    expect(existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`).length : 0).toBe(0)
  })

  it('says another window holds the file when it is locked, and keeps that window\'s work', () => {
    const path = filledDatabase()
    const other = new Database(path)
    other.pragma('locking_mode = EXCLUSIVE')
    other.prepare("UPDATE lieux SET commune = 'Ailleurs' WHERE id = 'lieu-1'").run()
    try {
      expect(refusal(() => openDatabase(path))).toMatch(/^locked: .*utilisée par une autre fenêtre de Clas/)
    } finally {
      other.close()
    }
    const { sqlite } = openDatabase(path)
    expect(sqlite.prepare("SELECT commune FROM lieux WHERE id = 'lieu-1'").pluck().get()).toBe('Ailleurs')
    sqlite.close()
  }, 15_000)

  it('leaves a newer-version file in rollback-journal mode byte for byte as it was (not switched to WAL)', () => {
    const path = filledDatabase()
    const raw = new Database(path)
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 10)
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const header = readFileSync(path).subarray(18, 20)
    expect([...header]).toEqual([1, 1])
    const before = sha(path)
    expect(refusal(() => openDatabase(path))).toMatch(/^newer_version: .*il n’a pas été modifié/)
    expect(sha(path)).toBe(before)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })
})
