import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDbPath } from '../store/data-paths'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
afterEach(() => t.cleanup())

describe('the demonstration', () => {
  it('opens in its own file beside the user’s, which it never touches, and can be left', () => {
    t = tempWorkspace()
    const seed = seedAssociation(t, 3)
    const own = tableCounts(t)
    const status = t.call('app.openDemo')
    expect(status).toMatchObject({ configured: true, demo: true, structureNom: expect.stringMatching(/Ponts/), annee: { libelle: '2025-2026' } })
    expect(t.workspace.path).toBe(demoDbPath(t.path))
    expect(existsSync(demoDbPath(t.path))).toBe(true)
    expect(t.call('collectifs.list').length).toBe(4)
    expect(t.call('enfants.list').length).toBeGreaterThanOrEqual(36)
    // A change made while exploring stays in the demo.
    t.call('collectifs.save', { ...t.call('collectifs.list')[0], nom: 'Renommé pendant la démo' })

    const back = t.call('app.leaveDemo')
    expect(back).toMatchObject({ demo: false, structureNom: 'Association Les Ponts' })
    expect(tableCounts(t)).toEqual(own)
    expect(t.call('collectifs.list').map((c) => c.id)).toEqual([seed.collectif.id])

    // Opening the demo again starts from a fresh copy.
    t.call('app.openDemo')
    expect(t.call('collectifs.list').some((c) => c.nom === 'Renommé pendant la démo')).toBe(false)
  })

  it('is seen on the workspace’s day: the séances after it are still to come', () => {
    for (const today of ['2025-11-20', '2026-03-10']) {
      t = tempWorkspace(today)
      t.call('app.openDemo')
      const doc = t.call('echange.export')
      const apres = doc.seances.filter((s) => s.date > today)
      expect(apres.length).toBeGreaterThan(0)
      expect(apres.filter((s) => s.annulee || s.presences.length > 0 || s.intervenantIds.length > 0)).toEqual([])
      expect(doc.seances.filter((s) => s.date <= today && !s.annulee).every((s) => s.presences.length > 0)).toBe(true)
      expect(doc.actionsParents.every((a) => a.date <= today)).toBe(true)
      t.cleanup()
    }
    t = tempWorkspace()
  })

  it('is offered on a new database, which stays empty', () => {
    t = tempWorkspace()
    expect(t.call('app.status')).toEqual({ configured: false, demo: false, structureNom: null, annee: null, clock: { today: '2025-11-20', fixed: true } })
    t.call('app.openDemo')
    t.call('app.leaveDemo')
    expect(t.call('app.status').configured).toBe(false)
  })
})
