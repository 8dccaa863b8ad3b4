import { describe, expect, it } from 'vitest'
import type { EchangeDocument, Enfant, Seance } from '../exchange/schema'
import { echangeDocumentSchema } from '../exchange/schema'
import { attendanceSummary, attendanceTable } from './attendance-table'

/*
 * A small year worked out by hand. Collectif C1 (mardi-jeudi), period 3–30 November 2025:
 *   s0 14/10 held (before the period)   Denis P
 *   s1 04/11 held  Haddad + Martin      Zola P, Écuyer A          (Blanc enrolled, not marked)
 *   s2 06/11 cancelled « grève »
 *   s4 11/11 14:00 held  Durand         Zola E                    (Écuyer enrolled, not marked)
 *   s3 13/11 held  Martin               Zola P, Écuyer E, Dupont P, Blanc P (Blanc no longer enrolled)
 *   s5 02/12 held (after the period)    Zola P
 * Collectif C2: s6 04/11 held           Zola P, Roux A
 */
const seance = (id: string, collectifId: string, date: string, over: Partial<Seance> = {}): Seance => ({
  id, collectifId, date, heureDebut: '16:45', dureeMinutes: 90, intervenantIds: [], presences: [], ...over,
})
const enfant = (id: string, prenom: string, nom: string, niveau: Enfant['niveau'], inscriptions: Enfant['inscriptions']): Enfant => ({ id, prenom, nom, niveau, inscriptions })
const P = (enfantId: string) => ({ enfantId, statut: 'present' as const })
const A = (enfantId: string) => ({ enfantId, statut: 'absent' as const })
const E = (enfantId: string) => ({ enfantId, statut: 'excuse' as const })

function year(): EchangeDocument {
  const doc: EchangeDocument = {
    format: 'clas-echange', version: 1,
    structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' } },
    anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir' },
    lieux: [{ id: 'L1', nom: 'Local du Moulin', adresse: '3 place du Moulin', commune: 'Bourg', typeLocal: 'associatif' }],
    etablissements: [],
    intervenants: [
      { id: 'i1', prenom: 'Claire', nom: 'Martin', statut: 'salarie' },
      { id: 'i2', prenom: 'Karim', nom: 'Haddad', statut: 'benevole' },
      { id: 'i3', prenom: 'Élise', nom: 'Durand', statut: 'volontaire' },
    ],
    collectifs: [
      { id: 'C1', nom: 'CM1-CM2 mardi-jeudi', niveau: 'primaire', lieuId: 'L1', etablissementIds: [], creneaux: [], intervenantIds: ['i1', 'i2'] },
      { id: 'C2', nom: 'CE2 lundi', niveau: 'primaire', lieuId: 'L1', etablissementIds: [], creneaux: [], intervenantIds: ['i3'] },
    ],
    familles: [],
    enfants: [
      enfant('zola', 'Alice', 'Zola', 'CM1', [{ collectifId: 'C1', du: '2025-11-03' }, { collectifId: 'C2', du: '2025-11-03' }]),
      enfant('ecuyer', 'Bruno', 'Écuyer', 'CM2', [{ collectifId: 'C1', du: '2025-11-03' }]),
      enfant('dupont', 'Chloé', 'Dupont', 'CE2', [{ collectifId: 'C1', du: '2025-11-12' }]),
      enfant('martin', 'Denis', 'Martin', 'CM2', [{ collectifId: 'C1', du: '2025-09-01', au: '2025-10-31' }]),
      enfant('roux', 'Eva', 'Roux', 'CE2', [{ collectifId: 'C2', du: '2025-11-03' }]),
      enfant('blanc', 'Fanny', 'Blanc', 'CM1', [{ collectifId: 'C1', du: '2025-11-03', au: '2025-11-05' }]),
      enfant('petit', 'Gaston', 'Petit', 'CM1', []),
    ],
    seances: [
      seance('s3', 'C1', '2025-11-13', { intervenantIds: ['i1'], presences: [P('zola'), E('ecuyer'), P('dupont'), P('blanc')] }),
      seance('s0', 'C1', '2025-10-14', { intervenantIds: ['i1'], presences: [P('martin')] }),
      seance('s1', 'C1', '2025-11-04', { intervenantIds: ['i1', 'i2'], presences: [P('zola'), A('ecuyer')] }),
      seance('s2', 'C1', '2025-11-06', { annulee: true, motifAnnulation: 'grève', intervenantIds: ['i1'] }),
      seance('s4', 'C1', '2025-11-11', { heureDebut: '14:00', intervenantIds: ['i3'], presences: [E('zola')] }),
      seance('s5', 'C1', '2025-12-02', { intervenantIds: ['i1'], presences: [P('zola')] }),
      seance('s6', 'C2', '2025-11-04', { intervenantIds: ['i3'], presences: [P('zola'), A('roux')] }),
    ],
    actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
  }
  return echangeDocumentSchema.parse(doc)
}

describe('attendanceTable', () => {
  const table = attendanceTable(year(), 'C1', '2025-11-03', '2025-11-30')

  it('takes the held séances of the period in date and hour order, and lists the cancelled ones apart', () => {
    expect(table.seances.map((s) => s.id)).toEqual(['s1', 's4', 's3'])
    expect(table.annulees).toEqual([{ id: 's2', date: '2025-11-06', heureDebut: '16:45', motif: 'grève' }])
    expect(table.collectif).toMatchObject({ nom: 'CM1-CM2 mardi-jeudi' })
    expect(table.collectif.equipe.map((i) => i.nom)).toEqual(['Haddad', 'Martin'])
    expect(table.lieu).toEqual({ nom: 'Local du Moulin', adresse: '3 place du Moulin', commune: 'Bourg' })
  })

  it('lists the children enrolled during the period or marked in it, in French order', () => {
    // Martin left before the period, Roux is in C2 only, Petit in no collectif.
    expect(table.enfants.map((e) => e.nom)).toEqual(['Blanc', 'Dupont', 'Écuyer', 'Zola'])
  })

  it('shows each mark, tells unrecorded from not enrolled, and counts only séances while enrolled', () => {
    const row = (nom: string) => table.enfants.find((e) => e.nom === nom)!
    expect(row('Blanc').cells).toEqual([{ mark: '', enrolled: true }, { mark: '', enrolled: false }, { mark: 'P', enrolled: false }])
    expect(row('Blanc').totals).toEqual({ presents: 0, absents: 0, excuses: 0, nonSaisis: 1, seances: 1, taux: 0 })
    expect(row('Dupont').cells.map((c) => c.enrolled)).toEqual([false, false, true])
    expect(row('Dupont').totals).toEqual({ presents: 1, absents: 0, excuses: 0, nonSaisis: 0, seances: 1, taux: 1 })
    expect(row('Écuyer').cells.map((c) => c.mark)).toEqual(['A', '', 'E'])
    expect(row('Écuyer').totals).toEqual({ presents: 0, absents: 1, excuses: 1, nonSaisis: 1, seances: 3, taux: 0 })
    expect(row('Zola').cells.map((c) => c.mark)).toEqual(['P', 'E', 'P'])
    expect(row('Zola').totals).toEqual({ presents: 2, absents: 0, excuses: 1, nonSaisis: 0, seances: 3, taux: 2 / 3 })
    expect(table.totals).toEqual({ presents: 3, absents: 1, excuses: 2, nonSaisis: 2, seances: 8, taux: 3 / 8 })
  })

  it('totals each séance over the children enrolled that day', () => {
    expect(table.seances.map(({ inscrits, presents, absents, excuses, nonSaisis }) => ({ inscrits, presents, absents, excuses, nonSaisis }))).toEqual([
      { inscrits: 3, presents: 1, absents: 1, excuses: 0, nonSaisis: 1 },
      { inscrits: 2, presents: 0, absents: 0, excuses: 1, nonSaisis: 1 },
      { inscrits: 3, presents: 2, absents: 0, excuses: 1, nonSaisis: 0 },
    ])
  })

  it('names the intervenants of each séance, and the séances of each intervenant', () => {
    expect(table.seances.map((s) => s.intervenants.map((i) => i.nom))).toEqual([['Haddad', 'Martin'], ['Durand'], ['Martin']])
    expect(table.intervenants.map((i) => [i.prenom, i.seanceIds])).toEqual([['Élise', ['s4']], ['Karim', ['s1']], ['Claire', ['s1', 's3']]])
  })

  it('gives an empty register, not an error, for a period without séance', () => {
    const empty = attendanceTable(year(), 'C1', '2026-03-01', '2026-03-31')
    expect(empty.seances).toEqual([])
    expect(empty.enfants.map((e) => e.nom)).toEqual(['Dupont', 'Écuyer', 'Zola'])
    expect(empty.enfants[0].totals.taux).toBeNull()
    expect(empty.totals.taux).toBeNull()
  })

  it('includes both ends of the period', () => {
    expect(attendanceTable(year(), 'C1', '2025-11-04', '2025-11-13').seances.map((s) => s.id)).toEqual(['s1', 's4', 's3'])
    expect(attendanceTable(year(), 'C1', '2025-11-05', '2025-11-12').seances.map((s) => s.id)).toEqual(['s4'])
  })

  it('refuses an unknown collectif and a period that ends before it starts', () => {
    expect(() => attendanceTable(year(), 'C9', '2025-11-03', '2025-11-30')).toThrow(RangeError)
    expect(() => attendanceTable(year(), 'C1', '2025-11-30', '2025-11-03')).toThrow(RangeError)
  })
})

describe('attendanceSummary', () => {
  it('gives one row per child and collectif, counting the held séances up to the date while enrolled', () => {
    const summary = attendanceSummary(year(), '2025-11-30')
    expect(summary.rows.map((r) => [r.enfant.nom, r.collectif.nom, r.totals.seances, r.totals.presents, r.totals.absents, r.totals.excuses, r.totals.nonSaisis])).toEqual([
      ['Blanc', 'CM1-CM2 mardi-jeudi', 1, 0, 0, 0, 1],
      ['Dupont', 'CM1-CM2 mardi-jeudi', 1, 1, 0, 0, 0],
      ['Écuyer', 'CM1-CM2 mardi-jeudi', 3, 0, 1, 1, 1],
      ['Martin', 'CM1-CM2 mardi-jeudi', 1, 1, 0, 0, 0],
      ['Roux', 'CE2 lundi', 1, 0, 1, 0, 0],
      ['Zola', 'CE2 lundi', 1, 1, 0, 0, 0],
      ['Zola', 'CM1-CM2 mardi-jeudi', 3, 2, 0, 1, 0],
    ])
    const zola = summary.enfants.find((e) => e.enfant.nom === 'Zola')!
    expect(zola.totals).toEqual({ presents: 3, absents: 0, excuses: 1, nonSaisis: 0, seances: 4, taux: 3 / 4 })
    expect(zola.collectifs).toEqual(['CE2 lundi', 'CM1-CM2 mardi-jeudi'])
    expect(summary.enfants.map((e) => e.enfant.nom)).toEqual(['Blanc', 'Dupont', 'Écuyer', 'Martin', 'Roux', 'Zola'])
    expect(summary.totals).toMatchObject({ seances: 11, presents: 5, taux: 5 / 11 })
  })

  it('counts later séances once the date has passed them', () => {
    const summary = attendanceSummary(year(), '2025-12-31')
    const zolaC1 = summary.rows.find((r) => r.enfant.nom === 'Zola' && r.collectif.id === 'C1')!
    expect(zolaC1.totals).toMatchObject({ seances: 4, presents: 3 })
    expect(summary.rows.find((r) => r.enfant.nom === 'Dupont')!.totals).toMatchObject({ seances: 2, presents: 1, nonSaisis: 1, taux: 0.5 })
  })
})
