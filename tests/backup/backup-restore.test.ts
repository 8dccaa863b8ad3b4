import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupError } from '../../src/main/backup/backup-error'
import { listBackups } from '../../src/main/backup/backup-folder'
import { deriveNewKey } from '../../src/main/backup/encryption'
import { buildDemoDocument } from '../../src/main/demo/build-demo'
import { exportDocument } from '../../src/main/reads/year-document'
import { DatabaseOpenError } from '../../src/main/store/database-error'
import { findMigrationsFolder } from '../../src/main/store/migrations-folder'
import { Workspace } from '../../src/main/workspace'
import { seedAssociation, tableCounts } from '../helpers/association'
import type { TestWorkspace } from '../helpers/workspace'
import { backedUpWorkspace, count, readFile } from './backup-workspace'

const PASS = 'le moulin tourne au vent'
const FAST = { log2N: 12, r: 8, p: 1 }

let t: ReturnType<typeof backedUpWorkspace>
afterEach(() => t?.cleanup())

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
/** The database's bytes once its WAL is folded in: equal hashes mean nothing was written. */
function settledSha(w: TestWorkspace): string {
  w.workspace.context().sqlite.pragma('wal_checkpoint(TRUNCATE)')
  return sha(w.path)
}
const withoutDate = ({ exporteLe: _x, ...rest }: ReturnType<typeof exportDocument>) => rest
const folderFiles = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : [])

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (e) {
    return e instanceof BackupError ? `${e.reason}: ${e.message}` : `other: ${(e as Error).message}`
  }
  return 'accepted'
}

describe('backups of the open database', () => {
  it('writes a checked, self-contained copy named for its reason, and refuses while a write is open', async () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    const path = await t.workspace.backup('manuelle')
    expect(path).toMatch(/sauvegardes[/\\]clas_\d{4}-\d{2}-\d{2}_\d{6}_manuelle_[0-9a-f]{12}\.sqlite$/)
    expect(existsSync(`${path}-wal`)).toBe(false)
    readFile(path!, (db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(count(db, 'enfants')).toBe(8)
    })
    const { sqlite } = t.workspace.context()
    const before = folderFiles(t.store.defaultFolder)
    const during = sqlite.transaction(() => {
      try {
        t.workspace.backupSync('manuelle')
        return 'accepted'
      } catch (e) {
        return (e as BackupError).reason
      }
    })()
    expect(during).toBe('busy')
    expect(folderFiles(t.store.defaultFolder)).toEqual(before)
  })

  it('takes no backup of a file that holds no association yet', async () => {
    t = backedUpWorkspace()
    expect(await t.workspace.backup('demarrage')).toBeNull()
    expect(folderFiles(t.store.defaultFolder)).toEqual([])
  })

  it('backs up before an import, outside its transaction, and refuses the import when it cannot', () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    const document = buildDemoDocument()
    t.call('echange.import', { document })
    const [backup] = listBackups(t.store.defaultFolder, t.path)
    expect(backup.reason).toBe('import')
    // the copy is the file as it was before the import
    readFile(backup.path, (db) => expect(count(db, 'enfants')).toBe(8))
    expect(tableCounts(t).enfants).toBe(8 + document.enfants.length)

    // the backup folder becomes unusable (a file where the folder should be): nothing imported
    t.store.save({ dossier: join(t.dir, 'pas-un-dossier'), key: null })
    writeFileSync(join(t.dir, 'pas-un-dossier'), 'x')
    const counts = tableCounts(t)
    expect(() => t.call('echange.import', { document })).toThrow(/La sauvegarde qui précède cette action a échoué.*rien n'a été modifié/)
    expect(tableCounts(t)).toEqual(counts)
  })

  it('backs up an existing file before migrating it, and does not migrate when the backup fails', () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    t.workspace.close()
    // a newer version of the app: one more migration than the file has
    const folder = join(t.dir, 'drizzle-next')
    cpSync(findMigrationsFolder(), folder, { recursive: true })
    const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'))
    const last = journal.entries.at(-1)
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_commentaire' })
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal))
    writeFileSync(join(folder, '9999_commentaire.sql'), 'ALTER TABLE `enfants` ADD `commentaire` text;')
    const hasColumn = (db: Database.Database) => (db.prepare("SELECT count(*) AS n FROM pragma_table_info('enfants') WHERE name = 'commentaire'").get() as { n: number }).n === 1

    // backup folder unusable: the opening stops, the file is not migrated
    t.store.save({ dossier: join(t.dir, 'pas-un-dossier'), key: null })
    writeFileSync(join(t.dir, 'pas-un-dossier'), 'x')
    let refused: unknown
    try {
      new Workspace(t.path, { backups: t.store, migrationsFolder: folder }).close()
    } catch (e) {
      refused = e
    }
    expect(refused).toBeInstanceOf(DatabaseOpenError)
    expect((refused as DatabaseOpenError).reason).toBe('backup_failed')
    expect(readFile(t.path, hasColumn)).toBe(false)

    t.store.save({ dossier: null, key: null })
    t.workspace = new Workspace(t.path, { backups: t.store, migrationsFolder: folder })
    const [backup] = listBackups(t.store.defaultFolder, t.path)
    expect(backup.reason).toBe('migration')
    expect(readFile(backup.path, hasColumn)).toBe(false)
    expect(hasColumn(t.workspace.context().sqlite)).toBe(true)
  })
})

describe('restore', () => {
  it('gives back exactly the backed-up year, and keeps the replaced file', async () => {
    t = backedUpWorkspace()
    t.call('echange.import', { document: buildDemoDocument() })
    const before = withoutDate(exportDocument(t.workspace.context()))
    const backup = (await t.workspace.backup('manuelle'))!

    const s = before.seances[0]
    t.call('seances.cancel', { seanceId: s.id, motif: 'Neige' })
    t.call('seances.save', { collectifId: s.collectifId, date: '2026-05-06', heureDebut: '07:00', dureeMinutes: 60 })
    expect(withoutDate(exportDocument(t.workspace.context()))).not.toEqual(before)

    const result = await t.workspace.restore(backup)
    expect(withoutDate(exportDocument(t.workspace.context()))).toEqual(before)
    expect(result.olderBy).toBe(0)
    expect(existsSync(`${t.path}-wal`) ? statSync(`${t.path}-wal`).size : 0).toBe(0)
    // the file that was replaced is itself a backup, with the changes made after the first one
    expect(result.safetyCopy).toMatch(/_restauration_[0-9a-f]{12}\.sqlite$/)
    readFile(result.safetyCopy!, (db) => expect(count(db, 'seances')).toBe(before.seances.length + 1))
    // the app keeps working on the restored file
    t.call('seances.save', { collectifId: s.collectifId, date: '2026-05-06', heureDebut: '07:00', dureeMinutes: 60 })
  })

  it('refuses a file that is not a Clas database, or comes from a newer version, without touching the current one', async () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    const candidates = join(t.dir, 'candidats')
    mkdirSync(candidates)
    const random = join(candidates, 'photo.sqlite')
    writeFileSync(random, Buffer.alloc(50_000, 9))
    const json = join(candidates, 'export.json')
    writeFileSync(json, JSON.stringify(exportDocument(t.workspace.context())))
    const other = join(candidates, 'autre.sqlite')
    const o = new Database(other)
    o.exec('CREATE TABLE notes (texte TEXT); INSERT INTO notes VALUES (1)')
    o.close()
    const newer = (await t.workspace.backup('manuelle'))!
    const n = new Database(newer)
    n.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 99_999_999_999_999)
    n.close()
    const damaged = join(candidates, 'abimee.sqlite')
    const bytes = readFileSync((await t.workspace.backup('manuelle'))!)
    bytes.fill(0xee, 4096 * 3, 4096 * 3 + 2000)
    writeFileSync(damaged, bytes)

    const folder = folderFiles(t.store.defaultFolder)
    const current = settledSha(t)
    expect(await refusal(t.workspace.restore(random))).toMatch(/^not_a_database: « photo.sqlite » n'est pas une sauvegarde de Clas/)
    expect(await refusal(t.workspace.restore(json))).toMatch(/^not_a_database: /)
    expect(await refusal(t.workspace.restore(other))).toMatch(/^not_clas: « autre.sqlite » est une base de données, mais pas une base Clas/)
    expect(await refusal(t.workspace.restore(newer))).toMatch(/^newer_version: .*version plus récente de Clas/)
    expect(await refusal(t.workspace.restore(damaged))).toMatch(/^(invalid_copy|not_a_database): « abimee.sqlite »/)
    expect(await refusal(t.workspace.restore(join(candidates, 'absente.sqlite')))).toMatch(/^io: Impossible de lire/)
    expect(settledSha(t)).toBe(current)
    expect(folderFiles(t.store.defaultFolder)).toEqual(folder)
    expect(folderFiles(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(tableCounts(t).enfants).toBe(8)
  })

  it('refuses to restore while the demo is open', async () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    const backup = (await t.workspace.backup('manuelle'))!
    t.call('app.openDemo')
    expect(await refusal(t.workspace.restore(backup))).toMatch(/^demo: Quittez la démonstration/)
  })
})

describe('encrypted backups', () => {
  it('are unreadable without the passphrase; wrong, altered or cut files are refused and nothing changes', async () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    t.store.save({ dossier: null, key: deriveNewKey(PASS, FAST) })
    const backup = (await t.workspace.backup('manuelle'))!
    expect(backup).toMatch(/\.sqlite\.chiffre$/)
    const sealed = readFileSync(backup)
    expect(sealed.subarray(0, 8).toString()).toBe('CLASSAUV')
    expect(sealed.includes(Buffer.from('SQLite format 3'))).toBe(false)
    expect(sealed.includes(Buffer.from('Prénom1'))).toBe(false)

    t.call('enfants.save', { prenom: 'Après', nom: 'Sauvegarde', niveau: 'CM1', inscriptions: [] })
    const flipped = `${backup}.modifie`
    const altered = Buffer.from(sealed)
    altered[altered.length - 100] ^= 0x20
    writeFileSync(flipped, altered)
    const cut = `${backup}.tronque`
    writeFileSync(cut, sealed.subarray(0, sealed.length - 4096))

    const folder = folderFiles(t.store.defaultFolder)
    const current = settledSha(t)
    expect(await refusal(t.workspace.restore(backup))).toMatch(/^passphrase_required: .*est chiffrée/)
    expect(await refusal(t.workspace.restore(backup, () => 'une autre phrase de passe'))).toMatch(/^wrong_passphrase: Phrase de passe incorrecte/)
    expect(await refusal(t.workspace.restore(flipped, () => PASS))).toMatch(/^tampered: .*modifiée ou est endommagée/)
    expect(await refusal(t.workspace.restore(cut, () => PASS))).toMatch(/^truncated: .*incomplète/)
    expect(settledSha(t)).toBe(current)
    expect(folderFiles(t.store.defaultFolder)).toEqual(folder)

    await t.workspace.restore(backup, () => PASS)
    expect(tableCounts(t).enfants).toBe(8)
    // the copy of the replaced file is encrypted too
    expect(listBackups(t.store.defaultFolder, t.path).find((b) => b.reason === 'restauration')?.encrypted).toBe(true)
  })
})

describe('backup settings', () => {
  it('keep the folder and the derived key, never the passphrase, in a file only the user reads', () => {
    t = backedUpWorkspace()
    const key = deriveNewKey(PASS, FAST)
    t.store.save({ dossier: '/media/cle-usb/Clas', key })
    const text = readFileSync(t.store.file, 'utf8')
    expect(text).not.toContain(PASS)
    if (process.platform !== 'win32') expect(statSync(t.store.file).mode & 0o777).toBe(0o600)
    const back = t.store.load()
    expect(back.dossier).toBe('/media/cle-usb/Clas')
    expect(back.key?.key.equals(key.key)).toBe(true)
    expect(back.key?.salt.equals(key.salt)).toBe(true)
    expect(t.store.folder()).toBe('/media/cle-usb/Clas')
  })
})
