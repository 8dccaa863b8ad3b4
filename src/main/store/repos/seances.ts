import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm'
import type { SeanceResume } from '../../../shared/contract'
import type { Seance } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import { collectifs, presences, seanceIntervenants, seances } from '../schema'
import { compact, groupBy } from './compact'
import { preparedQuery } from './prepared-queries'
import { insertRows, preparedStatement, upsertRow } from './prepared-rows'

export interface SeanceFilter {
  collectifId?: string
  du?: string
  au?: string
  ids?: string[]
}

function where(db: Db, anneeId: string, f: SeanceFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [inArray(seances.collectifId, db.select({ id: collectifs.id }).from(collectifs).where(eq(collectifs.anneeId, anneeId)))]
  if (f.collectifId) parts.push(eq(seances.collectifId, f.collectifId))
  if (f.du) parts.push(gte(seances.date, f.du))
  if (f.au) parts.push(lte(seances.date, f.au))
  if (f.ids) parts.push(inArray(seances.id, f.ids))
  return and(...parts)
}

// The same filter as a subquery: a list of ids could pass SQLite's parameter limit on a large year.
const selectedIds = (db: Db, anneeId: string, f: SeanceFilter) => db.select({ id: seances.id }).from(seances).where(where(db, anneeId, f))

/** Séances of a year with their team, by date, and `marks` for each one's register. */
function readSeancesWith(db: Db, anneeId: string, f: SeanceFilter, marks: (selected: ReturnType<typeof selectedIds>) => Map<string, Seance['presences']>): Seance[] {
  const rows = db.select().from(seances).where(where(db, anneeId, f)).orderBy(asc(seances.date), asc(seances.heureDebut), asc(seances.id)).all()
  if (rows.length === 0) return []
  const selected = selectedIds(db, anneeId, f)
  const team = groupBy(db.select().from(seanceIntervenants).where(inArray(seanceIntervenants.seanceId, selected)).orderBy(asc(seanceIntervenants.position)).all(), (r) => r.seanceId)
  const register = marks(selected)
  return rows.map((r) => {
    const { activites, ...rest } = r
    return {
      ...compact(rest),
      intervenantIds: (team.get(r.id) ?? []).map((t) => t.intervenantId),
      ...(activites ? { activites: activites as Seance['activites'] } : {}),
      presences: register.get(r.id) ?? [],
    } as Seance
  })
}

/** Full séances (who was there, presences) of a year, by date. */
export function readSeances(db: Db, anneeId: string, f: SeanceFilter = {}): Seance[] {
  return readSeancesWith(db, anneeId, f, (selected) => {
    const rows = db.select().from(presences).where(inArray(presences.seanceId, selected)).orderBy(asc(presences.position)).all()
    const bySeance = new Map<string, Seance['presences']>()
    for (const [id, marks] of groupBy(rows, (r) => r.seanceId)) bySeance.set(id, marks.map((p) => ({ enfantId: p.enfantId, statut: p.statut as Seance['presences'][number]['statut'] })))
    return bySeance
  })
}

/** Creates or replaces a séance with its team and its register (statements prepared once: an import writes thousands). */
export function writeSeance(db: Db, s: Seance): void {
  upsertRow(db, seances, {
    id: s.id, collectifId: s.collectifId, date: s.date, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes,
    annulee: s.annulee ?? null, motifAnnulation: s.motifAnnulation ?? null, activites: s.activites ?? null, note: s.note ?? null,
  })
  writeSeanceIntervenants(db, s.id, s.intervenantIds)
  preparedStatement(db, 'DELETE FROM presences WHERE seance_id = ?').run(s.id)
  insertRows(db, presences, s.presences.map((p, position) => ({ seanceId: s.id, enfantId: p.enfantId, statut: p.statut, position })))
}

export function writeSeanceIntervenants(db: Db, seanceId: string, ids: string[]): void {
  preparedStatement(db, 'DELETE FROM seance_intervenants WHERE seance_id = ?').run(seanceId)
  insertRows(db, seanceIntervenants, ids.map((intervenantId, position) => ({ seanceId, intervenantId, position })))
}

/** Séances with their counts, for lists and week views. */
export function readSeanceResumes(db: Db, anneeId: string, f: SeanceFilter = {}): SeanceResume[] {
  const presents = db
    .select({ seanceId: presences.seanceId, presents: sql<number>`sum(${presences.statut} = 'present')`.as('presents'), marques: sql<number>`count(*)`.as('marques') })
    .from(presences)
    .groupBy(presences.seanceId)
    .as('p')
  const team = db.select({ seanceId: seanceIntervenants.seanceId, n: sql<number>`count(*)`.as('n') }).from(seanceIntervenants).groupBy(seanceIntervenants.seanceId).as('t')
  return db
    .select({
      id: seances.id, collectifId: seances.collectifId, date: seances.date, heureDebut: seances.heureDebut, dureeMinutes: seances.dureeMinutes,
      annulee: sql<number>`coalesce(${seances.annulee}, 0)`, motifAnnulation: seances.motifAnnulation,
      nbPresents: sql<number>`coalesce(${presents.presents}, 0)`, nbMarques: sql<number>`coalesce(${presents.marques}, 0)`,
      nbIntervenants: sql<number>`coalesce(${team.n}, 0)`,
    })
    .from(seances)
    .leftJoin(presents, eq(presents.seanceId, seances.id))
    .leftJoin(team, eq(team.seanceId, seances.id))
    .where(where(db, anneeId, f))
    .orderBy(asc(seances.date), asc(seances.heureDebut), asc(seances.id))
    .all()
    .map((r) => ({ ...r, annulee: Boolean(r.annulee), nbPresents: Number(r.nbPresents), nbMarques: Number(r.nbMarques), nbIntervenants: Number(r.nbIntervenants) }))
}

/** A séance with the year and name of its collectif, or undefined. */
export function readSeanceWithCollectif(db: Db, seanceId: string) {
  // Every mark typed reads it: prepared once per connection.
  return preparedQuery(db, 'readSeanceWithCollectif', (d) => d
    .select({ seance: seances, anneeId: collectifs.anneeId, collectifNom: collectifs.nom })
    .from(seances)
    .innerJoin(collectifs, eq(collectifs.id, seances.collectifId))
    .where(eq(seances.id, sql.placeholder('seanceId')))
    .prepare()).get({ seanceId })
}

/** The first séance not cancelled of a collectif between two days, or null. */
export function firstSeanceDate(db: Db, collectifId: string, du: string, au: string): string | null {
  return db
    .select({ date: sql<string | null>`min(${seances.date})` })
    .from(seances)
    .where(and(eq(seances.collectifId, collectifId), gte(seances.date, du), lte(seances.date, au), sql`coalesce(${seances.annulee}, 0) = 0`))
    .get()?.date ?? null
}

/** « date heure » of every séance of a collectif, to tell a slot already planned. */
export function readSeanceSlots(db: Db, collectifId: string): Set<string> {
  return new Set(db.select({ date: seances.date, heure: seances.heureDebut }).from(seances).where(eq(seances.collectifId, collectifId)).all().map((s) => `${s.date} ${s.heure}`))
}

/** The séance of a collectif at that day and time, if any. */
export function seanceAt(db: Db, collectifId: string, date: string, heureDebut: string): string | undefined {
  return db.select({ id: seances.id }).from(seances).where(and(eq(seances.collectifId, collectifId), eq(seances.date, date), eq(seances.heureDebut, heureDebut))).get()?.id
}

/** A new séance (not cancelled) with its team. */
export function insertSeance(db: Db, id: string, team: string[], values: { collectifId: string; date: string; heureDebut: string; dureeMinutes: number }): void {
  db.insert(seances).values({ id, ...values, annulee: false }).run()
  writeSeanceIntervenants(db, id, team)
}

export function updateSeance(db: Db, id: string, values: Partial<Pick<typeof seances.$inferInsert, 'date' | 'heureDebut' | 'dureeMinutes' | 'annulee' | 'motifAnnulation'>>): void {
  db.update(seances).set(values).where(eq(seances.id, id)).run()
}

export function deleteSeance(db: Db, id: string): void {
  db.delete(seances).where(eq(seances.id, id)).run()
}

/** How many séances a collectif has, cancelled ones included. */
export function countSeances(db: Db, collectifId: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(seances).where(eq(seances.collectifId, collectifId)).get()?.n ?? 0
}
