import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../open-database'
import { collectifIntervenants, collectifs, formationIntervenants, intervenants, seanceIntervenants, seances } from '../schema'

/** An intervenant's row, or undefined. */
export function readIntervenantRow(db: Db, id: string) {
  return db.select().from(intervenants).where(eq(intervenants.id, id)).get()
}

/** How many séance registers name this intervenant, and the last one's date. */
export function intervenantInRegisters(db: Db, id: string): { n: number; last: string | null } {
  const named = db
    .select({ n: sql<number>`count(*)`, last: sql<string | null>`max(${seances.date})` })
    .from(seanceIntervenants)
    .innerJoin(seances, eq(seances.id, seanceIntervenants.seanceId))
    .where(eq(seanceIntervenants.intervenantId, id))
    .get()
  return { n: Number(named?.n ?? 0), last: named?.last ?? null }
}

/** The intervenant and their places in collectifs' usual teams and trainings. */
export function deleteIntervenant(db: Db, id: string): void {
  db.delete(collectifIntervenants).where(eq(collectifIntervenants.intervenantId, id)).run()
  db.delete(formationIntervenants).where(eq(formationIntervenants.intervenantId, id)).run()
  db.delete(intervenants).where(eq(intervenants.id, id)).run()
}

/** Per intervenant: held séances of the year (not cancelled, whatever the date) and their minutes. */
export function readIntervenantActivite(db: Db, anneeId: string): Map<string, { seances: number; minutes: number }> {
  const rows = db
    .select({ id: seanceIntervenants.intervenantId, seances: sql<number>`count(*)`, minutes: sql<number>`sum(${seances.dureeMinutes})` })
    .from(seanceIntervenants)
    .innerJoin(seances, eq(seances.id, seanceIntervenants.seanceId))
    .innerJoin(collectifs, eq(collectifs.id, seances.collectifId))
    .where(and(eq(collectifs.anneeId, anneeId), sql`coalesce(${seances.annulee}, 0) = 0`))
    .groupBy(seanceIntervenants.intervenantId)
    .all()
  return new Map(rows.map((r) => [r.id, { seances: Number(r.seances ?? 0), minutes: Number(r.minutes ?? 0) }]))
}
