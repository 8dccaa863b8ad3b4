import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

/**
 * A year whose séances straddle D = Thursday 4 December 2025: two collectifs, séances held before,
 * on and after D, a child enrolled only after D, a parent action planned after D.
 */
function straddling() {
  const b = documentBuilder()
  const a = b.collectif('A')
  const late = b.collectif('Z tardif')
  const benevole = b.intervenant('benevole')
  const salarie = b.intervenant('salarie')
  const early = b.enfant({ dans: [a] })
  const after = b.enfant({ dans: [a], du: '2025-12-08', niveau: '6E' })
  // Held by D: Tue 25 Nov and Thu 27 Nov (one week), Tue 2 Dec, Thu 4 Dec (the next).
  b.seance(a, '2025-11-25', { presents: [early], avec: [benevole, salarie] })
  b.seance(a, '2025-11-27', { absents: [early], avec: [benevole] })
  b.seance(a, '2025-12-02', { presents: [early], avec: [benevole] })
  const sansRegistre = b.seance(a, '2025-12-04', { avec: [benevole] })
  b.seance(a, '2025-12-03', { annulee: true, motifAnnulation: 'grève' })
  // Still to come: never counted, though their register is filled ahead (a mistake or a plan).
  b.seance(a, '2025-12-09', { presents: [early, after], avec: [benevole, salarie], dureeMinutes: 120 })
  b.seance(a, '2026-06-11', { presents: [early, after], avec: [salarie] })
  b.seance(late, '2026-01-13', { avec: [salarie] })
  b.actionParents({ date: '2025-11-20', objectifs: ['convivialite'] })
  b.actionParents({ date: '2026-03-12', objectifs: ['convivialite', 'codes_ecole'] })
  return { doc: b.build(), sansRegistre }
}

describe('figures as of a date', () => {
  const { doc, sansRegistre } = straddling()
  const asOf = computeFigures(doc, '2025-12-04')

  it('counts only the séances held by D, in every family', () => {
    const { values, rows, sources } = asOf
    expect(asOf.date).toBe('2025-12-04')
    expect(values['dates.debut']).toBe('2025-11-25')
    expect(values['dates.fin']).toBe('2025-12-04')
    expect(values.semaines).toBe(2)
    expect(sources.semaines).toBe('calculé depuis 4 séances tenues')
    // The collectif whose first séance is in January has not run yet.
    expect(values['collectifs.nombre']).toBe(1)
    expect(rows.collectifs).toEqual([{ nom: 'A', semaines: 2, enfantsInscrits: 1, seancesParSemaine: 2, animateurs: 2, dureeSeanceMinutes: 90 }])
    // 4 séances of 1 h 30 for the bénévole, 1 for the salarié.
    expect(values['intervenants.benevole.heures']).toBe(6)
    expect(values['intervenants.salarie.heures']).toBe(1.5)
    expect(values['intervenants.total.nombre']).toBe(2)
    // Present at 2 of the 4 held séances of A.
    expect(values['assiduite.moyenne']).toBe(50)
    // Ratios only where someone was marked present: 1/2 and 1/1.
    expect(values['enfants.parAccompagnateur']).toBe(0.8)
  })

  it('counts only the children enrolled by D, and the parent actions done by D', () => {
    expect(asOf.values['enfants.total']).toBe(1)
    expect(asOf.values['enfants.college']).toBe(0)
    expect(asOf.values['parents.objectif.codes_ecole']).toBe(0)
    expect(asOf.values['parents.objectif.convivialite']).toBe(1)
  })

  it('lists the held séances with an empty register, never a future one', () => {
    expect(asOf.seancesSansRegistre).toEqual([{ id: sansRegistre.id, date: '2025-12-04', heureDebut: '16:45', collectifId: sansRegistre.collectifId, collectif: 'A' }])
    // On 20 January the January séance of « Z tardif » is held, and empty.
    expect(computeFigures(doc, '2026-01-20').seancesSansRegistre.map((s) => s.date)).toEqual(['2025-12-04', '2026-01-13'])
  })

  it('counts the whole year once it is over', () => {
    const end = computeFigures(doc)
    expect(end.date).toBe(doc.anneeScolaire.fin)
    expect(end.values['dates.fin']).toBe('2026-06-11')
    expect(end.values['collectifs.nombre']).toBe(2)
    expect(end.values['enfants.total']).toBe(2)
    expect(end.values['parents.objectif.codes_ecole']).toBe(1)
  })
})
