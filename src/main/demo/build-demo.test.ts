import { describe, expect, it } from 'vitest'
import { OBJECTIFS_PARENTS_OBLIGATOIRES, STATUTS_INTERVENANT } from '../../shared/domain/lists'
import { echangeDocumentSchema, type EchangeDocument } from '../../shared/exchange/schema'
import { buildDemoDocument } from './build-demo'
import { mondayOf } from '../../shared/calendar/dates'

/**
 * Zone A school holidays and public holidays of 2025-2026, written out independently of the
 * shared calendar so that the test checks the generator against the published dates.
 */
const VACANCES_ZONE_A = [
  ['2025-10-18', '2025-11-02'],
  ['2025-12-20', '2026-01-04'],
  ['2026-02-07', '2026-02-22'],
  ['2026-04-04', '2026-04-19'],
  ['2026-07-04', '2026-08-31'],
] as const
const FERIES = ['2025-11-11', '2025-12-25', '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25']
const PONT = '2026-05-15'

const NIVEAUX_PAR_COLLECTIF = {
  primaire: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'],
  college: ['6E', '5E', '4E', '3E'],
  lycee: ['2NDE', '1RE', 'TLE'],
} as const

const enrolledOn = (doc: EchangeDocument, enfantId: string, collectifId: string, date: string) =>
  doc.enfants
    .find((e) => e.id === enfantId)
    ?.inscriptions.some((i) => i.collectifId === collectifId && i.du <= date && (i.au === undefined || date <= i.au)) ?? false

function semainesTenues(doc: EchangeDocument, collectifId: string): number {
  return new Set(doc.seances.filter((s) => s.collectifId === collectifId && !s.annulee).map((s) => mondayOf(s.date))).size
}

const collectifNomme = (doc: EchangeDocument, nom: string) => {
  const c = doc.collectifs.find((x) => x.nom === nom)
  if (!c) throw new Error(`collectif ${nom} absent`)
  return c
}

describe('buildDemoDocument', () => {
  const doc = buildDemoDocument()

  it('produces a valid exchange document', () => {
    const result = echangeDocumentSchema.safeParse(doc)
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([])
  })

  it('is deterministic for a seed and changes with the seed', () => {
    expect(buildDemoDocument({ seed: 7 })).toEqual(buildDemoDocument({ seed: 7 }))
    expect(JSON.stringify(buildDemoDocument())).toBe(JSON.stringify(buildDemoDocument({ seed: 2025 })))
    const other = buildDemoDocument({ seed: 8 })
    const noms = (d: EchangeDocument) => d.enfants.map((e) => `${e.prenom} ${e.nom}`)
    expect(noms(other)).not.toEqual(noms(buildDemoDocument({ seed: 7 })))
    expect(echangeDocumentSchema.safeParse(other).success).toBe(true)
  })

  it('has the association of the brief', () => {
    expect(doc.structure).toMatchObject({ codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false })
    expect(doc.structure.coordinateur.diplomeBacPlus2).toBe(true)
    expect(doc.anneeScolaire).toMatchObject({ libelle: '2025-2026', zone: 'A' })
    expect(doc.collectifs.map((c) => c.nom)).toEqual(['CP-CE1 lundi-jeudi', 'CE2-CM2 mardi-vendredi', 'Collège 6e-5e', 'Collège 4e-3e'])
  })

  it('has about forty children in some thirty families, with siblings', () => {
    expect(doc.enfants.length).toBeGreaterThanOrEqual(36)
    expect(doc.enfants.length).toBeLessThanOrEqual(44)
    expect(doc.familles.length).toBeGreaterThanOrEqual(28)
    expect(doc.familles.length).toBeLessThan(doc.enfants.length)
    const familleIds = new Set(doc.familles.map((f) => f.id))
    expect(doc.enfants.every((e) => e.familleId !== undefined && familleIds.has(e.familleId))).toBe(true)
  })

  it('gives every child a level of its collectif and a birth year of its level', () => {
    const naissance: Record<string, string> = { CP: '2019', CE1: '2018', CE2: '2017', CM1: '2016', CM2: '2015', '6E': '2014', '5E': '2013', '4E': '2012', '3E': '2011' }
    for (const e of doc.enfants) {
      for (const i of e.inscriptions) {
        const c = doc.collectifs.find((x) => x.id === i.collectifId)!
        expect(NIVEAUX_PAR_COLLECTIF[c.niveau] as readonly string[]).toContain(e.niveau)
      }
      expect(e.dateNaissance?.slice(0, 4)).toBe(naissance[e.niveau])
    }
  })

  it('keeps the 4e-3e collectif at 8 children, then 7 after a departure in March', () => {
    const c = collectifNomme(doc, 'Collège 4e-3e')
    const inscrits = (date: string) => doc.enfants.filter((e) => e.inscriptions.some((i) => i.collectifId === c.id && i.du <= date && (!i.au || date <= i.au))).length
    expect(inscrits('2025-11-03')).toBe(8)
    expect(inscrits('2026-06-15')).toBe(7)
  })

  it('reaches 27 weeks with a held séance in every collectif, the 4e-3e one just so', () => {
    for (const c of doc.collectifs) {
      const semaines = semainesTenues(doc, c.id)
      expect(semaines, c.nom).toBeGreaterThanOrEqual(27)
      if (c.nom === 'Collège 4e-3e') expect(semaines).toBeLessThanOrEqual(29)
    }
  })

  it('holds no séance during zone A holidays or on a public holiday, the bridge day being cancelled', () => {
    for (const s of doc.seances) {
      const enVacances = VACANCES_ZONE_A.some(([du, au]) => du <= s.date && s.date <= au)
      expect(enVacances || FERIES.includes(s.date), `${s.date}`).toBe(false)
      if (s.date === PONT) expect(s.annulee).toBe(true)
    }
    expect(doc.seances.some((s) => s.date === PONT)).toBe(true)
  })

  it('cancels séances with a motif, with no attendance', () => {
    const annulees = doc.seances.filter((s) => s.annulee)
    expect(annulees.length).toBeGreaterThan(0)
    for (const s of annulees) {
      expect(s.motifAnnulation?.length).toBeGreaterThan(10)
      expect(s.presences).toEqual([])
    }
    expect(annulees.filter((s) => s.date === '2026-03-12').length).toBeGreaterThan(0)
  })

  it('records attendance for exactly the children enrolled on each held séance', () => {
    for (const s of doc.seances.filter((x) => !x.annulee)) {
      for (const p of s.presences) expect(enrolledOn(doc, p.enfantId, s.collectifId, s.date)).toBe(true)
      const attendus = doc.enfants.filter((e) => enrolledOn(doc, e.id, s.collectifId, s.date)).length
      expect(s.presences.length).toBe(attendus)
      expect(s.activites?.length).toBeGreaterThanOrEqual(1)
      expect(s.activites?.length).toBeLessThanOrEqual(3)
    }
  })

  it('has an overall attendance rate between 80 % and 92 %, for several seeds', () => {
    for (const seed of [2025, 1, 42, 999]) {
      const presences = buildDemoDocument({ seed }).seances.flatMap((s) => s.presences)
      const taux = presences.filter((p) => p.statut === 'present').length / presences.length
      expect(taux, `graine ${seed}`).toBeGreaterThanOrEqual(0.8)
      expect(taux, `graine ${seed}`).toBeLessThanOrEqual(0.92)
    }
  })

  it('has two intervenants at every held séance, except a few of the 4e-3e', () => {
    const c43 = collectifNomme(doc, 'Collège 4e-3e')
    const seules = doc.seances.filter((s) => !s.annulee && s.intervenantIds.length < 2)
    expect(seules.length).toBeGreaterThanOrEqual(2)
    expect(seules.length).toBeLessThanOrEqual(5)
    expect(seules.every((s) => s.collectifId === c43.id)).toBe(true)
  })

  it('has intervenants of every statut', () => {
    for (const statut of STATUTS_INTERVENANT) expect(doc.intervenants.some((i) => i.statut === statut), statut).toBe(true)
  })

  it('addresses each of the five compulsory parent objectives', () => {
    const objectifs = new Set(doc.actionsParents.flatMap((a) => a.objectifs))
    for (const o of OBJECTIFS_PARENTS_OBLIGATOIRES) expect(objectifs.has(o), o).toBe(true)
    expect(doc.actionsParents.some((a) => a.bonus === 'parents')).toBe(true)
  })

  it('meets the schools before the first séance and at the bilan, and partners of the territory', () => {
    const premiere = doc.seances.filter((s) => !s.annulee).map((s) => s.date).sort()[0]
    expect(doc.concertations.some((c) => c.type === 'reunion_amont' && c.date < premiere && c.formalise)).toBe(true)
    expect(doc.concertations.some((c) => c.type === 'reunion_bilan' && c.date >= '2026-06-01')).toBe(true)
    expect(doc.concertations.filter((c) => c.avec === 'territoire').length).toBeGreaterThanOrEqual(3)
  })

  it('has a training, a bonus project and the written answers', () => {
    expect(doc.formations).toHaveLength(1)
    expect(doc.projetsBonus[0]).toMatchObject({ type: 'enfants', touteAnnee: false })
    expect(Object.keys(doc.reponses).sort()).toEqual(
      ['conclusion_perspectives', 'deroulement_enfants', 'deroulement_parents', 'ecarts_previsionnel_reel', 'moyens_humains_ecarts'],
    )
  })
})
