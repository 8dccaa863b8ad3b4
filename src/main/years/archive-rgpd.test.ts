import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startNextYearBySql } from '../../../tests/helpers/next-year'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { buildDemoDocument } from '../demo/build-demo'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2026-06-20')
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => t.cleanup())

const PRENOM = 'Zéphyrine'
const NOM = 'Quintavalle'
const decode = (f: { base64: string }) => JSON.parse(Buffer.from(f.base64, 'base64').toString('utf8'))
const archiveBytes = () => Buffer.concat(t.workspace.context().sqlite.prepare('SELECT contenu FROM annees_archives').pluck().all() as Buffer[])
const fileBytes = () => Buffer.concat([readFileSync(t.path), existsSync(`${t.path}-wal`) ? readFileSync(`${t.path}-wal`) : Buffer.alloc(0)])
const pastYear = { token: null, annee: '2025-2026' }

/** A child, only one of their family, with attendance, given names found nowhere else; then the year is frozen. */
function namedChildThenNextYear() {
  const { sqlite } = t.workspace.context()
  const child = sqlite.prepare(`SELECT e.id, e.famille_id AS familleId FROM enfants e
    WHERE e.famille_id IS NOT NULL AND (SELECT count(*) FROM enfants o WHERE o.famille_id = e.famille_id) = 1
      AND EXISTS (SELECT 1 FROM presences p WHERE p.enfant_id = e.id) LIMIT 1`).get() as { id: string; familleId: string }
  sqlite.prepare('UPDATE enfants SET prenom = ?, nom = ? WHERE id = ?').run(PRENOM, NOM, child.id)
  sqlite.prepare("UPDATE familles SET nom = ?, telephone = '0611223344' WHERE id = ?").run(NOM, child.familleId)
  sqlite.prepare('UPDATE seances SET note = ? WHERE id = (SELECT seance_id FROM presences WHERE enfant_id = ? LIMIT 1)').run(`${PRENOM} a lu à voix haute.`, child.id)
  startNextYearBySql(t.workspace, { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
  return child
}

describe('the right to erasure and of access reach the archives', () => {
  it('lists in a family’s export what the archives hold of it, as it was', () => {
    const child = namedChildThenNextYear()
    t.workspace.context().sqlite.prepare("UPDATE familles SET telephone = '0700000000' WHERE id = ?").run(child.familleId)
    const record = decode(t.call('rgpd.exporter', { familleId: child.familleId }))
    expect(record.famille.telephone).toBe('0700000000')
    expect(record.archives).toHaveLength(1)
    expect(record.archives[0]).toMatchObject({ anneeScolaire: '2025-2026', famille: { nom: NOM, telephone: '0611223344' } })
    expect(record.archives[0].enfants[0].enfant).toMatchObject({ prenom: PRENOM, nom: NOM })
    expect(record.archives[0].enfants[0].presences.length).toBeGreaterThan(0)
    const page = Buffer.from(t.call('rgpd.exporterPage', { familleId: child.familleId }).base64, 'base64').toString('utf8')
    expect(page).toContain('Telles qu’archivées avec l’année 2025-2026')
    expect(page).toContain('0611223344')
  })

  it('erases a child and their family in every archive: the names are no longer in its bytes, its figures stay', () => {
    const child = namedChildThenNextYear()
    expect(archiveBytes().includes(Buffer.from(NOM))).toBe(true)
    expect(archiveBytes().includes(Buffer.from(PRENOM))).toBe(true)
    const figures = t.dispatch('bilan.chiffres', {}, pastYear)

    expect(t.call('rgpd.effacer', { enfantId: child.id, avecFamille: true })).toMatchObject({ enfants: 1, familles: 1 })

    for (const word of [PRENOM, NOM, '0611223344']) {
      expect(archiveBytes().includes(Buffer.from(word)), word).toBe(false)
      expect(fileBytes().includes(Buffer.from(word)), word).toBe(false)
    }
    // The past year, read again from its rewritten copy: the same figures, the child under no name.
    expect(t.dispatch('bilan.chiffres', {}, pastYear)).toEqual(figures)
    const enfants = t.dispatch('enfants.list', {}, pastYear) as { id: string; prenom: string }[]
    expect(enfants.find((e) => e.id === child.id)?.prenom).toBe('Enfant')
    expect(t.workspace.context().sqlite.prepare('SELECT archivee_le FROM annees_archives').pluck().get()).toBe('2026-07-10T08:00:00.000Z')
  })
})
