import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { buildDemoDocument } from '../demo/build-demo'
import { migrationsApplied, openArchive, snapshotYear, storeArchive } from './archive'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2026-06-20')
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => t.cleanup())

const count = (sqlite: Database.Database, table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('a year frozen as a copy of the base', () => {
  it('keeps every row of the year, and no account, journal nor archive', async () => {
    await t.call('comptes.save', { nom: 'Nadia', role: 'coordinateur', type: 'mot_de_passe', secret: 'un secret bien long 42', collectifIds: [] })
    const { sqlite, db } = t.workspace.context()
    expect(count(sqlite, 'comptes')).toBe(1)
    expect(count(sqlite, 'journal')).toBeGreaterThan(0)
    const anneeId = sqlite.prepare('SELECT id FROM annees_scolaires WHERE courante = 1').pluck().get() as string
    // An archive already there (a year before) must not be nested in the next one.
    sqlite.prepare("INSERT INTO annees_archives (annee_id, archivee_le, schema_version, contenu) VALUES (?, '2025-07-01T00:00:00Z', '1', ?)").run(anneeId, Buffer.from('ancienne'))

    const contenu = snapshotYear(sqlite)
    expect(contenu.includes(Buffer.from('ancienne'))).toBe(false)
    sqlite.transaction(() => storeArchive(db, anneeId, contenu, new Date('2026-07-10T08:00:00Z'))).immediate()

    const row = sqlite.prepare('SELECT archivee_le, schema_version FROM annees_archives WHERE annee_id = ?').get(anneeId)
    expect(row).toEqual({ archivee_le: '2026-07-10T08:00:00.000Z', schema_version: String(migrationsApplied(sqlite)) })
    expect(migrationsApplied(sqlite)).toBeGreaterThanOrEqual(8)

    // Read back from the file itself, through a new connection.
    t.reopen()
    const live = t.workspace.context()
    const archive = openArchive(live.db, anneeId)
    expect(archive).not.toBeNull()
    for (const table of ['enfants', 'familles', 'collectifs', 'seances', 'presences', 'inscriptions', 'actions_parents', 'annees_scolaires']) {
      expect(count(archive!.sqlite, table), table).toBe(count(live.sqlite, table))
    }
    for (const table of ['comptes', 'compte_collectifs', 'journal', 'annees_archives']) expect(count(archive!.sqlite, table), table).toBe(0)
    // Read-only: a service writing into a past year fails rather than change a copy for nothing.
    expect(() => archive!.sqlite.prepare("UPDATE enfants SET prenom = 'X'").run()).toThrow(/readonly|read-only|query_only|attempt to write/i)
    // Opened once, then kept.
    expect(openArchive(live.db, anneeId)).toBe(archive)
  })

  it('opens an archive made by an older version, migrated up, and answers null for a year not archived', () => {
    const { sqlite, db } = t.workspace.context()
    const anneeId = sqlite.prepare('SELECT id FROM annees_scolaires WHERE courante = 1').pluck().get() as string
    // An older copy: the last migration (familles.quartier) not applied yet.
    const older = new Database(snapshotYear(sqlite))
    const last = older.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() as number
    older.exec('ALTER TABLE familles DROP COLUMN quartier')
    older.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last)
    const contenu = Buffer.from(older.serialize())
    older.close()
    sqlite.transaction(() => storeArchive(db, anneeId, contenu, new Date('2026-07-10T08:00:00Z'))).immediate()
    expect(sqlite.prepare('SELECT schema_version FROM annees_archives').pluck().get()).toBe(String(migrationsApplied(sqlite) - 1))

    const archive = openArchive(db, anneeId)!
    const columns = (archive.sqlite.prepare('PRAGMA table_info(familles)').all() as { name: string }[]).map((c) => c.name)
    expect(columns).toContain('quartier')
    expect(count(archive.sqlite, 'enfants')).toBe(count(sqlite, 'enfants'))
    expect(openArchive(db, 'pas-une-annee')).toBeNull()
  })
})
