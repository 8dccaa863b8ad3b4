import { insertRows, upsertRow } from './prepared-rows'
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Collectif } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import { collectifEtablissements, collectifIntervenants, collectifs, creneaux, inscriptions, seances } from '../schema'
import { groupBy } from './compact'
import { sortFr } from '../../../shared/domain/french-order'

/** The collectifs of a year, in name order, each with its créneaux, schools and usual team. */
export function readCollectifs(db: Db, anneeId: string, onlyId?: string): Collectif[] {
  const rows = db
    .select()
    .from(collectifs)
    .where(onlyId ? and(eq(collectifs.anneeId, anneeId), eq(collectifs.id, onlyId)) : eq(collectifs.anneeId, anneeId))
    .orderBy(asc(collectifs.id))
    .all()
  sortFr(rows, (r) => r.nom)
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const slots = groupBy(db.select().from(creneaux).where(inArray(creneaux.collectifId, ids)).orderBy(asc(creneaux.position)).all(), (r) => r.collectifId)
  const schools = groupBy(db.select().from(collectifEtablissements).where(inArray(collectifEtablissements.collectifId, ids)).orderBy(asc(collectifEtablissements.position)).all(), (r) => r.collectifId)
  const team = groupBy(db.select().from(collectifIntervenants).where(inArray(collectifIntervenants.collectifId, ids)).orderBy(asc(collectifIntervenants.position)).all(), (r) => r.collectifId)
  return rows.map((r) => ({
    id: r.id,
    nom: r.nom,
    niveau: r.niveau as Collectif['niveau'],
    lieuId: r.lieuId,
    etablissementIds: (schools.get(r.id) ?? []).map((s) => s.etablissementId),
    creneaux: (slots.get(r.id) ?? []).map((s) => ({ jour: s.jour, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes })),
    intervenantIds: (team.get(r.id) ?? []).map((t) => t.intervenantId),
  }))
}

/** The year a collectif belongs to, or null when it does not exist. */
export function collectifAnnee(db: Db, id: string): string | null {
  return db.select({ anneeId: collectifs.anneeId }).from(collectifs).where(eq(collectifs.id, id)).get()?.anneeId ?? null
}

/** Creates or replaces a collectif and its lists. */
export function writeCollectif(db: Db, anneeId: string, c: Collectif): void {
  const values = { id: c.id, anneeId, nom: c.nom, niveau: c.niveau, lieuId: c.lieuId }
  upsertRow(db, collectifs, values)
  db.delete(creneaux).where(eq(creneaux.collectifId, c.id)).run()
  db.delete(collectifEtablissements).where(eq(collectifEtablissements.collectifId, c.id)).run()
  db.delete(collectifIntervenants).where(eq(collectifIntervenants.collectifId, c.id)).run()
  insertRows(db, creneaux, c.creneaux.map((s, position) => ({ collectifId: c.id, position, ...s })))
  insertRows(db, collectifEtablissements, c.etablissementIds.map((etablissementId, position) => ({ collectifId: c.id, etablissementId, position })))
  insertRows(db, collectifIntervenants, c.intervenantIds.map((intervenantId, position) => ({ collectifId: c.id, intervenantId, position })))
}

/** Per collectif of a year: children enrolled on `day`, séances planned and held by then (not cancelled). */
export function readCollectifCounts(db: Db, anneeId: string, day: string) {
  const effectifs = new Map(
    db
      .select({ id: inscriptions.collectifId, n: sql<number>`count(distinct ${inscriptions.enfantId})` })
      .from(inscriptions)
      .innerJoin(collectifs, eq(collectifs.id, inscriptions.collectifId))
      .where(and(eq(collectifs.anneeId, anneeId), lte(inscriptions.du, day), or(isNull(inscriptions.au), gte(inscriptions.au, day))))
      .groupBy(inscriptions.collectifId)
      .all()
      .map((r) => [r.id, Number(r.n)]),
  )
  const seanceCounts = new Map(
    db
      .select({
        id: seances.collectifId,
        prevues: sql<number>`count(*)`,
        tenues: sql<number>`sum(${seances.date} <= ${day})`,
      })
      .from(seances)
      .innerJoin(collectifs, eq(collectifs.id, seances.collectifId))
      .where(and(eq(collectifs.anneeId, anneeId), sql`coalesce(${seances.annulee}, 0) = 0`))
      .groupBy(seances.collectifId)
      .all()
      .map((r) => [r.id, { prevues: Number(r.prevues), tenues: Number(r.tenues ?? 0) }]),
  )
  return { effectifs, seanceCounts }
}

export function collectifNom(db: Db, id: string): string | undefined {
  return db.select({ nom: collectifs.nom }).from(collectifs).where(eq(collectifs.id, id)).get()?.nom
}

/** Its séances, registers, créneaux, enrolments and links go with it by ON DELETE CASCADE. */
export function deleteCollectif(db: Db, id: string): void {
  db.delete(collectifs).where(eq(collectifs.id, id)).run()
}
