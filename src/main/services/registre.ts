import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import { ApiError } from '../../shared/contract/errors'
import type { PresenceStatut, StatutIntervenant } from '../../shared/domain/lists'
import { addDays, formatDateCourteFr, mondayOf } from '../../shared/calendar/dates'
import type { CallsOf, Registre } from '../../shared/contract'
import type { registreContract } from '../../shared/contract/seances'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireAnnee, requireExisting } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readSeanceResumes, readSeances, writeSeanceIntervenants } from '../store/repos/seances'
import { collectifs, enfants, inscriptions, intervenants, presences, seances } from '../store/schema'
import { requireCollectifOfYear } from './collectifs'
import { requireSeanceOfYear } from './seances'
import { sortFr } from '../../shared/domain/french-order'

/** Children enrolled in a collectif at some day of [from, to]. */
function enrolledBetween(ctx: ServiceContext, collectifId: string, from: string, to: string) {
  const rows = ctx.db
    .selectDistinct({ id: enfants.id, prenom: enfants.prenom, nom: enfants.nom, niveau: enfants.niveau, du: inscriptions.du, au: inscriptions.au })
    .from(inscriptions)
    .innerJoin(enfants, eq(enfants.id, inscriptions.enfantId))
    .where(and(eq(inscriptions.collectifId, collectifId), lte(inscriptions.du, to), or(isNull(inscriptions.au), gte(inscriptions.au, from))))
    .orderBy(asc(enfants.id))
    .all()
  return sortFr(rows, (r) => r.nom, (r) => r.prenom)
}

function readRegistre(ctx: ServiceContext, annee: AnneeRow, seanceId: string): Registre {
  const { seance: row, collectifNom } = requireSeanceOfYear(ctx, annee, seanceId)
  const seance = readSeances(ctx.db, annee.id, { ids: [seanceId] })[0]
  const marks = new Map(seance.presences.map((p) => [p.enfantId, p.statut]))
  const enrolled = enrolledBetween(ctx, row.collectifId, row.date, row.date)
  // A child marked then unenrolled stays visible: the register never hides a recorded mark.
  const marked = seance.presences.filter((p) => !enrolled.some((e) => e.id === p.enfantId)).map((p) => p.enfantId)
  const extra = marked.length ? ctx.db.select({ id: enfants.id, prenom: enfants.prenom, nom: enfants.nom, niveau: enfants.niveau }).from(enfants).where(inArray(enfants.id, marked)).all() : []
  const seen = new Set<string>()
  const children = [...enrolled, ...extra].filter((e) => !seen.has(e.id) && seen.add(e.id))
  const team = readCollectifs(ctx.db, annee.id, row.collectifId)[0]?.intervenantIds ?? []
  const everyone = sortFr(ctx.db.select().from(intervenants).orderBy(asc(intervenants.id)).all(), (r) => r.nom, (r) => r.prenom)
  const present = new Set(seance.intervenantIds)
  const rank = (id: string) => (team.includes(id) ? team.indexOf(id) : present.has(id) ? 1000 : 2000)
  return {
    seance,
    collectif: { id: row.collectifId, nom: collectifNom },
    enfants: children.map((e) => ({ id: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau, statut: marks.get(e.id) ?? null })),
    intervenants: everyone
      .map((i) => ({ id: i.id, prenom: i.prenom, nom: i.nom, statut: i.statut as StatutIntervenant, habituel: team.includes(i.id), present: present.has(i.id) }))
      .sort((a, b) => rank(a.id) - rank(b.id)),
  }
}

/** A séance that can take marks: of the current year and not cancelled. */
function openSeance(ctx: ServiceContext, annee: AnneeRow, seanceId: string) {
  const { seance } = requireSeanceOfYear(ctx, annee, seanceId)
  if (seance.annulee) throw new ApiError({ code: 'conflict', field: 'seanceId', message: 'Cette séance est annulée : rétablissez-la avant de saisir les présences.' })
  return seance
}

/** Records one child's mark (null clears it); only a child enrolled that day can get a new one. */
function markPresence(ctx: ServiceContext, seance: { id: string; collectifId: string; date: string }, enfantId: string, statut: PresenceStatut | null, field: string): void {
  const key = and(eq(presences.seanceId, seance.id), eq(presences.enfantId, enfantId))
  if (statut === null) {
    ctx.db.delete(presences).where(key).run()
    return
  }
  const already = ctx.db.select({ s: presences.statut }).from(presences).where(key).get()
  if (!already && !enrolledBetween(ctx, seance.collectifId, seance.date, seance.date).some((e) => e.id === enfantId)) {
    throw new ApiError({ code: 'validation', field, message: `${field} : cet enfant n'est pas inscrit dans ce collectif le ${formatDateCourteFr(seance.date)}` })
  }
  const next = ctx.db.select({ n: sql<number>`coalesce(max(${presences.position}) + 1, 0)` }).from(presences).where(eq(presences.seanceId, seance.id)).get()
  ctx.db
    .insert(presences)
    .values({ seanceId: seance.id, enfantId, statut, position: Number(next?.n ?? 0) })
    .onConflictDoUpdate({ target: [presences.seanceId, presences.enfantId], set: { statut } })
    .run()
}

export const registreHandlers: HandlerMap<CallsOf<typeof registreContract>> = {
  'registre.get': ({ seanceId }, ctx) => readRegistre(ctx, requireAnnee(ctx), seanceId),

  'registre.setPresence': ({ seanceId, enfantId, statut }, ctx) => {
    const annee = requireAnnee(ctx)
    markPresence(ctx, openSeance(ctx, annee, seanceId), enfantId, statut, 'enfantId')
    return { seanceId, enfantId, statut }
  },

  'registre.setPresences': ({ seanceId, marks }, ctx) => {
    const annee = requireAnnee(ctx)
    const seance = openSeance(ctx, annee, seanceId)
    marks.forEach((m, i) => markPresence(ctx, seance, m.enfantId, m.statut, `marks[${i}].enfantId`))
    return { seanceId, marks }
  },

  'registre.update': ({ seanceId, intervenantIds, activites, note }, ctx) => {
    const annee = requireAnnee(ctx)
    requireSeanceOfYear(ctx, annee, seanceId)
    if (intervenantIds) {
      requireExisting(ctx, intervenants, intervenants.id, listRefs('intervenantIds', intervenantIds), 'intervenant')
      writeSeanceIntervenants(ctx.db, seanceId, intervenantIds)
    }
    const set: { activites?: string[]; note?: string | null } = {}
    if (activites) set.activites = activites
    if (note !== undefined) set.note = note.trim() === '' ? null : note
    if (Object.keys(set).length) ctx.db.update(seances).set(set).where(eq(seances.id, seanceId)).run()
    return readRegistre(ctx, annee, seanceId)
  },

  'registre.semaine': ({ collectifId, date }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    const lundi = mondayOf(date)
    const dimanche = addDays(lundi, 6)
    const week = readSeanceResumes(ctx.db, annee.id, { collectifId, du: lundi, au: dimanche })
    const marks = week.length
      ? ctx.db.select().from(presences).where(inArray(presences.seanceId, week.map((s) => s.id))).all()
      : []
    const mark = new Map(marks.map((m) => [`${m.seanceId} ${m.enfantId}`, m.statut as PresenceStatut]))
    const rows = enrolledBetween(ctx, collectifId, lundi, dimanche)
    const byChild = new Map<string, { id: string; prenom: string; nom: string; statuts: Record<string, PresenceStatut | null> }>()
    for (const r of rows) {
      const child = byChild.get(r.id) ?? { id: r.id, prenom: r.prenom, nom: r.nom, statuts: {} }
      for (const s of week) {
        const enrolled = r.du <= s.date && (r.au === null || s.date <= r.au)
        const m = mark.get(`${s.id} ${r.id}`)
        if (enrolled || m) child.statuts[s.id] = m ?? null
      }
      byChild.set(r.id, child)
    }
    const nom = ctx.db.select({ nom: collectifs.nom }).from(collectifs).where(eq(collectifs.id, collectifId)).get()?.nom ?? ''
    return { collectif: { id: collectifId, nom }, lundi, seances: week, enfants: [...byChild.values()] }
  },
}
