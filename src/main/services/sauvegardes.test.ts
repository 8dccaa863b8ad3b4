import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { createDispatcher } from '../api/dispatch'
import { BackupSettingsStore } from '../backup/backup-settings'
import { Workspace } from '../workspace'

let t: TestWorkspace
let store: BackupSettingsStore

/** The test workspace, reopened with backups kept in its own folder. */
beforeEach(() => {
  t = tempWorkspace()
  store = new BackupSettingsStore(join(t.dir, 'donnees'))
  t.workspace.close()
  t.workspace = new Workspace(t.path, { today: () => '2025-11-20', backups: store })
  t.dispatch = createDispatcher(t.workspace, { checkOutput: true })
  seedAssociation(t, 2)
})
afterEach(() => t.cleanup())

const call = <T>(name: string, input: unknown = {}) => t.dispatch(name, input) as T | Promise<T>

describe('sauvegardes', () => {
  it('reports the default folder, takes a backup now and lists it', async () => {
    const before = await call<{ dossier: string; dossierParDefaut: boolean; chiffrement: boolean; sauvegardes: unknown[] }>('sauvegardes.etat')
    expect(before).toMatchObject({ dossier: store.defaultFolder, dossierParDefaut: true, chiffrement: false, sauvegardes: [] })
    const { fichier } = await call<{ fichier: string }>('sauvegardes.maintenant')
    expect(existsSync(join(store.defaultFolder, fichier))).toBe(true)
    const after = await call<{ sauvegardes: { fichier: string; raison: string; chiffree: boolean }[] }>('sauvegardes.etat')
    expect(after.sauvegardes).toEqual([expect.objectContaining({ fichier, raison: 'manuelle', chiffree: false })])
  })

  it('moves backups to a chosen folder, refuses one it cannot write to, and warns for a USB key', async () => {
    const cle = join(t.dir, 'cle')
    const etat = await call<{ dossier: string; dossierParDefaut: boolean }>('sauvegardes.choisirDossier', { dossier: cle })
    expect(etat).toMatchObject({ dossier: cle, dossierParDefaut: false })
    const { fichier } = await call<{ fichier: string }>('sauvegardes.maintenant')
    expect(existsSync(join(cle, fichier))).toBe(true)

    expect(() => t.dispatch('sauvegardes.choisirDossier', { dossier: 'relatif/dossier' })).toThrow(/chemin complet/)
    if (process.getuid?.() !== 0) {
      const locked = join(t.dir, 'verrouille')
      mkdirSync(locked)
      chmodSync(locked, 0o500)
      expect(() => t.dispatch('sauvegardes.choisirDossier', { dossier: locked })).toThrow(/ne convient pas/)
    }
    expect(JSON.parse(readFileSync(store.file, 'utf8')).dossier).toBe(cle)
  })

  it('encrypts every backup once a passphrase is set, and restores only with it', async () => {
    expect(() => t.dispatch('sauvegardes.definirPhrase', { phrase: 'court', confirmation: 'court' })).toThrow(/au moins 12 caractères/)
    expect(() => t.dispatch('sauvegardes.definirPhrase', { phrase: 'une phrase assez longue', confirmation: 'une autre phrase' })).toThrow(/diffèrent/)
    const etat = await call<{ chiffrement: boolean }>('sauvegardes.definirPhrase', { phrase: 'le moulin tourne au vent', confirmation: 'le moulin tourne au vent' })
    expect(etat.chiffrement).toBe(true)
    expect(readFileSync(store.file, 'utf8')).not.toContain('moulin')

    const { fichier } = await call<{ fichier: string }>('sauvegardes.maintenant')
    expect(readFileSync(join(store.defaultFolder, fichier)).subarray(0, 8).toString('ascii')).toBe('CLASSAUV')

    t.call('enfants.save', { prenom: 'Après', nom: 'Sauvegarde', niveau: 'CM1', inscriptions: [] })
    await expect(call('sauvegardes.restaurer', { fichier })).rejects.toThrow(/chiffrée : saisissez sa phrase de passe/)
    await expect(call('sauvegardes.restaurer', { fichier, phrase: 'pas la bonne phrase' })).rejects.toMatchObject({ field: 'phrase' })
    expect(t.call('enfants.list').map((e) => e.nom)).toContain('Sauvegarde')

    const result = await call<{ copieDeSecurite: string | null }>('sauvegardes.restaurer', { fichier, phrase: 'le moulin tourne au vent' })
    expect(result.copieDeSecurite).toMatch(/restauration/)
    expect(t.call('enfants.list').map((e) => e.nom)).not.toContain('Sauvegarde')
  })

  it('answers a checked copy as bytes to the command line only, leaving no file behind', async () => {
    const beside = () => readdirSync(t.dir).sort()
    const before = beside()
    const { base64, chiffree } = await call<{ base64: string; chiffree: boolean }>('sauvegardes.copie')
    expect(chiffree).toBe(false)
    const copy = join(t.dir, 'copie-lue.sqlite')
    writeFileSync(copy, Buffer.from(base64, 'base64'))
    const db = new Database(copy, { readonly: true })
    expect(db.prepare('SELECT count(*) AS n FROM enfants').get()).toEqual({ n: 2 })
    db.close()
    rmSync(copy)
    expect(beside()).toEqual(before)
    // Nothing written in the backup folder either: the command line writes the bytes where asked.
    expect(existsSync(store.defaultFolder)).toBe(false)

    await call('sauvegardes.definirPhrase', { phrase: 'le moulin tourne au vent', confirmation: 'le moulin tourne au vent' })
    const encrypted = await call<{ base64: string; chiffree: boolean }>('sauvegardes.copie')
    expect(encrypted.chiffree).toBe(true)
    expect(Buffer.from(encrypted.base64, 'base64').subarray(0, 8).toString('ascii')).toBe('CLASSAUV')

    // A window or a browser (any host naming its caller) never gets the whole base.
    await expect(Promise.resolve().then(() => t.dispatch('sauvegardes.copie', {}, { token: null }))).rejects.toThrow(/en ligne de commande/)
  })

  it('restores only a backup of this database found in the backup folder', async () => {
    writeFileSync(join(t.dir, 'autre.sqlite'), 'pas une base')
    expect(() => t.dispatch('sauvegardes.restaurer', { fichier: '../autre.sqlite' })).toThrow(/choisissez une sauvegarde de la liste/)
    await expect(call('sauvegardes.restaurer', { fichier: 'clas_2025-11-20_10-00-00_manuelle.sqlite' })).rejects.toMatchObject({ field: 'fichier' })
  })
})
