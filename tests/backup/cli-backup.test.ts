import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupSettingsStore } from '../../src/main/backup/backup-settings'
import { deriveNewKey } from '../../src/main/backup/encryption'
import { runCli as run } from '../helpers/run-cli'
import { Workspace } from '../../src/main/workspace'
import { count, readFile } from './backup-workspace'

const PASS = 'le moulin tourne au vent'
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-backup-'))
  // backup settings and the default backup folder in the temporary folder, not the user's
  process.env.CLAS_DATA_DIR = join(dir, 'donnees')
  delete process.env.CLAS_BACKUP_PASSPHRASE
})
afterEach(() => {
  delete process.env.CLAS_DATA_DIR
  delete process.env.CLAS_BACKUP_PASSPHRASE
  rmSync(dir, { recursive: true, force: true })
})


/** A database holding one association, made with the CLI. */
async function association(): Promise<string> {
  const a = join(dir, 'a.sqlite')
  const doc = join(dir, 'doc.json')
  await run('demo', '--db', join(dir, 'source.sqlite'))
  await run('export', '--db', join(dir, 'source.sqlite'), '--out', doc)
  expect((await run('import', '--db', a, '--in', doc)).code).toBe(0)
  return a
}

describe('clas backup / clas restore', () => {
  it('backs up into the backup folder or a chosen file, and restores it', async () => {
    const db = await association()
    const toFolder = await run('backup', '--db', db)
    expect(toFolder.code).toBe(0)
    expect(toFolder.out).toMatch(/donnees[/\\]sauvegardes[/\\]a_\d{4}-\d{2}-\d{2}_\d{6}_manuelle_[0-9a-f]{12}\.sqlite$/)
    const file = join(dir, 'copie.sqlite')
    expect(await run('backup', '--db', db, '--out', file)).toMatchObject({ code: 0, out: file })
    expect((await run('backup', '--db', db, '--out', file)).err).toMatch(/existe déjà/)
    const enfants = readFile(file, (d) => count(d, 'enfants'))

    // the database is lost (replaced by something unreadable): restore from the copy
    const damaged = Buffer.alloc(30_000, 3)
    writeFileSync(db, damaged)
    expect((await run('export', '--db', db)).err).toMatch(/endommagée/)
    const restored = await run('restore', '--db', db, '--from', file)
    expect(restored.code).toBe(0)
    expect(restored.err).toMatch(/Sauvegarde restaurée/)
    expect(readFile(db, (d) => count(d, 'enfants'))).toBe(enfants)
    // the damaged file was kept, byte for byte, beside the backups
    const kept = readdirSync(join(dir, 'donnees', 'sauvegardes')).find((f) => f.includes('_endommagee_'))
    expect(kept).toBeDefined()
    expect(readFileSync(join(dir, 'donnees', 'sauvegardes', kept!)).equals(damaged)).toBe(true)
  })

  it('encrypts once a passphrase is set, and asks for it to restore', async () => {
    const db = await association()
    new BackupSettingsStore(join(dir, 'donnees')).save({ dossier: join(dir, 'cle-usb'), key: deriveNewKey(PASS, { log2N: 12, r: 8, p: 1 }) })
    const backup = (await run('backup', '--db', db)).out
    expect(backup).toMatch(/cle-usb[/\\]a_.*_manuelle_[0-9a-f]{12}\.sqlite\.chiffre$/)
    // --out too: the file written by the command is the encrypted copy, and nothing else is left
    const out = join(dir, 'choisi', 'copie.sqlite.chiffre')
    mkdirSync(join(dir, 'choisi'))
    expect(await run('backup', '--db', db, '--out', out)).toMatchObject({ code: 0, out })
    expect(readFileSync(out).subarray(0, 8).toString('ascii')).toBe('CLASSAUV')
    expect(readdirSync(join(dir, 'choisi'))).toEqual(['copie.sqlite.chiffre'])
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([])

    // not a terminal and no variable: refused with the way to give it
    const noPass = await run('restore', '--db', db, '--from', backup)
    expect(noPass.code).toBe(1)
    expect(noPass.err).toMatch(/CLAS_BACKUP_PASSPHRASE/)
    process.env.CLAS_BACKUP_PASSPHRASE = 'pas la bonne phrase'
    expect((await run('restore', '--db', db, '--from', backup)).err).toMatch(/Phrase de passe incorrecte/)
    expect(readdirSync(join(dir, 'cle-usb'))).toHaveLength(1)
    process.env.CLAS_BACKUP_PASSPHRASE = PASS
    expect((await run('restore', '--db', db, '--from', backup)).code).toBe(0)
    expect(readdirSync(join(dir, 'cle-usb')).some((f) => /_restauration_[0-9a-f]{12}\.sqlite\.chiffre$/.test(f))).toBe(true)
  })

  it('says what is missing', async () => {
    expect(await run('restore', '--db', join(dir, 'x.sqlite'))).toMatchObject({ code: 2, err: expect.stringMatching(/--from FICHIER/) })
    new Workspace(join(dir, 'vide.sqlite')).close()
    expect((await run('backup', '--db', join(dir, 'vide.sqlite'))).err).toMatch(/rien à sauvegarder/)
    expect(existsSync(join(dir, 'donnees', 'sauvegardes'))).toBe(false)
  })
})
