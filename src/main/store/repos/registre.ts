import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Db } from '../open-database'
import { enfants, inscriptions, intervenants, presences, seances } from '../schema'
import { preparedQuery } from './prepared-queries'
import { sortFr } from '../../../shared/domain/french-order'

/** Children enrolled in a collectif at some day of [from, to], with each enrolment's bounds, in name order. */
export function readEnrolledBetween(db: Db, collectifId: string, from: string, to: string) {
  const rows = db
    .selectDistinct({ id: enfants.id, prenom: enfants.prenom, nom: enfants.nom, niveau: enfants.niveau, du: inscriptions.du, au: inscriptions.au })
    .from(inscriptions)
    .innerJoin(enfants, eq(enfants.id, inscriptions.enfantId))
    .where(and(eq(inscriptions.collectifId, collectifId), lte(inscriptions.du, to), or(isNull(inscriptions.au), gte(inscriptions.au, from))))
    .orderBy(asc(enfants.id))
    .all()
  return sortFr(rows, (r) => r.nom, (r) => r.prenom)
}

/** Names and levels of these children. */
export function readEnfantNames(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db.select({ id: enfants.id, prenom: enfants.prenom, nom: enfants.nom, niveau: enfants.niveau }).from(enfants).where(inArray(enfants.id, ids)).all()
}

/** Every intervenant's row, in name order. */
export function readIntervenantRows(db: Db) {
  return sortFr(db.select().from(intervenants).orderBy(asc(intervenants.id)).all(), (r) => r.nom, (r) => r.prenom)
}

// The queries of one mark, typed by the dozen in a register: prepared once per connection.
const markPlaceholders = and(eq(presences.seanceId, sql.placeholder('seanceId')), eq(presences.enfantId, sql.placeholder('enfantId')))

export function hasPresence(db: Db, seanceId: string, enfantId: string): boolean {
  return preparedQuery(db, 'hasPresence', (d) => d.select({ s: presences.statut }).from(presences).where(markPlaceholders).prepare()).get({ seanceId, enfantId }) !== undefined
}

export function deletePresence(db: Db, seanceId: string, enfantId: string): void {
  preparedQuery(db, 'deletePresence', (d) => d.delete(presences).where(markPlaceholders).prepare()).run({ seanceId, enfantId })
}

/** Sets a child's mark; a new one goes after the others of the register. */
export function writePresence(db: Db, seanceId: string, enfantId: string, statut: string): void {
  const next = preparedQuery(db, 'nextPresencePosition', (d) => d
    .select({ n: sql<number>`coalesce(max(${presences.position}) + 1, 0)` }).from(presences).where(eq(presences.seanceId, sql.placeholder('seanceId'))).prepare()).get({ seanceId })
  preparedQuery(db, 'writePresence', (d) => d
    .insert(presences)
    .values({ seanceId: sql.placeholder('seanceId'), enfantId: sql.placeholder('enfantId'), statut: sql.placeholder('statut'), position: sql.placeholder('position') })
    .onConflictDoUpdate({ target: [presences.seanceId, presences.enfantId], set: { statut: sql`excluded.statut` } })
    .prepare()).run({ seanceId, enfantId, statut, position: Number(next?.n ?? 0) })
}

/** The marks of these séances. */
export function readPresencesOf(db: Db, seanceIds: string[]) {
  return seanceIds.length ? db.select().from(presences).where(inArray(presences.seanceId, seanceIds)).all() : []
}

/** A register's activities and note. */
export function updateSeanceNotes(db: Db, seanceId: string, set: { activites?: string[]; note?: string | null }): void {
  db.update(seances).set(set).where(eq(seances.id, seanceId)).run()
}
