import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tableCounts } from '../../../tests/helpers/association'
import { startNextYearBySql } from '../../../tests/helpers/next-year'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { buildDemoDocument } from '../demo/build-demo'
import { createHttpApp } from '../hosts/http/server'
import { addDays, daysBetween } from '../../shared/calendar/dates'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2026-06-20')
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => t.cleanup())

const post = async (name: string, body: unknown, annee?: string) => {
  const app = createHttpApp({ dispatch: t.dispatch, allowedHosts: ['127.0.0.1'] })
  const response = await app.request(`http://127.0.0.1/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:4780', ...(annee ? { 'X-Clas-Annee': annee } : {}) },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as { result?: unknown; error?: { code: string; message: string; field?: string } } }
}

type Child = { id: string; prenom: string; niveau: string }

describe('a past year, chosen by the page (X-Clas-Annee)', () => {
  beforeEach(() => {
    startNextYearBySql(t.workspace, { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
  })

  it('lists the years of the base for the switcher', async () => {
    const { json } = await post('annees.liste', {})
    expect(json.result).toEqual([
      { libelle: '2025-2026', debut: expect.any(String), fin: expect.any(String), courante: false, archiveeLe: '2026-07-10T08:00:00.000Z', clotureeLe: null },
      { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02', courante: true, archiveeLe: null, clotureeLe: null },
    ])
  })

  it('is read from its frozen copy: the live rows moved on, the past year shows them as they were', async () => {
    const before = (await post('enfants.list', {}, '2025-2026')).json.result as Child[]
    const dashboard = (await post('tableauDeBord.donnees', {}, '2025-2026')).json.result
    expect(before.length).toBeGreaterThan(10)
    // September: every child one level up, in the live table shared by the years.
    t.workspace.context().sqlite.prepare("UPDATE enfants SET niveau = 'autre'").run()
    t.workspace.results.clear()

    const after = (await post('enfants.list', {}, '2025-2026')).json.result as Child[]
    expect(after).toEqual(before)
    expect(after.some((e) => e.niveau !== 'autre')).toBe(true)
    expect((await post('tableauDeBord.donnees', {}, '2025-2026')).json.result).toEqual(dashboard)
    // The current year (no header, or named) reads the live base.
    expect(((await post('enfants.list', {})).json.result as Child[]).every((e) => e.niveau === 'autre')).toBe(true)
    expect(((await post('enfants.list', {}, '2026-2027')).json.result as Child[]).every((e) => e.niveau === 'autre')).toBe(true)
  })

  it('refuses every write for a past year in French, and writes nothing', async () => {
    const counts = tableCounts(t)
    const journal = t.workspace.context().sqlite.prepare('SELECT count(*) FROM journal').pluck().get()
    const child = ((await post('enfants.list', {}, '2025-2026')).json.result as Child[])[0]
    const seance = t.workspace.context().sqlite.prepare('SELECT id FROM seances LIMIT 1').pluck().get() as string
    for (const [name, input] of [
      ['registre.setPresence', { seanceId: seance, enfantId: child.id, statut: 'absent' }],
      ['lieux.save', { nom: 'Salle', adresse: '1 rue', commune: 'Bourg', typeLocal: 'associatif' }],
      ['enfants.supprimer', { id: child.id }],
    ] as const) {
      const refused = await post(name, input, '2025-2026')
      expect(refused.status, name).toBe(409)
      expect(refused.json.error?.message).toBe("L'année 2025-2026 est passée : elle se consulte mais ne se modifie plus.")
    }
    expect(tableCounts(t)).toEqual(counts)
    expect(t.workspace.context().sqlite.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(journal)
    // The same write for the current year goes through.
    expect((await post('lieux.save', { nom: 'Salle', adresse: '1 rue', commune: 'Bourg', typeLocal: 'associatif' }, '2026-2027')).status).toBe(200)
  })

  it('refuses a year that is not one, or that the base does not hold; calls about the base ignore the year', async () => {
    const bad = await post('enfants.list', {}, '2025')
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatchObject({ code: 'validation', field: 'annee', message: "annee : « 2025 » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2024-2025)." })
    const missing = await post('enfants.list', {}, '2019-2020')
    expect(missing.status).toBe(404)
    expect(missing.json.error?.message).toMatch(/^Aucune année scolaire 2019-2020 dans cette base \(années présentes : 2025-2026, 2026-2027\)/)
    expect((await post('session.etat', {}, '2025-2026')).status).toBe(200)
    // The page's first call names the year it shows; a year the base does not hold: the current one.
    expect((await post('app.status', {}, '2025-2026')).json.result).toMatchObject({ annee: { libelle: '2025-2026' } })
    expect((await post('app.status', {}, '2019-2020')).json.result).toMatchObject({ annee: { libelle: '2026-2027' } })
  })

  it('compares the current year with the previous one read from its archive: the whole year, or as of the same day', async () => {
    const past = { token: null, annee: '2025-2026' }
    const { debut, fin } = t.workspace.context().sqlite.prepare("SELECT debut, fin FROM annees_scolaires WHERE libelle = '2025-2026'").get() as { debut: string; fin: string }
    const dashboard = t.dispatch('tableauDeBord.donnees', { date: fin }, past) as { collectifs: { seancesTenues: number }[] }
    // Before the new year starts: all of the previous year.
    const before = t.call('tableauDeBord.comparaison')
    expect(before.mode).toBe('annee-entiere')
    expect(before.courante).toEqual({ libelle: '2026-2027', date: '2026-09-01', enfants: 0, seancesTenues: 0, tauxPresence: null, actionsParents: 0 })
    expect(before.precedente).toMatchObject({ libelle: '2025-2026', archivee: true })
    expect(before.precedente!.seancesTenues).toBe(dashboard.collectifs.reduce((n, c) => n + c.seancesTenues, 0))
    expect(before.precedente!.enfants).toBe(((await post('enfants.list', {}, '2025-2026')).json.result as Child[]).length)
    expect(before.precedente!.tauxPresence).toBeGreaterThan(0.5)
    // Mid-October: the previous year as of its own mid-October, fewer séances than in all of it.
    const october = t.call('tableauDeBord.comparaison', { date: '2026-10-15' })
    expect(october.mode).toBe('meme-jour')
    expect(october.precedente!.date).toBe(addDays(debut, daysBetween('2026-09-01', '2026-10-15')))
    expect(october.precedente!.seancesTenues).toBeLessThan(before.precedente!.seancesTenues)
  })
})
