import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm'
import type { SeanceResume } from '../../../shared/contract'
import type { Seance } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import { collectifs, presences, seanceIntervenants, seances } from '../schema'
import { chunks, compact, groupBy } from './compact'

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

/** Full séances (who was there, presences) of a year, by date. */
export function readSeances(db: Db, anneeId: string, f: SeanceFilter = {}): Seance[] {
  const rows = db.select().from(seances).where(where(db, anneeId, f)).orderBy(asc(seances.date), asc(seances.heureDebut), asc(seances.id)).all()
  if (rows.length === 0) return []
  // The same filter as a subquery: a list of ids could pass SQLite's parameter limit on a large year.
  const selected = db.select({ id: seances.id }).from(seances).where(where(db, anneeId, f))
  const team = groupBy(db.select().from(seanceIntervenants).where(inArray(seanceIntervenants.seanceId, selected)).orderBy(asc(seanceIntervenants.position)).all(), (r) => r.seanceId)
  const marks = groupBy(db.select().from(presences).where(inArray(presences.seanceId, selected)).orderBy(asc(presences.position)).all(), (r) => r.seanceId)
  return rows.map((r) => {
    const { activites, ...rest } = r
    return {
      ...compact(rest),
      intervenantIds: (team.get(r.id) ?? []).map((t) => t.intervenantId),
      ...(activites ? { activites: activites as Seance['activites'] } : {}),
      presences: (marks.get(r.id) ?? []).map((p) => ({ enfantId: p.enfantId, statut: p.statut as Seance['presences'][number]['statut'] })),
    } as Seance
  })
}

/** Creates or replaces a séance with its team and its register. */
export function writeSeance(db: Db, s: Seance): void {
  const values = {
    id: s.id, collectifId: s.collectifId, date: s.date, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes,
    annulee: s.annulee ?? null, motifAnnulation: s.motifAnnulation ?? null, activites: s.activites ?? null, note: s.note ?? null,
  }
  db.insert(seances).values(values).onConflictDoUpdate({ target: seances.id, set: values }).run()
  writeSeanceIntervenants(db, s.id, s.intervenantIds)
  db.delete(presences).where(eq(presences.seanceId, s.id)).run()
  for (const part of chunks(s.presences.map((p, position) => ({ seanceId: s.id, enfantId: p.enfantId, statut: p.statut, position })))) {
    db.insert(presences).values(part).run()
  }
}

export function writeSeanceIntervenants(db: Db, seanceId: string, ids: string[]): void {
  db.delete(seanceIntervenants).where(eq(seanceIntervenants.seanceId, seanceId)).run()
  if (ids.length) db.insert(seanceIntervenants).values(ids.map((intervenantId, position) => ({ seanceId, intervenantId, position }))).run()
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
