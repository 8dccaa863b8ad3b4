import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { niveauSuivant } from '../src/shared/annee-suivante/niveau-suivant'

let dir: string
let db: string


async function exported(...year: string[]): Promise<EchangeDocument> {
  const file = join(dir, `export-${year.join('') || 'courante'}-${Date.now()}.json`)
  expect((await run('export', '--db', db, '--out', file, ...year)).code).toBe(0)
  return JSON.parse(readFileSync(file, 'utf8')) as EchangeDocument
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-year-start-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas year start', () => {
  it('refuses a year that does not follow the current one, and changes nothing', async () => {
    const before = await exported()
    const { code, err } = await run('year', 'start', '2027-2028', '--db', db)
    expect(code).toBe(1)
    expect(err).toContain("l'année qui suit 2025-2026 est 2026-2027, pas 2027-2028")
    expect((await exported()).anneeScolaire).toEqual(before.anneeScolaire)
  })

  it('asks for the year when none is given', async () => {
    const { code, err } = await run('year', 'start', '--db', db)
    expect(code).toBe(2)
    expect(err).toContain('clas year start AAAA-AAAA')
  })

  it('starts the next year with every child carried in their collectif, one level up', async () => {
    const before = await exported()
    const { code, out, err } = await run('year', 'start', '2026-2027', '--db', db)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain("Année 2026-2027 démarrée (du 01/09/2026 au 03/07/2027, zone A) : c'est désormais l'année en cours.")

    const after = await exported()
    expect(after.anneeScolaire).toMatchObject({ libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', zone: before.anneeScolaire.zone })
    expect(after.collectifs.map((c) => c.nom).sort()).toEqual(before.collectifs.map((c) => c.nom).sort())
    expect(after.intervenants).toEqual(before.intervenants)
    expect(after.familles).toEqual(before.familles)
    // No register, no action with parents, no concertation of the new year.
    expect(after.seances.length).toBeGreaterThan(0)
    expect(after.seances.every((s) => s.presences.length === 0)).toBe(true)
    expect(after.actionsParents).toEqual([])
    expect(after.concertations).toEqual([])

    const nomOf = (doc: EchangeDocument, id: string) => doc.collectifs.find((c) => c.id === id)?.nom
    const carried = after.enfants.filter((e) => e.inscriptions.length > 0)
    const leavers = before.enfants.filter((e) => e.inscriptions.length > 0 && e.niveau === 'TLE')
    expect(carried.length).toBe(before.enfants.filter((e) => e.inscriptions.length > 0).length - leavers.length)
    expect(out).toContain(`${carried.length} enfants reconduits au niveau suivant`)
    for (const e of carried) {
      const was = before.enfants.find((b) => b.id === e.id)!
      expect(e.inscriptions.every((i) => i.du === '2026-09-01')).toBe(true)
      // In the same collectif, or the collège one after CM2.
      const names = e.inscriptions.map((i) => nomOf(after, i.collectifId))
      if (was.niveau !== 'CM2') expect(names.sort()).toEqual([...new Set(was.inscriptions.map((i) => nomOf(before, i.collectifId)))].sort())
      expect(e.niveau).toBe(niveauSuivant(was.niveau))
    }

    // The past year is still there, whole.
    const past = await exported('--year', '2025-2026')
    expect(past.anneeScolaire.libelle).toBe('2025-2026')
    expect(past.seances.length).toBe(before.seances.length)
    expect(past.actionsParents).toEqual(before.actionsParents)
  })

  it('says when the holidays of the year are not known, and plans without them', async () => {
    // 2027-2028 is shipped as provisional; 2028-2029 not at all.
    const provisional = await run('year', 'start', '2027-2028', '--db', db)
    expect(provisional.code).toBe(0)
    expect(provisional.err).toContain('provisoire')
    const unknown = await run('year', 'start', '2028-2029', '--db', db)
    expect(unknown.code).toBe(0)
    expect(unknown.err).toContain("Le calendrier scolaire 2028-2029 n'est pas livré avec cette version de l'application")
    expect(unknown.out).toContain('hors jours fériés seulement (vacances scolaires inconnues)')
    const doc = await exported()
    expect(doc.anneeScolaire.libelle).toBe('2028-2029')
    // Tuesday 26 December 2028, in what will be the Christmas holidays, is planned for want of a calendar.
    const collectifMardi = doc.collectifs.find((c) => c.creneaux.some((s) => s.jour === 2))!
    expect(doc.seances.some((s) => s.collectifId === collectifMardi.id && s.date === '2028-12-26')).toBe(true)
  })
})
