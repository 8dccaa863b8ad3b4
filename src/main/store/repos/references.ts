import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../open-database'
import { actionsParents, collectifs, concertations, enfants, etablissements, familles, formations, intervenants, lieux } from '../schema'

/** The tables a call's input may name rows of by id (`requireExisting`). */
const BY_ID = { collectifs, enfants, etablissements, familles, intervenants, lieux } as const
export type IdTable = keyof typeof BY_ID

/** Which of these ids have a row in the table. */
export function existingIds(db: Db, table: IdTable, ids: string[]): Set<string> {
  const t = BY_ID[table]
  return new Set(db.select({ id: t.id }).from(t).where(inArray(t.id, ids)).all().map((r) => r.id))
}

/** The per-year tables a save may name an existing row of (`requireNotOtherYear`). */
const OF_YEAR = { actionsParents, concertations, formations } as const
export type YearTable = keyof typeof OF_YEAR

/** The year a row belongs to, or undefined when there is no such row. */
export function anneeOfRow(db: Db, table: YearTable, id: string): string | undefined {
  const t = OF_YEAR[table]
  return db.select({ anneeId: t.anneeId }).from(t).where(eq(t.id, id)).get()?.anneeId
}
