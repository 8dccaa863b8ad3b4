import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace('2025-11-20')
  seed = seedAssociation(t)
})
afterEach(() => t.cleanup())

const errorOf = (fn: () => unknown): ApiError => {
  try {
    fn()
  } catch (e) {
    return e as ApiError
  }
  throw new Error('no error thrown')
}

describe('setup and collectifs', () => {
  it('sets the association up once', () => {
    const status = t.call('app.status')
    expect(status).toMatchObject({ configured: true, demo: false, structureNom: 'Association Les Ponts', annee: { libelle: '2025-2026', zone: 'A', milieuRural: false } })
    const again = errorOf(() => t.call('setup.create', { structure: { ...t.call('structure.get').structure }, anneeScolaire: t.call('structure.get').anneeScolaire }))
    expect(again.code).toBe('conflict')
  })

  it('lists collectifs with their effectif on the reference day', () => {
    const late = t.call('enfants.save', { prenom: 'Tard', nom: 'Venu', niveau: 'CM1', inscriptions: [{ collectifId: seed.collectif.id, du: '2025-12-01' }] })
    expect(late.inscriptions).toEqual([{ collectifId: seed.collectif.id, du: '2025-12-01' }])
    expect(t.call('collectifs.list')[0]).toMatchObject({ nom: 'CM1-CM2 mardi-jeudi', effectif: 8, seancesPrevues: 0 })
    expect(t.call('collectifs.list', { date: '2025-12-02' })[0].effectif).toBe(9)
    const edited = t.call('collectifs.save', { ...seed.collectif, nom: 'CM1-CM2', creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 120 }] })
    expect(t.call('collectifs.get', { id: seed.collectif.id })).toEqual(edited)
  })
})

describe('séances', () => {
  it('plans the séances from the créneaux, skipping 11 November, and does not plan twice', () => {
    const plan = t.call('seances.plan', { collectifId: seed.collectif.id, du: '2025-11-03', au: '2025-12-19' })
    // 7 weeks × (mardi + jeudi) = 14, minus Tuesday 11 November 2025.
    expect(plan.creees).toBe(13)
    expect(plan.ecartees.map((e) => e.date)).toEqual(['2025-11-11'])
    expect(plan.ecartees[0].raison).toMatch(/11 novembre/i)
    const again = t.call('seances.plan', { collectifId: seed.collectif.id, du: '2025-11-03', au: '2025-12-19' })
    expect(again).toMatchObject({ creees: 0, dejaPresentes: 13 })
    expect(t.call('seances.list', { collectifId: seed.collectif.id })).toHaveLength(13)
  })

  it('adds, moves, cancels and restores a séance', () => {
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const other = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 90 })
    expect(errorOf(() => t.call('seances.save', { id: other.id, collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })).code).toBe('conflict')
    const moved = t.call('seances.save', { id: other.id, collectifId: seed.collectif.id, date: '2025-11-07', heureDebut: '17:00', dureeMinutes: 120 })
    expect(moved).toMatchObject({ date: '2025-11-07', heureDebut: '17:00', dureeMinutes: 120 })
    const cancelled = t.call('seances.cancel', { seanceId: s.id, motif: 'Grève des transports' })
    expect(cancelled).toMatchObject({ annulee: true, motifAnnulation: 'Grève des transports' })
    expect(errorOf(() => t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[0].id, statut: 'present' })).code).toBe('conflict')
    expect(t.call('seances.restore', { seanceId: s.id })).toMatchObject({ annulee: false, motifAnnulation: null })
  })
})

describe('the attendance register', () => {
  it('records marks, the team and the activities, and keeps them after reopening the file', () => {
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const statuts = ['present', 'present', 'absent', 'excuse', 'present', 'present', 'present', 'present'] as const
    seed.enfants.forEach((e, i) => t.call('registre.setPresence', { seanceId: s.id, enfantId: e.id, statut: statuts[i] }))
    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[7].id, statut: 'absent' })
    t.call('registre.update', { seanceId: s.id, intervenantIds: [seed.intervenants[1].id], activites: ['aide_methodologique', 'jeux_educatifs'], note: 'Bonne séance' })

    t.reopen()
    const registre = t.call('registre.get', { seanceId: s.id })
    expect(registre.enfants.map((e) => e.statut)).toEqual(
      // sorted by name: NomA … NomH, the order they were created in
      ['present', 'present', 'absent', 'excuse', 'present', 'present', 'present', 'absent'],
    )
    expect(registre.intervenants.filter((i) => i.present).map((i) => i.id)).toEqual([seed.intervenants[1].id])
    expect(registre.intervenants.slice(0, 2).every((i) => i.habituel)).toBe(true)
    expect(registre.seance).toMatchObject({ activites: ['aide_methodologique', 'jeux_educatifs'], note: 'Bonne séance' })
    expect(t.call('seances.list')[0]).toMatchObject({ nbPresents: 5, nbMarques: 8, nbIntervenants: 1 })

    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[0].id, statut: null })
    expect(t.call('registre.get', { seanceId: s.id }).enfants[0].statut).toBeNull()
  })

  it('marks every child at once, in one call', () => {
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[2].id, statut: 'absent' })
    const unmarked = t.call('registre.get', { seanceId: s.id }).enfants.filter((e) => e.statut === null)
    t.call('registre.setPresences', { seanceId: s.id, marks: unmarked.map((e) => ({ enfantId: e.id, statut: 'present' as const })) })
    const after = t.call('registre.get', { seanceId: s.id }).enfants
    expect(after.filter((e) => e.statut === 'present')).toHaveLength(7)
    expect(after.find((e) => e.id === seed.enfants[2].id)?.statut).toBe('absent')
  })

  it('lists only the children enrolled on the day, and refuses a mark for the others', () => {
    const late = t.call('enfants.save', { prenom: 'Tard', nom: 'Venu', niveau: 'CM1', inscriptions: [{ collectifId: seed.collectif.id, du: '2025-11-06' }] })
    const tuesday = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const thursday = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 90 })
    expect(t.call('registre.get', { seanceId: tuesday.id }).enfants.map((e) => e.id)).not.toContain(late.id)
    expect(t.call('registre.get', { seanceId: thursday.id }).enfants.map((e) => e.id)).toContain(late.id)
    const refused = errorOf(() => t.call('registre.setPresence', { seanceId: tuesday.id, enfantId: late.id, statut: 'present' }))
    expect(refused).toMatchObject({ code: 'validation', field: 'enfantId' })
    expect(refused.message).toContain('04/11/2025')

    t.call('registre.setPresence', { seanceId: thursday.id, enfantId: late.id, statut: 'excuse' })
    const week = t.call('registre.semaine', { collectifId: seed.collectif.id, date: '2025-11-07' })
    expect(week.lundi).toBe('2025-11-03')
    expect(week.seances.map((s) => s.date)).toEqual(['2025-11-04', '2025-11-06'])
    const row = week.enfants.find((e) => e.id === late.id)!
    expect(row.statuts).toEqual({ [thursday.id]: 'excuse' })
    expect(week.enfants).toHaveLength(9)
  })
})
