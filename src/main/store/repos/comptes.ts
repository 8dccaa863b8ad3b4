import { and, asc, count, desc, eq, isNull, lte, or, sql } from 'drizzle-orm'
import type { Compte, CompteCourant, JournalLigne } from '../../../shared/contract/comptes'
import type { Role, TypeSecret } from '../../../shared/access/secret-rules'
import { sortFr } from '../../../shared/domain/french-order'
import type { HashedSecret } from '../../access/secrets'
import type { Db } from '../open-database'
import { compteCollectifs, comptes, journal } from '../schema'
import { preparedQuery } from './prepared-queries'

export type CompteRow = typeof comptes.$inferSelect

/** Any account at all: from the first one on, every call of the app needs a session. */
export function hasComptes(db: Db): boolean {
  return db.select({ id: comptes.id }).from(comptes).limit(1).get() !== undefined
}

export function readCompteRow(db: Db, id: string): CompteRow | null {
  return db.select().from(comptes).where(eq(comptes.id, id)).get() ?? null
}

/** Names compare without case or surrounding spaces: « nadia » is Nadia's account. */
export function readCompteRowByNom(db: Db, nom: string): CompteRow | null {
  return db.select().from(comptes).where(sql`lower(trim(${comptes.nom})) = lower(trim(${nom}))`).get() ?? null
}

function collectifIdsOf(db: Db, compteId: string): string[] {
  return db.select({ id: compteCollectifs.collectifId }).from(compteCollectifs).where(eq(compteCollectifs.compteId, compteId)).orderBy(asc(compteCollectifs.collectifId)).all().map((r) => r.id)
}

/** The logged-in person as the permissions see them; null for an unknown or deactivated account. */
export function readCompteCourant(db: Db, id: string): CompteCourant | null {
  const row = readCompteRow(db, id)
  if (!row || !row.actif) return null
  return { id: row.id, nom: row.nom, role: row.role as Role, collectifIds: row.role === 'benevole' ? collectifIdsOf(db, row.id) : [] }
}

function toCompte(db: Db, row: CompteRow): Compte {
  return {
    id: row.id, nom: row.nom, role: row.role as Role, type: row.type as TypeSecret, actif: row.actif,
    collectifIds: collectifIdsOf(db, row.id), bloqueJusquA: row.bloqueJusquA,
  }
}

export function readComptes(db: Db): Compte[] {
  return sortFr(db.select().from(comptes).all(), (r) => r.nom).map((r) => toCompte(db, r))
}

export function readCompte(db: Db, id: string): Compte | null {
  const row = readCompteRow(db, id)
  return row ? toCompte(db, row) : null
}

/** The lock screen's buttons. */
export function readComptesActifs(db: Db): { id: string; nom: string; type: TypeSecret }[] {
  return sortFr(db.select({ id: comptes.id, nom: comptes.nom, type: comptes.type }).from(comptes).where(eq(comptes.actif, true)).all(), (r) => r.nom)
    .map((r) => ({ ...r, type: r.type as TypeSecret }))
}

export function countActiveCoordinators(db: Db, except?: string): number {
  const rows = db.select({ id: comptes.id }).from(comptes).where(and(eq(comptes.role, 'coordinateur'), eq(comptes.actif, true))).all()
  return rows.filter((r) => r.id !== except).length
}

export interface CompteValues {
  id: string
  nom: string
  role: Role
  type: TypeSecret
  actif: boolean
  collectifIds: string[]
}

/** Creates or updates an account; a new secret (required to create) replaces the old one and unlocks it. */
export function writeCompte(db: Db, c: CompteValues, secret: HashedSecret | null): void {
  const base = { nom: c.nom, role: c.role, type: c.type, actif: c.actif }
  const withSecret = secret ? { ...base, secretHash: secret.hash, secretSel: secret.sel, secretParams: secret.params, echecs: 0, bloqueJusquA: null } : base
  if (readCompteRow(db, c.id)) db.update(comptes).set(withSecret).where(eq(comptes.id, c.id)).run()
  else if (secret) db.insert(comptes).values({ id: c.id, ...base, secretHash: secret.hash, secretSel: secret.sel, secretParams: secret.params }).run()
  else throw new Error('writeCompte: a new account needs a secret')
  db.delete(compteCollectifs).where(eq(compteCollectifs.compteId, c.id)).run()
  const collectifIds = c.role === 'benevole' ? c.collectifIds : []
  if (collectifIds.length > 0) db.insert(compteCollectifs).values(collectifIds.map((collectifId) => ({ compteId: c.id, collectifId }))).run()
}

/**
 * Counts an attempt as failed before its secret is checked (scrypt takes a while, and attempts
 * sent at once must all count); a success then clears it. Null when the account is locked at
 * `now`: the attempt is refused unchecked. Returns the number of failures, this one included.
 */
export function reserveAttempt(db: Db, id: string, now: number, lockedUntil: (failures: number) => string | null): number | null {
  return db.transaction(() => {
    const open = or(isNull(comptes.bloqueJusquA), lte(comptes.bloqueJusquA, new Date(now).toISOString()))
    const row = db.update(comptes).set({ echecs: sql`${comptes.echecs} + 1` }).where(and(eq(comptes.id, id), open)).returning({ echecs: comptes.echecs }).get()
    if (!row) return null
    const until = lockedUntil(row.echecs)
    if (until) db.update(comptes).set({ bloqueJusquA: until }).where(eq(comptes.id, id)).run()
    return row.echecs
  })
}

export function clearFailures(db: Db, id: string): void {
  db.update(comptes).set({ echecs: 0, bloqueJusquA: null }).where(eq(comptes.id, id)).run()
}

/** Every account as stored, to carry into the demonstration file (its lock stays on). */
export function readCompteRows(db: Db): CompteRow[] {
  return db.select().from(comptes).all()
}

export function insertCompteRows(db: Db, rows: CompteRow[]): void {
  if (rows.length > 0) db.insert(comptes).values(rows).run()
}

export interface JournalEntry {
  quand: string
  compteId: string | null
  appel: string
  entite: string
  entiteId: string | null
  champs: string[]
}

export function insertJournal(db: Db, e: JournalEntry): void {
  // One line per write call: prepared once per connection.
  const p = (name: string) => sql.placeholder(name)
  preparedQuery(db, 'insertJournal', (d) => d.insert(journal).values({ quand: p('quand'), compteId: p('compteId'), appel: p('appel'), entite: p('entite'), entiteId: p('entiteId'), champs: p('champs') }).prepare())
    .run({ quand: e.quand, compteId: e.compteId, appel: e.appel, entite: e.entite, entiteId: e.entiteId, champs: JSON.stringify(e.champs) })
}

export function readJournal(db: Db, page: number, perPage: number): { lignes: Omit<JournalLigne, 'fiche'>[]; total: number } {
  const total = db.select({ n: count() }).from(journal).get()?.n ?? 0
  const rows = db
    .select({ id: journal.id, quand: journal.quand, compteId: journal.compteId, qui: comptes.nom, appel: journal.appel, entite: journal.entite, entiteId: journal.entiteId, champs: journal.champs })
    .from(journal)
    .leftJoin(comptes, eq(comptes.id, journal.compteId))
    .orderBy(desc(journal.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all()
  return { total, lignes: rows.map((r) => ({ ...r, champs: JSON.parse(r.champs) as string[] })) }
}

export function deleteCompte(db: Db, id: string): void {
  db.delete(comptes).where(eq(comptes.id, id)).run()
}
