import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STRUCTURE, ANNEE } from '../../../tests/helpers/association'
import { createDispatcher } from '../api/dispatch'
import { BackupSettingsStore } from '../backup/backup-settings'
import { Workspace } from '../workspace'
import { DatabaseHost } from './database-host'

let dir: string
let dbPath: string
let store: BackupSettingsStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-recup-'))
  dbPath = join(dir, 'clas.sqlite')
  store = new BackupSettingsStore(join(dir, 'donnees'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const host = () => new DatabaseHost(dbPath, { backups: store, dispatcher: (w) => createDispatcher(w, { checkOutput: true }) })

/** A set-up association with one backup of it, then a lieu added after the backup. */
async function associationWithBackup(): Promise<void> {
  const workspace = new Workspace(dbPath, { backups: store })
  const dispatch = createDispatcher(workspace)
  dispatch('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  await workspace.backup('manuelle')
  dispatch('lieux.save', { nom: 'Après la sauvegarde', adresse: '', commune: 'Bourg', typeLocal: 'municipal' })
  workspace.close()
}

function damage(path: string): void {
  const bytes = readFileSync(path)
  bytes.fill(0x5a, 4096, Math.min(bytes.length, 4 * 4096))
  writeFileSync(path, bytes)
}

describe('DatabaseHost', () => {
  it('opens a sound base and passes calls through', async () => {
    await associationWithBackup()
    const h = host()
    expect(h.startProblem).toBeNull()
    expect((h.dispatch('app.status', {}) as { configured: boolean }).configured).toBe(true)
    expect(() => h.dispatch('recuperation.restaurer', { fichier: 'x.sqlite' })).toThrow(/rien à récupérer/)
    h.close()
  })

  it('on a damaged base: every call says why, the backups are offered, a restore brings the base back and keeps the damaged file', async () => {
    await associationWithBackup()
    damage(dbPath)
    const damagedHash = sha(dbPath)
    const h = host()
    let opened = 0
    h.onOpened(() => opened++)
    expect(h.startProblem?.raison).toBe('endommagee')
    expect(sha(dbPath)).toBe(damagedHash)
    expect(() => h.dispatch('app.status', {})).toThrow(expect.objectContaining({ code: 'unavailable', message: expect.stringMatching(/endommagée/) }))
    expect(() => h.dispatch('recuperation.nouvelleBase', {})).toThrow(/ne sera pas remplacée/)

    const etat = h.dispatch('recuperation.etat', {}) as { sauvegardes: { fichier: string }[] }
    expect(etat.sauvegardes).toHaveLength(1)
    await expect(Promise.resolve(h.dispatch('recuperation.restaurer', { fichier: 'autre.sqlite' }))).rejects.toMatchObject({ field: 'fichier' })
    const result = (await h.dispatch('recuperation.restaurer', { fichier: etat.sauvegardes[0].fichier })) as { copieDeSecurite: string }
    expect(opened).toBe(1)
    expect(sha(result.copieDeSecurite)).toBe(damagedHash)
    const doc = h.dispatch('echange.export', {}) as { structure: { nom: string }; lieux: { nom: string }[] }
    expect(doc.structure.nom).toBe(STRUCTURE.nom)
    expect(doc.lieux.map((l) => l.nom)).not.toContain('Après la sauvegarde')
    h.close()
  })

  it('on a missing base with backups beside it: asks, rather than starting empty; an empty base only on request', async () => {
    await associationWithBackup()
    renameSync(dbPath, join(dir, 'ailleurs.sqlite'))
    for (const f of readdirSync(dir)) if (f.startsWith('clas.sqlite-')) rmSync(join(dir, f))
    const h = host()
    expect(h.startProblem?.raison).toBe('absente')
    expect(existsSync(dbPath)).toBe(false)
    expect(h.dispatch('recuperation.nouvelleBase', {})).toEqual({ ouverte: true })
    expect((h.dispatch('app.status', {}) as { configured: boolean }).configured).toBe(false)
    h.close()
  })

  it('on an emptied base (0 bytes) with backups beside it: the recovery screen, the file left as it is, a restore brings the base back', async () => {
    await associationWithBackup()
    for (const f of readdirSync(dir)) if (f.startsWith('clas.sqlite-')) rmSync(join(dir, f))
    writeFileSync(dbPath, '')
    const h = host()
    expect(h.startProblem?.raison).toBe('absente')
    expect(h.startProblem?.message).toMatch(/est vide \(0 octet\).*des sauvegardes existent/)
    expect(() => h.dispatch('app.status', {})).toThrow(expect.objectContaining({ code: 'unavailable' }))
    expect(readFileSync(dbPath)).toHaveLength(0)
    const etat = h.dispatch('recuperation.etat', {}) as { sauvegardes: { fichier: string }[] }
    await h.dispatch('recuperation.restaurer', { fichier: etat.sauvegardes[0].fichier })
    expect((h.dispatch('echange.export', {}) as { structure: { nom: string } }).structure.nom).toBe(STRUCTURE.nom)
    h.close()
  })

  it('on a missing base without any backup: a first start, nothing to ask', () => {
    const h = host()
    expect(h.startProblem).toBeNull()
    h.close()
  })

  it('on a base from a newer version: says so and leaves the file as it was', async () => {
    await associationWithBackup()
    const sqlite = new Database(dbPath)
    sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 10)
    sqlite.close()
    const before = sha(dbPath)
    const h = host()
    expect(h.startProblem?.raison).toBe('plus_recente')
    expect(() => h.dispatch('enfants.list', {})).toThrow(/version plus récente/)
    expect(sha(dbPath)).toBe(before)
  })

  it('on a base another window holds: no restore, try again once it is free', async () => {
    await associationWithBackup()
    const other = new Database(dbPath)
    other.pragma('locking_mode = EXCLUSIVE')
    other.prepare("UPDATE lieux SET commune = 'Ailleurs'").run()
    const h = host()
    try {
      expect(h.startProblem?.raison).toBe('verrouillee')
      const etat = h.dispatch('recuperation.etat', {}) as { sauvegardes: { fichier: string }[] }
      await expect(Promise.resolve(h.dispatch('recuperation.restaurer', { fichier: etat.sauvegardes[0].fichier }))).rejects.toThrow(/autre fenêtre/)
    } finally {
      other.close()
    }
    expect(h.dispatch('recuperation.reessayer', {})).toEqual({ ouverte: true })
    h.close()
  }, 20_000)
})
