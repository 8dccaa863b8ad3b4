import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'

// The queries of a mark and of every write are prepared once per connection (prepared-queries.ts):
// they must take each call's values, and follow the connection when the base is reopened.
let t: TestWorkspace
let other: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2025-11-20')
  other = tempWorkspace('2025-11-20')
})
afterEach(() => {
  t.cleanup()
  other.cleanup()
})

const marksOf = (w: TestWorkspace, seanceId: string) =>
  w.call('registre.get', { seanceId }).enfants.filter((e) => e.statut !== null).map((e) => [e.id, e.statut])

describe('queries prepared once per connection', () => {
  it('take each call its own values, keep the marks in the order typed, and follow a reopened base', () => {
    const seed = seedAssociation(t)
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const [a, b, c] = seed.enfants
    t.call('registre.setPresence', { seanceId: s.id, enfantId: b.id, statut: 'present' })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: a.id, statut: 'absent' })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: b.id, statut: 'excuse' })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: c.id, statut: 'present' })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: a.id, statut: null })
    expect(new Map(marksOf(t, s.id) as [string, string][])).toEqual(new Map([[b.id, 'excuse'], [c.id, 'present']]))
    const positions = t.workspace.context().sqlite.prepare('SELECT enfant_id AS id, position FROM presences WHERE seance_id = ? ORDER BY position').all(s.id)
    expect(positions.map((p) => (p as { id: string }).id)).toEqual([b.id, c.id])
    // One journal line per write, each with its own call and fields.
    const lines = t.workspace.context().sqlite.prepare("SELECT appel, entite_id AS id, champs FROM journal WHERE appel = 'registre.setPresence'").all()
    expect(lines).toHaveLength(5)
    expect(new Set(lines.map((l) => (l as { champs: string }).champs))).toEqual(new Set([JSON.stringify(['enfantId', 'seanceId', 'statut'])]))

    // Another base at the same time: its own year, its own séances (a statement of the first base would not see them).
    const seedOther = seedAssociation(other)
    const o = other.call('seances.save', { collectifId: seedOther.collectif.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 90 })
    other.call('registre.setPresence', { seanceId: o.id, enfantId: seedOther.enfants[0].id, statut: 'present' })
    expect(() => t.call('registre.setPresence', { seanceId: o.id, enfantId: a.id, statut: 'present' })).toThrow(/introuvable/)

    // A reopened base is a new connection: the statements of the closed one are not reused.
    t.reopen()
    t.call('registre.setPresence', { seanceId: s.id, enfantId: a.id, statut: 'present' })
    expect(new Map(marksOf(t, s.id) as [string, string][])).toEqual(new Map([[b.id, 'excuse'], [c.id, 'present'], [a.id, 'present']]))
    expect(t.call('app.status').annee?.libelle).toBe('2025-2026')
  })
})
