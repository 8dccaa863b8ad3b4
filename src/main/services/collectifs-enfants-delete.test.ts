import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 3)
  for (const date of ['2025-11-04', '2025-11-06']) {
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date, heureDebut: '16:45', dureeMinutes: 90 })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[0].id, statut: 'present' })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[1].id, statut: 'absent' })
  }
})
afterEach(() => t.cleanup())

const exported = () => {
  const { exporteLe: _e, ...doc } = t.call('echange.export')
  return doc
}

describe('deleting a collectif or a child, and undoing it', () => {
  it('a collectif goes with its séances, registers and enrolments, and all of it comes back', () => {
    const before = exported()
    const counts = tableCounts(t)
    const undo = t.call('collectifs.supprimer', { id: seed.collectif.id })
    expect(undo.libelle).toBe('le collectif « CM1-CM2 mardi-jeudi » (2 séances et leurs registres)')
    const after = exported()
    expect(after.collectifs).toEqual([])
    expect(after.seances).toEqual([])
    expect(after.enfants.every((e) => e.inscriptions.length === 0)).toBe(true)
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(exported()).toEqual(before)
    expect(tableCounts(t)).toEqual(counts)
  })

  it('a child goes with their enrolments and marks, and comes back with them', () => {
    const before = exported()
    const undo = t.call('enfants.supprimer', { id: seed.enfants[0].id })
    expect(undo.libelle).toBe(`l'enfant « ${seed.enfants[0].prenom} ${seed.enfants[0].nom} »`)
    const after = exported()
    expect(after.enfants.map((e) => e.id)).not.toContain(seed.enfants[0].id)
    expect(after.seances.flatMap((s) => s.presences).some((p) => p.enfantId === seed.enfants[0].id)).toBe(false)
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(exported()).toEqual(before)
  })

  it('a séance entered by mistake goes with its register, and comes back', () => {
    const before = exported()
    const seance = before.seances[0]
    const undo = t.call('seances.supprimer', { seanceId: seance.id })
    expect(undo.libelle).toBe('la séance du 04/11/2025 (CM1-CM2 mardi-jeudi)')
    expect(exported().seances.map((s) => s.id)).toEqual([before.seances[1].id])
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(exported()).toEqual(before)
  })

  it('refuses an unknown collectif or child, and writes nothing', () => {
    const counts = tableCounts(t)
    expect(() => t.call('collectifs.supprimer', { id: 'inconnu' })).toThrow(/ne correspond à aucun collectif/)
    expect(() => t.call('enfants.supprimer', { id: 'inconnu' })).toThrow(/Enfant introuvable/)
    expect(tableCounts(t)).toEqual(counts)
  })
})
