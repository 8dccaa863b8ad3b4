import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { applyMigrations } from '../store/migrate'
import { findMigrationsFolder } from '../store/migrations-folder'
import type { Db } from '../store/open-database'
import * as schema from '../store/schema'

/**
 * Tables an archive never holds: the accounts (their secrets), the journal (who did what, a
 * log of the live base) and the other archives (an archive nested in each next one would grow
 * the base year after year for nothing).
 */
const NOT_ARCHIVED = ['compte_collectifs', 'comptes', 'journal', 'annees_archives']

/**
 * An SQLite image marks a WAL base in its header (bytes 18–19 = 2); an in-memory copy opened
 * from it has no -wal to read and refuses to open. A rollback journal (1) is what a buffer can be.
 */
function asRollbackImage(image: Buffer): Buffer {
  const copy = Buffer.from(image)
  if (copy.length >= 20 && (copy[18] === 2 || copy[19] === 2)) {
    copy[18] = 1
    copy[19] = 1
  }
  return copy
}

/** The connection under a drizzle Db (drizzle keeps it as `$client`, which the project's `Db` type leaves out). */
export const clientOf = (db: Db): Database.Database => (db as Db & { $client: Database.Database }).$client

const tableExists = (sqlite: Database.Database, name: string) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined

/**
 * The whole live base as it is now, without accounts, journal nor archives: what a year keeps
 * when it stops being the current one. Taken inside the immediate transaction that starts the
 * next year, before it writes anything, so that no other writer slips in between (serialize reads
 * the pages as this connection sees them, those still in the WAL included). The copy is vacuumed
 * so that the rows left out are not readable in its free pages either.
 */
export function snapshotYear(sqlite: Database.Database): Buffer {
  const copy = new Database(asRollbackImage(sqlite.serialize()))
  try {
    copy.pragma('foreign_keys = OFF')
    copy.pragma('secure_delete = ON')
    for (const table of NOT_ARCHIVED) if (tableExists(copy, table)) copy.exec(`DELETE FROM ${table}`)
    copy.exec('VACUUM')
    return Buffer.from(copy.serialize())
  } finally {
    copy.close()
  }
}

/** How many migrations the base holds: the archive's `schema_version`, to migrate it when read later. */
export function migrationsApplied(sqlite: Database.Database): number {
  if (!tableExists(sqlite, '__drizzle_migrations')) return 0
  return sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number
}

/**
 * Stores (or replaces) the frozen copy of year `anneeId`. `contenu` comes from `snapshotYear`;
 * called inside the transaction that makes the next year current, so both happen or neither.
 */
export function storeArchive(db: Db, anneeId: string, contenu: Buffer, now: Date): void {
  const sqlite = clientOf(db)
  const copy = new Database(asRollbackImage(contenu), { readonly: true })
  let version: number
  try {
    version = migrationsApplied(copy)
  } finally {
    copy.close()
  }
  sqlite.prepare(`INSERT INTO annees_archives (annee_id, archivee_le, schema_version, contenu) VALUES (?, ?, ?, ?)
    ON CONFLICT (annee_id) DO UPDATE SET archivee_le = excluded.archivee_le, schema_version = excluded.schema_version, contenu = excluded.contenu`)
    .run(anneeId, now.toISOString(), String(version), contenu)
  forgetArchive(db, anneeId)
}

/** A past year's frozen copy, opened in memory for the same services as the live base. */
export interface OpenArchive {
  anneeId: string
  sqlite: Database.Database
  db: Db
}

interface Cached {
  /** What the row was when opened: a stored archive replaced (an erasure) is opened again. */
  stamp: string
  archive: OpenArchive
}

/** Per live connection, the archives opened from it (a few MB each, read again and again by the screens). */
const opened = new WeakMap<Db, Map<string, Cached>>()

function forgetArchive(db: Db, anneeId: string): void {
  const cached = opened.get(db)?.get(anneeId)
  if (!cached) return
  cached.archive.sqlite.close()
  opened.get(db)?.delete(anneeId)
}

/** Whether year `anneeId` is archived in this base. */
export function isArchived(db: Db, anneeId: string): boolean {
  return clientOf(db).prepare('SELECT 1 FROM annees_archives WHERE annee_id = ?').get(anneeId) !== undefined
}

/**
 * Opens a copy of the image `contenu` in memory, migrated up to this version of the app when it
 * is older. `writable`: left writable (an erasure rewrites the archive), else read-only — a
 * service that would write into a past year fails instead of changing nothing for good.
 */
export function openImage(contenu: Buffer, { writable = false, migrationsFolder = findMigrationsFolder() } = {}): { sqlite: Database.Database; db: Db } {
  const sqlite = new Database(asRollbackImage(contenu))
  try {
    sqlite.pragma('foreign_keys = ON')
    const db = drizzle(sqlite, { schema })
    applyMigrations(sqlite, db, migrationsFolder)
    if (!writable) sqlite.pragma('query_only = ON')
    return { sqlite, db }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * The frozen copy of year `anneeId`, read-only in memory; null when that year is not archived.
 * Kept open per live connection until the stored copy changes.
 */
export function openArchive(db: Db, anneeId: string): OpenArchive | null {
  const sqlite = clientOf(db)
  // Bytes 25–28 of an SQLite image count its changes: an archive rewritten (an erasure) differs there.
  const row = sqlite.prepare('SELECT archivee_le AS archiveeLe, length(contenu) AS taille, schema_version AS version, hex(substr(contenu, 25, 4)) AS compteur FROM annees_archives WHERE annee_id = ?')
    .get(anneeId) as { archiveeLe: string; taille: number; version: string; compteur: string } | undefined
  if (!row) {
    forgetArchive(db, anneeId)
    return null
  }
  const stamp = `${row.archiveeLe}|${row.taille}|${row.version}|${row.compteur}`
  let byYear = opened.get(db)
  if (!byYear) opened.set(db, (byYear = new Map()))
  const cached = byYear.get(anneeId)
  if (cached && cached.stamp === stamp) return cached.archive
  if (cached) forgetArchive(db, anneeId)
  const contenu = sqlite.prepare('SELECT contenu FROM annees_archives WHERE annee_id = ?').pluck().get(anneeId) as Buffer
  const archive = { anneeId, ...openImage(contenu) }
  byYear.set(anneeId, { stamp, archive })
  return archive
}

/** The archived years of the base, oldest first. */
export function archivedYears(db: Db): { anneeId: string; libelle: string; archiveeLe: string }[] {
  return clientOf(db).prepare(`SELECT r.annee_id AS anneeId, a.libelle, r.archivee_le AS archiveeLe
    FROM annees_archives r JOIN annees_scolaires a ON a.id = r.annee_id ORDER BY a.debut`).all() as { anneeId: string; libelle: string; archiveeLe: string }[]
}

/**
 * Applies `change` to every archive and stores each rewritten, keeping the date of its freeze
 * (an erasure must reach the past years too). The copy is vacuumed before it is serialized, so
 * that the bytes changed are not left in its free pages. Run inside the live base's transaction:
 * the live rows and every archive change together, or nothing does.
 */
export function rewriteArchives(db: Db, change: (sqlite: Database.Database) => void): number {
  const sqlite = clientOf(db)
  const update = sqlite.prepare('UPDATE annees_archives SET contenu = ?, schema_version = ? WHERE annee_id = ?')
  let rewritten = 0
  for (const { anneeId } of archivedYears(db)) {
    const contenu = sqlite.prepare('SELECT contenu FROM annees_archives WHERE annee_id = ?').pluck().get(anneeId) as Buffer
    const copy = openImage(contenu, { writable: true })
    try {
      copy.sqlite.pragma('secure_delete = ON')
      copy.sqlite.transaction(() => change(copy.sqlite))()
      copy.sqlite.exec('VACUUM')
      update.run(Buffer.from(copy.sqlite.serialize()), String(migrationsApplied(copy.sqlite)), anneeId)
      rewritten++
    } finally {
      copy.sqlite.close()
    }
    forgetArchive(db, anneeId)
  }
  return rewritten
}
