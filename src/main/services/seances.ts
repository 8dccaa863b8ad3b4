import { ApiError } from '../../shared/contract/errors'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { HandlerMap } from '../api/context'
import { requireAnnee, requireRow } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { deleteSeance, readSeanceResumes, seanceAt, updateSeance } from '../store/repos/seances'
import { deleteUndoably } from '../undo/delete-undoably'
import { requireCollectifOfYear, requireSeanceOfYear } from '../reads/of-year'
import { createSeance, planCollectif } from '../writes/plan-collectif'
import type { ServiceContext } from '../api/context'
import type { CallsOf } from '../../shared/contract'
import type { seancesContract } from '../../shared/contract/seances'

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
    const clash = seanceAt(ctx.db, collectifId, date, heureDebut)
    if (clash !== undefined && clash !== id) {
      throw new ApiError({ code: 'conflict', field: 'date', message: `date : ce collectif a déjà une séance le ${formatDateCourteFr(date)} à ${heureDebut}` })
    }
    if (id) {
      const current = requireSeanceOfYear(ctx, annee, id)
      if (current.seance.collectifId !== collectifId) throw new ApiError({ code: 'validation', field: 'collectifId', message: "collectifId : une séance ne peut pas changer de collectif" })
      updateSeance(ctx.db, id, { date, heureDebut, dureeMinutes })
      return resume(ctx, annee, id)
    }
    const team = readCollectifs(ctx.db, annee.id, collectifId)[0]?.intervenantIds ?? []
    return resume(ctx, annee, createSeance(ctx, team, { collectifId, date, heureDebut, dureeMinutes }))
  },

  'seances.cancel': ({ seanceId, motif }, ctx) => {
    const annee = requireAnnee(ctx)
    requireSeanceOfYear(ctx, annee, seanceId)
    updateSeance(ctx.db, seanceId, { annulee: true, motifAnnulation: motif.trim() || null })
    return resume(ctx, annee, seanceId)
  },

  'seances.restore': ({ seanceId }, ctx) => {
    const annee = requireAnnee(ctx)
    requireSeanceOfYear(ctx, annee, seanceId)
    updateSeance(ctx.db, seanceId, { annulee: false, motifAnnulation: null })
    return resume(ctx, annee, seanceId)
  },
  'seances.supprimer': ({ seanceId }, ctx) => {
    const { seance, collectifNom } = requireSeanceOfYear(ctx, requireAnnee(ctx), seanceId)
    // Its register (presences, intervenants) goes with it by ON DELETE CASCADE, captured too.
    return deleteUndoably(ctx, `la séance du ${formatDateCourteFr(seance.date)} (${collectifNom})`, [['seances', 'id = ?', [seanceId]]], () => deleteSeance(ctx.db, seanceId))
  },
}
