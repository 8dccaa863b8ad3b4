import { describe, expect, it } from 'vitest'
import { collectif, enfants, input, seance } from '../compliance/test-helpers'
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
    // The past séance with an empty register is listed; the cancelled one and the future one are not.
    expect(data.seancesSansRegistre).toEqual([{ id: seances[3].id, date: '2025-11-20', heureDebut: '16:45', collectifId: 'c1', collectif: 'CM1-CM2' }])
  })

  it('gives each collectif card its counts at the evaluation date, not the whole year’s', () => {
    // 6 children from 3 November, 4 more from 5 January; séances before and after D.
    const data = input({
      enfants: [...enfants(6), ...enfants(4, 'c1', '2026-01-05').map((e) => ({ ...e, id: `${e.id}-late` }))],
      seances: [seance('2025-11-04'), seance('2025-11-06'), seance('2026-01-06'), seance('2026-01-08', { annulee: true })],
    })
    expect(dashboardData(data, '2025-12-01').collectifs[0]).toMatchObject({ effectif: 6, seancesTenues: 2, seancesPrevues: 3 })
    expect(dashboardData(data, '2026-01-07').collectifs[0]).toMatchObject({ effectif: 10, seancesTenues: 3, seancesPrevues: 3 })
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
