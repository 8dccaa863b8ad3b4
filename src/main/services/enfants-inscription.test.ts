import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
let autre: { id: string }
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 3)
  autre = t.call('collectifs.save', { nom: 'Collégiens lundi', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [], creneaux: [], intervenantIds: [] })
})
afterEach(() => t.cleanup())

const inscriptionsIn = (collectifId: string) =>
  t.call('enfants.list', {}).flatMap((e) => e.inscriptions.filter((i) => i.collectifId === collectifId).map((i) => ({ enfantId: e.id, ...i })))

describe('enfants.inscrirePlusieurs', () => {
  it("enrols several children at once from the collectif's first séance", () => {
    t.call('seances.save', { collectifId: autre.id, date: '2025-09-22', heureDebut: '17:00', dureeMinutes: 60 })
    const ids = seed.enfants.map((e) => e.id)
    const r = t.call('enfants.inscrirePlusieurs', { collectifId: autre.id, enfantIds: ids })
    expect(r).toEqual({ inscrits: 3, dejaInscrits: 0, du: '2025-09-22' })
    expect(inscriptionsIn(autre.id).map((i) => [i.enfantId, i.du]).sort()).toEqual(ids.map((id) => [id, '2025-09-22']).sort())
    // Their enrolment in the first collectif is kept.
    expect(inscriptionsIn(seed.collectif.id)).toHaveLength(3)
  })

  it('starts at the beginning of the year when the collectif has no séance, or at the date given', () => {
    expect(t.call('enfants.inscrirePlusieurs', { collectifId: autre.id, enfantIds: [seed.enfants[0].id] }).du).toBe('2025-09-01')
    expect(t.call('enfants.inscrirePlusieurs', { collectifId: autre.id, enfantIds: [seed.enfants[1].id], du: '2026-01-05' }).du).toBe('2026-01-05')
  })

  it('leaves a child already enrolled there as is, and counts them', () => {
    const before = tableCounts(t)
    const r = t.call('enfants.inscrirePlusieurs', { collectifId: seed.collectif.id, enfantIds: seed.enfants.map((e) => e.id) })
    expect(r).toEqual({ inscrits: 0, dejaInscrits: 3, du: '2025-09-01' })
    expect(tableCounts(t)).toEqual(before)
  })

  it('refuses an unknown child or a date outside the year, and writes nothing', () => {
    const before = tableCounts(t)
    const refuse = (input: Parameters<typeof t.call<'enfants.inscrirePlusieurs'>>[1]) => {
      try {
        t.call('enfants.inscrirePlusieurs', input)
      } catch (e) {
        return e as ApiError
      }
      throw new Error('accepted')
    }
    expect(refuse({ collectifId: autre.id, enfantIds: [seed.enfants[0].id, 'inconnu'] })).toMatchObject({ field: 'enfantIds[1]', message: expect.stringMatching(/aucun enfant/) })
    expect(refuse({ collectifId: autre.id, enfantIds: [seed.enfants[0].id], du: '2026-08-01' })).toMatchObject({ field: 'du' })
    expect(tableCounts(t)).toEqual(before)
  })
})
