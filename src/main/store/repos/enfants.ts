import { insertRows, preparedStatement, upsertRow } from './prepared-rows'
import { and, asc, eq, inArray, notExists, or, sql } from 'drizzle-orm'
import type { Enfant, Inscription } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import { collectifs, enfants, inscriptions } from '../schema'
import { compact, groupBy } from './compact'
import { sortFr } from '../../../shared/domain/french-order'

const yearCollectifs = (db: Db, anneeId: string) => db.select({ id: collectifs.id }).from(collectifs).where(eq(collectifs.anneeId, anneeId))

/**
 * The children of a year: those enrolled in one of its collectifs, and those not enrolled
 * anywhere yet (just created). Their inscriptions are those of that year only.
 */
export function readEnfants(db: Db, anneeId: string, filter: { collectifId?: string; id?: string } = {}): Enfant[] {
  const inYear = inArray(inscriptions.collectifId, yearCollectifs(db, anneeId))
  const enrolledInYear = db.select({ id: inscriptions.enfantId }).from(inscriptions).where(filter.collectifId ? eq(inscriptions.collectifId, filter.collectifId) : inYear)
  const neverEnrolled = notExists(db.select({ one: sql`1` }).from(inscriptions).where(eq(inscriptions.enfantId, enfants.id)))
  const scope = filter.collectifId ? inArray(enfants.id, enrolledInYear) : or(inArray(enfants.id, enrolledInYear), neverEnrolled)
  const rows = db
    .select()
    .from(enfants)
    .where(filter.id ? and(eq(enfants.id, filter.id), scope) : scope)
    .orderBy(asc(enfants.id))
    .all()
  sortFr(rows, (r) => r.nom, (r) => r.prenom)
  if (rows.length === 0) return []
  const byChild = groupBy(
    db.select().from(inscriptions).where(and(inYear, inArray(inscriptions.enfantId, rows.map((r) => r.id)))).orderBy(asc(inscriptions.du), asc(inscriptions.collectifId)).all(),
    (r) => r.enfantId,
  )
  return rows.map((r) => {
    const { situations, ...rest } = r
    return {
      ...compact(rest),
      ...(situations ? { situations } : {}),
      inscriptions: (byChild.get(r.id) ?? []).map((i) => compact({ collectifId: i.collectifId, du: i.du, au: i.au })),
    } as Enfant
  })
}

/** Creates or replaces a child; its inscriptions in this year's collectifs become those given. */
export function writeEnfant(db: Db, anneeId: string, e: Enfant, newId: () => string): void {
  const values = {
    id: e.id, prenom: e.prenom, nom: e.nom, dateNaissance: e.dateNaissance ?? null, sexe: e.sexe ?? null, niveau: e.niveau,
    etablissementId: e.etablissementId ?? null, familleId: e.familleId ?? null, origineInscription: e.origineInscription ?? null,
    situations: e.situations ?? null,
  }
  upsertRow(db, enfants, values)
  replaceInscriptions(db, anneeId, e.id, e.inscriptions, newId)
}

const DELETE_YEAR_INSCRIPTIONS = 'DELETE FROM inscriptions WHERE enfant_id = ? AND collectif_id IN (SELECT id FROM collectifs WHERE annee_id = ?)'

export function replaceInscriptions(db: Db, anneeId: string, enfantId: string, list: Inscription[], newId: () => string): void {
  preparedStatement(db, DELETE_YEAR_INSCRIPTIONS).run(enfantId, anneeId)
  insertRows(db, inscriptions, list.map((i) => ({ id: newId(), enfantId, collectifId: i.collectifId, du: i.du, au: i.au ?? null })))
}

export function enfantExists(db: Db, id: string): boolean {
  return db.select({ id: enfants.id }).from(enfants).where(eq(enfants.id, id)).get() !== undefined
}

/** The enrolments in a collectif of some children (all years). */
export function readInscriptionsIn(db: Db, collectifId: string, enfantIds: string[]): { enfantId: string; collectifId: string; du: string; au: string | null }[] {
  return db
    .select({ enfantId: inscriptions.enfantId, collectifId: inscriptions.collectifId, du: inscriptions.du, au: inscriptions.au })
    .from(inscriptions)
    .where(and(eq(inscriptions.collectifId, collectifId), inArray(inscriptions.enfantId, enfantIds)))
    .all()
}

export function insertInscription(db: Db, values: { id: string; enfantId: string; collectifId: string; du: string; au: string | null }): void {
  db.insert(inscriptions).values(values).run()
}

/** Enrolments and register marks go with the child by ON DELETE CASCADE. */
export function deleteEnfant(db: Db, id: string): void {
  db.delete(enfants).where(eq(enfants.id, id)).run()
}

/** Every child of the database, whatever the year: names and birth date, to recognise them in a list. */
export function readEnfantIdentities(db: Db): { id: string; nom: string; prenom: string; dateNaissance: string | null }[] {
  return db.select({ id: enfants.id, nom: enfants.nom, prenom: enfants.prenom, dateNaissance: enfants.dateNaissance }).from(enfants).all()
}
