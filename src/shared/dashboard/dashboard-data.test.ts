import { describe, expect, it } from 'vitest'
import { collectif, input, seance } from '../compliance/test-helpers'
import { dashboardData } from './dashboard-data'

describe('dashboardData', () => {
  it('counts held séances week by week, and the attendance month by month', () => {
    const seances = [
      seance('2025-11-04', { presences: [{ enfantId: 'c1-e0', statut: 'present' }, { enfantId: 'c1-e1', statut: 'absent' }] }),
      seance('2025-11-06', { presences: [{ enfantId: 'c1-e0', statut: 'present' }, { enfantId: 'c1-e1', statut: 'present' }] }),
      seance('2025-11-13', { annulee: true }),
      seance('2025-11-20', { presences: [] }),
      seance('2025-12-02', { presences: [{ enfantId: 'c1-e0', statut: 'excuse' }] }),
      seance('2026-01-06'), // after the evaluation date: not held yet
    ]
    const data = dashboardData(input({ seances }), '2025-12-03')
    const c = data.collectifs[0]
    expect(c).toMatchObject({ id: 'c1', seancesTenues: 4, semainesTenues: 3, seancesParSemaine: 1.3, tauxPresence: 0.6 })
    expect(c.semaines).toEqual([
      { lundi: '2025-11-03', tenues: 2 }, { lundi: '2025-11-10', tenues: 0 }, { lundi: '2025-11-17', tenues: 1 },
      { lundi: '2025-11-24', tenues: 0 }, { lundi: '2025-12-01', tenues: 1 },
    ])
    expect(c.presenceParMois).toEqual([{ mois: '2025-11', taux: 0.75 }, { mois: '2025-12', taux: 0 }])
  })

  it('lists the compulsory parent objectives, the school meetings and the partners so far', () => {
    const data = dashboardData(
      input({
        collectifs: [collectif()],
        actionsParents: [
          { id: 'a1', date: '2025-11-10', objectifs: ['information_inscription', 'convivialite'], collectifIds: ['c1'], nbParents: 6 },
          { id: 'a2', date: '2026-02-10', objectifs: ['codes_ecole'], collectifIds: ['c1'], nbParents: 4 },
        ],
        concertations: [
          { id: 'k1', date: '2025-10-10', avec: 'ecole', type: 'reunion_amont', formalise: true },
          { id: 'k2', date: '2025-11-15', avec: 'territoire', type: 'comite_local', formalise: false, partenaire: 'Médiathèque ' },
          { id: 'k3', date: '2025-12-15', avec: 'territoire', type: 'projet_commun', formalise: false, partenaire: 'Centre social' },
        ],
      }),
      '2025-12-01',
    )
    expect(data.objectifsParents.map((o) => o.actions)).toEqual([1, 1, 0, 0, 0])
    expect(data.objectifsParents[0].libelle).toMatch(/inscription/)
    expect(data.concertationsEcole.find((c) => c.type === 'reunion_amont')?.nombre).toBe(1)
    expect(data.partenairesTerritoire).toEqual(['Médiathèque'])
  })
})
