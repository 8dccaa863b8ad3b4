import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { buildLargeAssociation } from '../../../../scripts/bench/large-association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import { requireAnnee } from '../../api/checks'
import { exportDocument } from '../../reads/year-document'
import { readYearSeances } from './seance-registers'

let t: TestWorkspace
afterEach(() => t.cleanup())

/** The registers as the full snapshot (no cache) tells them, séances without any left out. */
function expected(): Record<string, { presentIds: string[]; marques: number; team: string[] }> {
  const out: Record<string, { presentIds: string[]; marques: number; team: string[] }> = {}
  for (const s of exportDocument(t.workspace.context()).seances) {
    if (s.presences.length === 0 && s.intervenantIds.length === 0) continue
    out[s.id] = { presentIds: s.presences.filter((p) => p.statut === 'present').map((p) => p.enfantId), marques: s.presences.length, team: s.intervenantIds }
  }
  return out
}

/** The séances kept, in their order, as the snapshot's fields (id, day, hour, note). */
function keptOrder(sqlite = t.workspace.context().sqlite): string[] {
  return readYearSeances(sqlite, requireAnnee(t.workspace.context()).id).map(({ row }) => `${row[0]} ${row[2]} ${row[3]} ${row[8] ?? ''}`)
}
const snapshotOrder = () => exportDocument(t.workspace.context()).seances.map((s) => `${s.id} ${s.date} ${s.heureDebut} ${s.note ?? ''}`)

function kept(sqlite = t.workspace.context().sqlite): Record<string, { presentIds: string[]; marques: number; team: string[] }> {
  const annee = requireAnnee(t.workspace.context())
  const out: Record<string, { presentIds: string[]; marques: number; team: string[] }> = {}
  for (const { row, register: r } of readYearSeances(sqlite, annee.id)) {
    if (r.marques > 0 || r.team.length > 0) out[row[0]] = { presentIds: [...r.presentIds], marques: r.marques, team: [...r.team] }
  }
  return out
}

function imported() {
  t = tempWorkspace('2026-03-15')
  const doc = buildLargeAssociation(4, 6)
  doc.seances.forEach((s, i) => {
    if (i % 7 === 0) s.presences = []
    if (i % 13 === 0) s.intervenantIds = []
    if (i % 5 === 0) s.presences = s.presences.map((p, k) => ({ ...p, statut: k % 2 ? 'absent' : 'excuse' }))
  })
  t.call('echange.import', { document: doc })
  const held = doc.seances.filter((s) => s.presences.length > 2 && s.intervenantIds.length > 0)
  return { doc, held }
}

describe('the registers kept between calls', () => {
  it('are those of the tables, and follow every write made through the dispatcher', () => {
    const { doc, held } = imported()
    expect(kept()).toEqual(expected())
    const [a, b] = held
    // A mark changed, a séance's team changed, a register replaced, a séance and a child deleted (cascades), then undone.
    t.call('registre.setPresence', { seanceId: a.id, enfantId: a.presences[0].enfantId, statut: a.presences[0].statut === 'present' ? 'absent' : 'present' })
    expect(kept()).toEqual(expected())
    t.call('registre.setPresences', { seanceId: b.id, marks: b.presences.map((p) => ({ enfantId: p.enfantId, statut: 'present' as const })) })
    expect(kept()[b.id].presentIds).toHaveLength(b.presences.length)
    expect(kept()).toEqual(expected())
    const { jeton } = t.call('seances.supprimer', { seanceId: a.id })
    expect(kept()[a.id]).toBeUndefined()
    expect(kept()).toEqual(expected())
    t.call('annulation.annuler', { jeton })
    expect(kept()[a.id]).toBeDefined()
    expect(kept()).toEqual(expected())
    const child = doc.enfants.find((e) => held.some((s) => s.presences.some((p) => p.enfantId === e.id && p.statut === 'present')))!
    t.call('enfants.supprimer', { id: child.id })
    expect(Object.values(kept()).some((r) => r.presentIds.includes(child.id))).toBe(false)
    expect(kept()).toEqual(expected())
  })

  it('follow writes of this connection made in SQL, and forget those rolled back', () => {
    const { held } = imported()
    const { sqlite } = t.workspace.context()
    kept()
    const [a, b] = held
    sqlite.prepare('DELETE FROM seance_intervenants WHERE seance_id = ?').run(a.id)
    sqlite.prepare("UPDATE presences SET statut = 'present' WHERE seance_id = ?").run(b.id)
    expect(kept()).toEqual(expected())
    // A séance's field changed in place, one moved to another day, one added: the order follows.
    expect(keptOrder()).toEqual(snapshotOrder())
    sqlite.prepare("UPDATE seances SET note = 'Sortie' WHERE id = ?").run(a.id)
    expect(keptOrder()).toContain(`${a.id} ${a.date} ${a.heureDebut} Sortie`)
    sqlite.prepare("UPDATE seances SET date = '2025-09-01' WHERE id = ?").run(b.id)
    sqlite.prepare("INSERT INTO seances (id, collectif_id, date, heure_debut, duree_minutes) VALUES ('nouvelle', ?, '2025-10-01', '17:00', 60)").run(a.collectifId)
    expect(keptOrder()).toEqual(snapshotOrder())
    expect(keptOrder()[0]).toMatch(new RegExp(`^${b.id} 2025-09-01`))
    // Read inside a transaction that is then rolled back: nothing of it is kept.
    const attempt = sqlite.transaction(() => {
      sqlite.prepare('DELETE FROM presences WHERE seance_id = ?').run(b.id)
      expect(kept()[b.id].marques).toBe(0)
      throw new Error('rolled back')
    })
    expect(() => attempt()).toThrow('rolled back')
    expect(kept()[b.id].marques).toBe(b.presences.length)
    expect(kept()).toEqual(expected())
  })

  it("follow another connection's writes (data_version)", () => {
    const { held } = imported()
    kept()
    const other = new Database(t.path)
    try {
      other.prepare('DELETE FROM presences WHERE seance_id = ?').run(held[0].id)
    } finally {
      other.close()
    }
    expect(kept()[held[0].id].marques).toBe(0)
    expect(kept()).toEqual(expected())
  })

  it('survive the TEMP objects dropped by a change of temp_store (the RGPD erasure)', () => {
    const { held } = imported()
    const { sqlite } = t.workspace.context()
    kept()
    sqlite.pragma('temp_store = MEMORY')
    sqlite.prepare('DELETE FROM presences WHERE seance_id = ?').run(held[0].id)
    expect(kept()[held[0].id].marques).toBe(0)
    expect(kept()).toEqual(expected())
  })

  it('are read without being kept on a read-only connection (a past year)', () => {
    imported()
    const readOnly = new Database(t.path, { readonly: true })
    const queryOnly = new Database(t.path)
    queryOnly.pragma('query_only = ON')
    try {
      expect(kept(readOnly)).toEqual(expected())
      expect(kept(queryOnly)).toEqual(expected())
    expect(keptOrder(readOnly)).toEqual(snapshotOrder())
    } finally {
      readOnly.close()
      queryOnly.close()
    }
  })
})
