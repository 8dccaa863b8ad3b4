import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
afterEach(() => t.cleanup())

function seeded() {
  t = tempWorkspace('2025-11-20')
  const seed = seedAssociation(t, 8)
  const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
  return { seed, seance }
}
const r7 = () => t.call('tableauDeBord.donnees').resultats.find((r) => r.regle === 'R7-presences')!

describe('dashboard and figures kept until the next write', () => {
  it('computes once for two reads without a write, per input', () => {
    seeded()
    const first = t.call('tableauDeBord.donnees')
    expect(t.call('tableauDeBord.donnees')).toBe(first)
    const figures = t.call('bilan.chiffres', { date: '2025-11-10' })
    expect(t.call('bilan.chiffres', { date: '2025-11-10' })).toBe(figures)
    // Another input is another result, computed afresh.
    expect(t.call('bilan.chiffres', { date: '2025-11-03' })).not.toBe(figures)
    expect(t.call('conformite.evaluer')).toBe(t.call('conformite.evaluer'))
  })

  it('answers anew after a mark is typed, and after its undo', () => {
    const { seed, seance } = seeded()
    expect(r7()).toMatchObject({ statut: 'alerte', mesure: 1 })
    const before = t.call('bilan.chiffres')
    t.call('registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: 'present' })
    expect(r7()).toMatchObject({ statut: 'conforme' })
    expect(t.call('bilan.chiffres')).not.toEqual(before)
    const { jeton } = t.call('seances.supprimer', { seanceId: seance.id })
    expect(t.call('tableauDeBord.donnees').collectifs[0].seancesTenues).toBe(0)
    t.call('annulation.annuler', { jeton })
    expect(t.call('tableauDeBord.donnees').collectifs[0].seancesTenues).toBe(1)
    expect(r7()).toMatchObject({ statut: 'conforme' })
  })

  it('answers anew after the demo switch and its way back', () => {
    seeded()
    const own = t.call('tableauDeBord.donnees')
    t.call('app.openDemo')
    const demo = t.call('tableauDeBord.donnees')
    expect(demo.collectifs.map((c) => c.nom)).not.toEqual(own.collectifs.map((c) => c.nom))
    t.call('app.leaveDemo')
    expect(t.call('tableauDeBord.donnees')).toEqual(own)
  })

  it('notices a write made on the same file by another program', () => {
    const { seed, seance } = seeded()
    expect(r7()).toMatchObject({ statut: 'alerte' })
    const other = new Database(t.path)
    try {
      other.prepare('INSERT INTO presences (seance_id, enfant_id, statut, position) VALUES (?, ?, ?, 0)').run(seance.id, seed.enfants[0].id, 'present')
    } finally {
      other.close()
    }
    expect(r7()).toMatchObject({ statut: 'conforme' })
  })
})
