import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { captureRows, restoreRows } from './row-images'
import { UndoLog, UNDO_WINDOW_MS } from './undo-log'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

const withoutDate = <T extends { exporteLe?: string }>({ exporteLe: _e, ...doc }: T) => doc

describe('row images', () => {
  it('capture a collectif with everything SQLite deletes with it, and put all of it back', () => {
    const seed = seedAssociation(t, 3)
    const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    t.call('registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: 'present' })
    const before = withoutDate(t.call('echange.export'))
    const counts = tableCounts(t)
    const { sqlite } = t.workspace.context()

    const images = captureRows(sqlite, 'collectifs', 'id = ?', [seed.collectif.id])
    expect(images.map((i) => i.table)).toEqual(expect.arrayContaining(['collectifs', 'seances', 'presences', 'inscriptions', 'collectif_intervenants']))
    sqlite.prepare('DELETE FROM collectifs WHERE id = ?').run(seed.collectif.id)
    expect(tableCounts(t).presences).toBe(0)

    restoreRows(sqlite, images)
    expect(tableCounts(t)).toEqual(counts)
    expect(withoutDate(t.call('echange.export'))).toEqual(before)
  })

  it('give a changed row its old values back', () => {
    const seed = seedAssociation(t, 1)
    const { sqlite } = t.workspace.context()
    const images = captureRows(sqlite, 'enfants', 'id = ?', [seed.enfants[0].id])
    sqlite.prepare("UPDATE enfants SET niveau = 'CE1', etablissement_id = NULL WHERE id = ?").run(seed.enfants[0].id)
    restoreRows(sqlite, images)
    expect(t.call('enfants.get', { id: seed.enfants[0].id })).toEqual(seed.enfants[0])
  })
})

describe('undo log', () => {
  it('gives an entry once, and forgets it after the window', () => {
    let now = 1_000
    const log = new UndoLog(() => now)
    const a = log.record('le lieu « A »', [])
    const b = log.record('le lieu « B »', [])
    expect(log.take(a.jeton)?.libelle).toBe('le lieu « A »')
    expect(log.take(a.jeton)).toBeUndefined()
    now += UNDO_WINDOW_MS
    expect(log.take(b.jeton)).toBeUndefined()
  })
})

describe('lieux.supprimer and annulation.annuler', () => {
  it('deletes an unused lieu, undoes it once, and refuses a second undo in French', () => {
    seedAssociation(t, 1)
    const lieu = t.call('lieux.save', { nom: 'Salle des fêtes', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'municipal' })
    const undo = t.call('lieux.supprimer', { id: lieu.id })
    expect(undo.libelle).toBe('le lieu « Salle des fêtes »')
    expect(t.call('lieux.list').map((l) => l.id)).not.toContain(lieu.id)
    expect(t.call('annulation.annuler', { jeton: undo.jeton })).toEqual({ libelle: undo.libelle })
    expect(t.call('lieux.list')).toContainEqual(lieu)
    expect(() => t.call('annulation.annuler', { jeton: undo.jeton })).toThrow(/ne peut plus être annulée/)
  })

  it('refuses to delete a lieu where a collectif meets, naming it, and writes nothing', () => {
    const seed = seedAssociation(t, 1)
    const counts = tableCounts(t)
    expect(() => t.call('lieux.supprimer', { id: seed.lieu.id })).toThrow(/accueille encore le collectif « CM1-CM2 mardi-jeudi »/)
    expect(tableCounts(t)).toEqual(counts)
  })

  it('forgets the deletions of a file when another file is opened', () => {
    seedAssociation(t, 1)
    const lieu = t.call('lieux.save', { nom: 'Salle', adresse: '', commune: 'X', typeLocal: 'municipal' })
    const undo = t.call('lieux.supprimer', { id: lieu.id })
    t.call('app.openDemo')
    t.call('app.leaveDemo')
    expect(() => t.call('annulation.annuler', { jeton: undo.jeton })).toThrow(/ne peut plus être annulée/)
  })
})
