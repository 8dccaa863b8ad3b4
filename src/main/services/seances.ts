import { and, eq } from 'drizzle-orm'
import { ApiError } from '../../shared/contract/errors'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { planSeances } from '../../shared/seances/plan-seances'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee, requireRow } from '../api/checks'
import type { Collectif } from '../../shared/exchange/schema'
import type { AnneeRow } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readSeanceResumes, writeSeanceIntervenants } from '../store/repos/seances'
import { collectifs, seances } from '../store/schema'
import { deleteUndoably } from '../undo/delete-undoably'
import { requireCollectifOfYear } from './collectifs'
import type { CallsOf } from '../../shared/contract'
import type { seancesContract } from '../../shared/contract/seances'

/** A séance of the current year, with its collectif; a clear error otherwise. */
export function requireSeanceOfYear(ctx: ServiceContext, annee: AnneeRow, seanceId: string) {
  const row = ctx.db
    .select({ seance: seances, anneeId: collectifs.anneeId, collectifNom: collectifs.nom })
    .from(seances)
    .innerJoin(collectifs, eq(collectifs.id, seances.collectifId))
    .where(eq(seances.id, seanceId))
    .get()
  if (!row) throw new ApiError({ code: 'not_found', field: 'seanceId', message: 'Séance introuvable : elle a peut-être été supprimée.' })
  if (row.anneeId !== annee.id) throw new ApiError({ code: 'conflict', field: 'seanceId', message: `Cette séance appartient à une autre année scolaire que ${annee.libelle}.` })
  return row
}

function resume(ctx: ServiceContext, annee: AnneeRow, id: string) {
  return requireRow(readSeanceResumes(ctx.db, annee.id, { ids: [id] })[0], 'Séance')
}

function requireDateInYear(annee: AnneeRow, date: string, field = 'date'): void {
  if (date < annee.debut || date > annee.fin) {
    throw new ApiError({
      code: 'validation', field,
      message: `${field} : le ${formatDateCourteFr(date)} est hors de l'année scolaire ${annee.libelle} (du ${formatDateCourteFr(annee.debut)} au ${formatDateCourteFr(annee.fin)})`,
    })
  }
}

/**
 * A new séance starts with the collectif's usual intervenants ticked in its register: the team is
 * there most weeks, and the coordinator unticks who was absent rather than ticking everyone.
 */
function insertSeance(ctx: ServiceContext, team: string[], values: { collectifId: string; date: string; heureDebut: string; dureeMinutes: number }): string {
  const id = ctx.newId()
  ctx.db.insert(seances).values({ id, ...values, annulee: false }).run()
  writeSeanceIntervenants(ctx.db, id, team)
  return id
}

/**
 * Plans a collectif's séances from its créneaux, from `du` to `au`, minus the zone's school
 * holidays and public holidays of that year; a séance already there (same day and time) is kept.
 * Used by « Planifier les séances » and by the start of the next year.
 */
export function planCollectif(ctx: ServiceContext, annee: AnneeRow, collectif: Collectif, du: string, au: string) {
  const plan = planSeances({ creneaux: collectif.creneaux, du, au, zone: annee.zone, anneeLibelle: annee.libelle })
  const existing = new Set(
    ctx.db.select({ date: seances.date, heure: seances.heureDebut }).from(seances).where(eq(seances.collectifId, collectif.id)).all().map((s) => `${s.date} ${s.heure}`),
  )
  let creees = 0
  let dejaPresentes = 0
  for (const p of plan.prevues) {
    if (existing.has(`${p.date} ${p.heureDebut}`)) {
      dejaPresentes++
      continue
    }
    insertSeance(ctx, collectif.intervenantIds, { collectifId: collectif.id, date: p.date, heureDebut: p.heureDebut, dureeMinutes: p.dureeMinutes })
    creees++
  }
  return { creees, dejaPresentes, ecartees: plan.ecartees, ...(plan.avertissement ? { avertissement: plan.avertissement } : {}) }
}

export const seancesHandlers: HandlerMap<CallsOf<typeof seancesContract>> = {
  'seances.list': (filter, ctx) => readSeanceResumes(ctx.db, requireAnnee(ctx).id, filter),

  'seances.plan': ({ collectifId, du, au }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    requireDateInYear(annee, du, 'du')
    requireDateInYear(annee, au, 'au')
    const collectif = readCollectifs(ctx.db, annee.id, collectifId)[0]
    if (collectif.creneaux.length === 0) {
      throw new ApiError({ code: 'validation', field: 'collectifId', message: "Ce collectif n'a pas encore de créneau : ajoutez ses jours et heures avant de planifier ses séances." })
    }
    return planCollectif(ctx, annee, collectif, du, au)
  },

  'seances.save': ({ id, collectifId, date, heureDebut, dureeMinutes }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    requireDateInYear(annee, date)
    const clash = ctx.db
      .select({ id: seances.id })
      .from(seances)
      .where(and(eq(seances.collectifId, collectifId), eq(seances.date, date), eq(seances.heureDebut, heureDebut)))
      .get()
    if (clash && clash.id !== id) {
      throw new ApiError({ code: 'conflict', field: 'date', message: `date : ce collectif a déjà une séance le ${formatDateCourteFr(date)} à ${heureDebut}` })
    }
    if (id) {
      const current = requireSeanceOfYear(ctx, annee, id)
      if (current.seance.collectifId !== collectifId) throw new ApiError({ code: 'validation', field: 'collectifId', message: "collectifId : une séance ne peut pas changer de collectif" })
      ctx.db.update(seances).set({ date, heureDebut, dureeMinutes }).where(eq(seances.id, id)).run()
      return resume(ctx, annee, id)
    }
    const team = readCollectifs(ctx.db, annee.id, collectifId)[0]?.intervenantIds ?? []
    return resume(ctx, annee, insertSeance(ctx, team, { collectifId, date, heureDebut, dureeMinutes }))
  },

  'seances.cancel': ({ seanceId, motif }, ctx) => {
    const annee = requireAnnee(ctx)
    requireSeanceOfYear(ctx, annee, seanceId)
    ctx.db.update(seances).set({ annulee: true, motifAnnulation: motif.trim() || null }).where(eq(seances.id, seanceId)).run()
    return resume(ctx, annee, seanceId)
  },

  'seances.restore': ({ seanceId }, ctx) => {
    const annee = requireAnnee(ctx)
    requireSeanceOfYear(ctx, annee, seanceId)
    ctx.db.update(seances).set({ annulee: false, motifAnnulation: null }).where(eq(seances.id, seanceId)).run()
    return resume(ctx, annee, seanceId)
  },
  'seances.supprimer': ({ seanceId }, ctx) => {
    const { seance, collectifNom } = requireSeanceOfYear(ctx, requireAnnee(ctx), seanceId)
    // Its register (presences, intervenants) goes with it by ON DELETE CASCADE, captured too.
    return deleteUndoably(ctx, `la séance du ${formatDateCourteFr(seance.date)} (${collectifNom})`, [['seances', 'id = ?', [seanceId]]], () => ctx.db.delete(seances).where(eq(seances.id, seanceId)).run())
  },
}
