import { ApiError } from '../../shared/contract/errors'
import type { PresenceStatut, StatutIntervenant } from '../../shared/domain/lists'
import { addDays, formatDateCourteFr, mondayOf } from '../../shared/calendar/dates'
import type { CallsOf, Registre } from '../../shared/contract'
import type { registreContract } from '../../shared/contract/seances'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireAnnee, requireExisting } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { collectifNom, readCollectifs } from '../store/repos/collectifs'
import { readSeanceResumes, readSeances, writeSeanceIntervenants } from '../store/repos/seances'
import { deletePresence, hasPresence, readEnfantNames, readEnrolledBetween, readIntervenantRows, readPresencesOf, updateSeanceNotes, writePresence } from '../store/repos/registre'
import { requireCollectifOfYear, requireSeanceOfYear } from '../reads/of-year'

/** Children enrolled in a collectif at some day of [from, to]. */
const enrolledBetween = (ctx: ServiceContext, collectifId: string, from: string, to: string) => readEnrolledBetween(ctx.db, collectifId, from, to)

function readRegistre(ctx: ServiceContext, annee: AnneeRow, seanceId: string): Registre {
  const { seance: row, collectifNom } = requireSeanceOfYear(ctx, annee, seanceId)
  const seance = readSeances(ctx.db, annee.id, { ids: [seanceId] })[0]
  const marks = new Map(seance.presences.map((p) => [p.enfantId, p.statut]))
  const enrolled = enrolledBetween(ctx, row.collectifId, row.date, row.date)
  // A child marked then unenrolled stays visible: the register never hides a recorded mark.
  const marked = seance.presences.filter((p) => !enrolled.some((e) => e.id === p.enfantId)).map((p) => p.enfantId)
  const extra = readEnfantNames(ctx.db, marked)
  const seen = new Set<string>()
  const children = [...enrolled, ...extra].filter((e) => !seen.has(e.id) && seen.add(e.id))
  const team = readCollectifs(ctx.db, annee.id, row.collectifId)[0]?.intervenantIds ?? []
  const everyone = readIntervenantRows(ctx.db)
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
  if (statut === null) {
    deletePresence(ctx.db, seance.id, enfantId)
    return
  }
  if (!hasPresence(ctx.db, seance.id, enfantId) && !enrolledBetween(ctx, seance.collectifId, seance.date, seance.date).some((e) => e.id === enfantId)) {
    throw new ApiError({ code: 'validation', field, message: `${field} : cet enfant n'est pas inscrit dans ce collectif le ${formatDateCourteFr(seance.date)}` })
  }
  writePresence(ctx.db, seance.id, enfantId, statut)
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
      requireExisting(ctx, 'intervenants', listRefs('intervenantIds', intervenantIds), 'intervenant')
      writeSeanceIntervenants(ctx.db, seanceId, intervenantIds)
    }
    const set: { activites?: string[]; note?: string | null } = {}
    if (activites) set.activites = activites
    if (note !== undefined) set.note = note.trim() === '' ? null : note
    if (Object.keys(set).length) updateSeanceNotes(ctx.db, seanceId, set)
    return readRegistre(ctx, annee, seanceId)
  },

  'registre.semaine': ({ collectifId, date }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    const lundi = mondayOf(date)
    const dimanche = addDays(lundi, 6)
    const week = readSeanceResumes(ctx.db, annee.id, { collectifId, du: lundi, au: dimanche })
    const marks = readPresencesOf(ctx.db, week.map((s) => s.id))
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
    const nom = collectifNom(ctx.db, collectifId) ?? ''
    return { collectif: { id: collectifId, nom }, lundi, seances: week, enfants: [...byChild.values()] }
  },
}
