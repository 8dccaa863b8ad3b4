import { existsSync, readFileSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import type { Enfant } from '../../shared/exchange/schema'
import { buildDemoDocument } from '../demo/build-demo'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2026-06-20')
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => t.cleanup())

const decode = (f: { base64: string }) => JSON.parse(Buffer.from(f.base64, 'base64').toString('utf8'))
/** A child with a family, a birth date and attendance: the case with the most to erase. */
function someChild(): Enfant & { familleId: string } {
  const doc = t.call('echange.export')
  const present = new Set(doc.seances.flatMap((s) => s.presences.map((p) => p.enfantId)))
  return doc.enfants.find((e) => e.familleId && e.dateNaissance && present.has(e.id)) as Enfant & { familleId: string }
}
const rawBytes = () => Buffer.concat([readFileSync(t.path), existsSync(`${t.path}-wal`) ? readFileSync(`${t.path}-wal`) : Buffer.alloc(0)])

describe('RGPD', () => {
  it("exports everything held about a child, readable, with every year's enrolments and attendance", () => {
    const enfant = someChild()
    const file = t.call('rgpd.exporter', { enfantId: enfant.id })
    expect(file.nomFichier).toMatch(/^donnees-personnelles-.*\.json$/)
    const record = decode(file)
    expect(record.enfant).toMatchObject({ prenom: enfant.prenom, nom: enfant.nom, dateNaissance: enfant.dateNaissance, niveau: enfant.niveau })
    expect(record.famille.nom).toBeTruthy()
    expect(record.inscriptions.length).toBe(enfant.inscriptions.length)
    const marks = t.call('echange.export').seances.flatMap((s) => s.presences).filter((p) => p.enfantId === enfant.id)
    expect(record.presences).toHaveLength(marks.length)
    expect(record.presences[0]).toEqual({ date: expect.any(String), heure: expect.any(String), collectif: expect.any(String), statut: expect.any(String) })
  })

  it('exports a family with its children and the parent actions naming it', () => {
    const enfant = someChild()
    const record = decode(t.call('rgpd.exporter', { familleId: enfant.familleId }))
    expect(record.enfants.map((e: { enfant: { prenom: string } }) => e.enfant.prenom)).toContain(enfant.prenom)
    expect(Array.isArray(record.actionsAvecLesParents)).toBe(true)
  })

  it("erases a child's identity: the figures of the bilan stay the same, and the name is gone from the file and its WAL", () => {
    const enfant = someChild()
    const before = t.call('bilan.chiffres')
    const counts = tableCounts(t)
    // The note of a séance naming the child, as a volunteer would type it.
    const { sqlite } = t.workspace.context()
    const seanceId = sqlite.prepare('SELECT id FROM seances LIMIT 1').pluck().get() as string
    sqlite.prepare('UPDATE seances SET note = ? WHERE id = ?').run(`${enfant.prenom} ${enfant.nom} est arrivé en retard, ${enfant.prenom} avait oublié son cahier.`, seanceId)

    expect(rawBytes().includes(Buffer.from(`${enfant.prenom} ${enfant.nom}`))).toBe(true)

    const result = t.call('rgpd.effacer', { enfantId: enfant.id })
    expect(result).toMatchObject({ enfants: 1, familles: 0, textes: 1 })
    expect(t.call('bilan.chiffres')).toEqual(before)
    expect(tableCounts(t)).toEqual(counts)
    const after = t.call('enfants.get', { id: enfant.id })
    expect(after).toMatchObject({ prenom: 'Enfant', niveau: enfant.niveau, sexe: enfant.sexe, familleId: enfant.familleId, dateNaissance: `${enfant.dateNaissance!.slice(0, 4)}-01-01` })
    expect(sqlite.prepare('SELECT note FROM seances WHERE id = ?').pluck().get(seanceId)).toBe('[nom effacé] est arrivé en retard, [nom effacé] avait oublié son cahier.')

    // The full name was in the note; the surname alone may stay where another child or the family carries it.
    const raw = rawBytes()
    expect(raw.includes(Buffer.from(`${enfant.prenom} ${enfant.nom}`))).toBe(false)
    const surnameElsewhere = t.call('enfants.list').some((e) => e.nom === enfant.nom) || t.call('familles.list').some((f) => f.nom.includes(enfant.nom))
    if (!surnameElsewhere) expect(raw.includes(Buffer.from(enfant.nom))).toBe(false)
  })

  it('leaves no readable trace of erased children in the file or its WAL, not even of an older version of their row', () => {
    const enfants = t.call('echange.export').enfants.slice(0, 10)
    for (const e of enfants) t.call('rgpd.effacer', { enfantId: e.id })
    // What the base still holds on purpose (a family keeps its name, a sibling its first name):
    // a compact copy has the live rows only. A value in the file but not in it is a stale copy.
    const live = `${t.path}.live`
    t.workspace.context().sqlite.prepare('VACUUM INTO ?').run(live)
    const liveBytes = readFileSync(live)
    rmSync(live)
    const raw = rawBytes()
    const traces = enfants.flatMap((e) => [e.prenom, e.nom, e.dateNaissance ?? ''])
      .filter((value) => value && raw.includes(Buffer.from(value)) && !liveBytes.includes(Buffer.from(value)))
    expect(traces).toEqual([])
    // Not a vacuous check: most of them are gone from the live rows too.
    const firstNamesGone = enfants.filter((e) => !liveBytes.includes(Buffer.from(e.prenom))).length
    expect(firstNamesGone).toBeGreaterThanOrEqual(5)
  })

  it('says so when another program holding the file keeps the old pages, and erases the identity all the same', () => {
    const enfant = someChild()
    const other = new Database(t.path, { timeout: 0 })
    try {
      // A reader in the middle of its read (a backup tool, a copy): the WAL cannot be emptied under it.
      other.exec('BEGIN')
      other.prepare('SELECT count(*) FROM enfants').get()
      expect(() => t.call('rgpd.effacer', { enfantId: enfant.id })).toThrow(/^L'identité a été effacée, mais la base est occupée par un autre programme/)
    } finally {
      other.close()
    }
    expect(t.call('enfants.get', { id: enfant.id }).prenom).toBe('Enfant')
  })

  it("erases a family's contact and its children, keeping the figures", () => {
    const enfant = someChild()
    const famille = t.call('familles.list').find((f) => f.id === enfant.familleId)!
    const before = t.call('bilan.chiffres')
    const result = t.call('rgpd.effacer', { familleId: famille.id })
    expect(result.familles).toBe(1)
    expect(result.enfants).toBeGreaterThanOrEqual(1)
    expect(t.call('bilan.chiffres')).toEqual(before)
    const after = t.call('familles.list').find((f) => f.id === famille.id)!
    expect(after).toEqual({ id: famille.id, nom: expect.stringMatching(/^Famille effacée/), ...(famille.quartierPrioritaire === undefined ? {} : { quartierPrioritaire: famille.quartierPrioritaire }) })
    if (famille.telephone) expect(rawBytes().includes(Buffer.from(famille.telephone))).toBe(false)
  })

  it("erases, on request, the family of a child erased alone when it has no other child: the parents' contact goes too", () => {
    const doc = t.call('echange.export')
    const childrenOf = (familleId: string) => doc.enfants.filter((e) => e.familleId === familleId)
    const only = doc.enfants.find((e) => e.familleId && childrenOf(e.familleId).length === 1)!
    const famille = doc.familles.find((f) => f.id === only.familleId)!
    expect(famille.telephone).toBeTruthy()

    const result = t.call('rgpd.effacer', { enfantId: only.id, avecFamille: true })
    expect(result).toMatchObject({ enfants: 1, familles: 1 })
    expect(t.call('familles.list').find((f) => f.id === famille.id)).toMatchObject({ nom: expect.stringMatching(/^Famille effacée/) })
    expect(t.call('enfants.get', { id: only.id }).prenom).toBe('Enfant')
    const raw = rawBytes()
    expect(raw.includes(Buffer.from(famille.telephone!))).toBe(false)
    expect(raw.includes(Buffer.from(famille.email!))).toBe(false)
  })

  it("refuses to erase with a child a family whose other children keep their identity, and allows it once they are erased", () => {
    const doc = t.call('echange.export')
    const siblings = doc.enfants.filter((e, _, all) => e.familleId && all.filter((o) => o.familleId === e.familleId).length === 2)
    const [first, second] = siblings.filter((e) => e.familleId === siblings[0].familleId)
    const counts = tableCounts(t)
    let refusal: unknown
    try {
      t.call('rgpd.effacer', { enfantId: first.id, avecFamille: true })
    } catch (error) {
      refusal = error
    }
    expect(refusal).toMatchObject({ code: 'validation', field: 'avecFamille', message: expect.stringMatching(/^avecFamille : la famille « .+ » a encore un autre enfant : effacez l'enfant seul, ou la famille entière avec ses enfants\. Rien n'a été effacé\.$/) })
    expect(t.call('enfants.get', { id: first.id }).prenom).toBe(first.prenom)
    expect(tableCounts(t)).toEqual(counts)

    // The word « Enfant » a note holds is not the name of the sibling erased before.
    const { sqlite } = t.workspace.context()
    const seanceId = sqlite.prepare('SELECT id FROM seances LIMIT 1').pluck().get() as string
    sqlite.prepare('UPDATE seances SET note = ? WHERE id = ?').run('Enfant malade, parti plus tôt.', seanceId)
    t.call('rgpd.effacer', { enfantId: first.id })
    expect(t.call('familles.list').find((f) => f.id === first.familleId)!.nom).not.toMatch(/^Famille effacée/)
    expect(t.call('rgpd.effacer', { enfantId: second.id, avecFamille: true })).toMatchObject({ enfants: 2, familles: 1 })
    expect(t.call('familles.list').find((f) => f.id === first.familleId)!.nom).toMatch(/^Famille effacée/)
    expect(sqlite.prepare('SELECT note FROM seances WHERE id = ?').pluck().get(seanceId)).toBe('Enfant malade, parti plus tôt.')
  })

  it('lists the children not enrolled for more than N years, and purges only those, in one step', () => {
    // The demo's year is 2025-2026: seen from 2030, its children left more than 3 years ago.
    const later = tempWorkspace('2030-09-01')
    try {
      later.call('echange.import', { document: buildDemoDocument() })
      expect(later.call('rgpd.retention', {})).toEqual(later.call('rgpd.retention', { annees: 3 }))
      const old = later.call('rgpd.retention', { annees: 3 })
      expect(old.length).toBeGreaterThan(0)
      expect(later.call('rgpd.retention', { annees: 5 })).toHaveLength(0)
      const before = later.call('bilan.chiffres')
      expect(() => later.call('rgpd.purger', { annees: 3, enfantIds: [old[0].id, 'enfant-inconnu'] })).toThrow(/n'est plus dans la liste/)
      expect(later.call('rgpd.retention', { annees: 3 })).toHaveLength(old.length)
      expect(later.call('rgpd.purger', { annees: 3, enfantIds: old.map((c) => c.id) }).enfants).toBe(old.length)
      expect(later.call('rgpd.retention', { annees: 3 })).toHaveLength(0)
      expect(later.call('bilan.chiffres')).toEqual(before)
    } finally {
      later.cleanup()
    }
    // Seen from the year itself, nobody is past retention.
    expect(t.call('rgpd.retention', {})).toEqual([])
  })

  it('refuses an unknown child or family, naming the field, and erases nothing', () => {
    const counts = tableCounts(t)
    expect(() => t.call('rgpd.effacer', { enfantId: 'personne' })).toThrow(/enfantId/)
    expect(() => t.call('rgpd.exporter', { familleId: 'personne' })).toThrow(/familleId/)
    expect(tableCounts(t)).toEqual(counts)
  })
})
