import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace('2025-11-20')
  seed = seedAssociation(t, 2)
})
afterEach(() => t.cleanup())

const ticked = (seanceId: string) => t.call('registre.get', { seanceId }).intervenants.filter((i) => i.present).map((i) => i.id)

describe("a new séance's register starts with the collectif's usual intervenants ticked", () => {
  it('for a séance added by hand, then the coordinator unticks who was absent', () => {
    const team = seed.intervenants.map((i) => i.id)
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-25', heureDebut: '16:45', dureeMinutes: 90 })
    expect(s.nbIntervenants).toBe(2)
    expect(ticked(s.id)).toEqual(team)
    t.call('registre.update', { seanceId: s.id, intervenantIds: [team[0]] })
    expect(ticked(s.id)).toEqual([team[0]])
    // Moving the séance keeps what the coordinator recorded.
    t.call('seances.save', { id: s.id, collectifId: seed.collectif.id, date: '2025-11-27', heureDebut: '16:45', dureeMinutes: 90 })
    expect(ticked(s.id)).toEqual([team[0]])
  })

  it('for every séance planned from the créneaux; a collectif without a team ticks nobody', () => {
    t.call('seances.plan', { collectifId: seed.collectif.id, du: '2025-12-01', au: '2025-12-07' })
    const planned = t.call('seances.list', { collectifId: seed.collectif.id })
    expect(planned.map((s) => s.date)).toEqual(['2025-12-02', '2025-12-04'])
    expect(planned.map((s) => s.nbIntervenants)).toEqual([2, 2])

    const seul = t.call('collectifs.save', { ...seed.collectif, id: undefined, nom: 'Sans équipe', intervenantIds: [] })
    const s = t.call('seances.save', { collectifId: seul.id, date: '2025-11-25', heureDebut: '16:45', dureeMinutes: 90 })
    expect(ticked(s.id)).toEqual([])
  })
})
