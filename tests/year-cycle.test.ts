import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../src/main/api/dispatch'
import { runCli as run } from './helpers/run-cli'
import { Workspace } from '../src/main/workspace'
import { ApiError } from '../src/shared/contract/errors'

/**
 * The year's whole cycle through the real commands and calls: the year is closed into its
 * folder, the next one started by « Nouvelle année » (children one level up), the new year
 * edited; the past year must then read exactly as it did when it ended.
 */
let dir: string
let db: string
const previousToday = process.env.CLAS_TODAY


async function pastYearReadings() {
  const exported = await run('export', '--db', db, '--year', '2025-2026')
  const figures = await run('figures', '--db', db, '--year', '2025-2026', '--json')
  const compliance = await run('compliance', '--db', db, '--year', '2025-2026', '--json')
  for (const r of [exported, figures, compliance]) expect(r.code, r.err).toBe(0)
  // `exporteLe` is the moment of the export (the machine's clock), not the year's data.
  return { exported: exported.out.replace(/"exporteLe": "[^"]+"/, '"exporteLe": "…"'), figures: figures.out, compliance: compliance.out }
}

beforeAll(async () => {
  process.env.CLAS_TODAY = '2026-07-10'
  dir = mkdtempSync(join(tmpdir(), 'clas-year-cycle-'))
  db = join(dir, 'clas.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => {
  if (previousToday === undefined) delete process.env.CLAS_TODAY
  else process.env.CLAS_TODAY = previousToday
  rmSync(dir, { recursive: true, force: true })
})

describe('closing a year, starting the next, editing it', () => {
  it('leaves the past year byte for byte as it ended, and read-only', async () => {
    const closed = await run('year', 'close', '--db', db, '--out', dir, '--no-pdf')
    expect(closed.code, closed.err).toBe(0)
    expect(readdirSync(dir)).toContain('cloture-2025-2026.zip')
    const atEnd = await pastYearReadings()

    const started = await run('year', 'start', '2026-2027', '--db', db)
    expect(started.code, started.err).toBe(0)
    expect(await pastYearReadings()).toEqual(atEnd)

    // September: a family's new phone, a mark in the new year's register.
    process.env.CLAS_TODAY = '2026-11-20'
    const w = new Workspace(db, { today: () => '2026-11-20' })
    try {
      const call = createDispatcher(w, { checkOutput: true })
      const { sqlite } = w.context()
      sqlite.prepare("UPDATE familles SET telephone = '0600000000'").run()
      const seance = sqlite.prepare(
        "SELECT s.id, i.enfant_id AS enfantId FROM seances s JOIN collectifs c ON c.id = s.collectif_id JOIN annees_scolaires a ON a.id = c.annee_id JOIN inscriptions i ON i.collectif_id = c.id WHERE a.libelle = '2026-2027' AND s.date <= '2026-11-20' ORDER BY s.date LIMIT 1",
      ).get() as { id: string; enfantId: string }
      call('registre.setPresence', { seanceId: seance.id, enfantId: seance.enfantId, statut: 'present' })
      // The past year refuses a write, in French, when a page names it.
      const pastSeance = sqlite.prepare(
        "SELECT s.id FROM seances s JOIN collectifs c ON c.id = s.collectif_id JOIN annees_scolaires a ON a.id = c.annee_id WHERE a.libelle = '2025-2026' LIMIT 1",
      ).pluck().get() as string
      let refusal: unknown
      try {
        call('seances.cancel', { seanceId: pastSeance, motif: 'essai' }, { token: null, annee: '2025-2026' })
      } catch (error) {
        refusal = error
      }
      expect(refusal).toBeInstanceOf(ApiError)
      expect((refusal as ApiError).message).toContain("L'année 2025-2026 est passée")
    } finally {
      w.close()
    }

    expect(await pastYearReadings()).toEqual(atEnd)
    const current = JSON.parse((await run('export', '--db', db)).out) as { anneeScolaire: { libelle: string } }
    expect(current.anneeScolaire.libelle).toBe('2026-2027')
  })
})
