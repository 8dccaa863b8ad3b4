import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch'
import { backupToFolder } from '../../src/main/backup/backup-folder'
import { BackupSettingsStore } from '../../src/main/backup/backup-settings'
import { DatabaseHost } from '../../src/main/recovery/database-host'
import { Workspace } from '../../src/main/workspace'
import { ANNEE, STRUCTURE } from '../helpers/association'

let dir: string
let store: BackupSettingsStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-series-'))
  // one backup folder for both bases, as with one USB key
  store = new BackupSettingsStore(join(dir, 'donnees'))
  store.save({ dossier: join(dir, 'cle-usb'), key: null })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

interface Base {
  path: string
  workspace: Workspace
  dispatch: Dispatch
}

/** `<dir>/<folder>/clas.sqlite`, set up as association `nom`, with one backup. */
async function base(folder: string, nom: string): Promise<Base> {
  mkdirSync(join(dir, folder))
  const path = join(dir, folder, 'clas.sqlite')
  const workspace = new Workspace(path, { backups: store, today: () => '2025-11-20' })
  const dispatch = createDispatcher(workspace)
  dispatch('setup.create', { structure: { ...STRUCTURE, nom }, anneeScolaire: ANNEE })
  await workspace.backup('manuelle')
  return { path, workspace, dispatch }
}

type Etat = { sauvegardes: { fichier: string }[] }

describe('two bases with the same file name sharing a backup folder', () => {
  it('each lists, restores and rotates only its own backups, open or in recovery', async () => {
    const a = await base('a', 'Association A')
    const b = await base('b', 'Association B')
    expect(readdirSync(join(dir, 'cle-usb'))).toHaveLength(2)
    const listA = (a.dispatch('sauvegardes.etat', {}) as Etat).sauvegardes.map((s) => s.fichier)
    const listB = (b.dispatch('sauvegardes.etat', {}) as Etat).sauvegardes.map((s) => s.fichier)
    expect(listA).toHaveLength(1)
    expect(listB).toHaveLength(1)
    expect(listA[0]).not.toBe(listB[0])

    // From A's own screen, B's backup is not a backup of this base.
    await expect(Promise.resolve().then(() => a.dispatch('sauvegardes.restaurer', { fichier: listB[0] }))).rejects.toMatchObject({ field: 'fichier' })
    expect((a.dispatch('echange.export', {}) as { structure: { nom: string } }).structure.nom).toBe('Association A')

    // A emptied: the recovery screen offers A's backup only, and it brings back A.
    a.workspace.close()
    for (const f of readdirSync(join(dir, 'a'))) rmSync(join(dir, 'a', f))
    writeFileSync(a.path, '')
    const host = new DatabaseHost(a.path, { backups: store, dispatcher: (w) => createDispatcher(w) })
    const offered = (host.dispatch('recuperation.etat', {}) as Etat).sauvegardes.map((s) => s.fichier)
    expect(offered).toEqual(listA)
    await expect(Promise.resolve().then(() => host.dispatch('recuperation.restaurer', { fichier: listB[0] }))).rejects.toMatchObject({ field: 'fichier' })
    await host.dispatch('recuperation.restaurer', { fichier: listA[0] })
    expect((host.dispatch('echange.export', {}) as { structure: { nom: string } }).structure.nom).toBe('Association A')
    host.close()

    // A backup of B a day later, under a rotation keeping only the newest: B's older one goes, A's stays.
    const tomorrow = new Date(Date.now() + 86_400_000)
    const newest = await backupToFolder(b.workspace.context().sqlite, b.path, join(dir, 'cle-usb'), 'manuelle', {
      now: tomorrow, rotation: { daily: 1, weekly: 0, monthly: 0, keepAllWithinHours: 0 },
    })
    b.workspace.close()
    expect(readdirSync(join(dir, 'cle-usb')).sort()).toEqual([...listA, basename(newest)].sort())
  })
})
