import { formatDateCourteFr, formatDateFr } from '../../shared/calendar/dates'
import { ApiError } from '../../shared/contract/errors'
import { distinctPartners } from '../../shared/domain/partners'
import { TYPE_CONCERTATION_LABELS } from '../../shared/domain/lists'
import type { Concertation } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee, requireExisting, requireNotOtherYear } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { deleteConcertation, etablissementNom, readConcertations, readTerritoryPartners, writeConcertation } from '../store/repos/partenariats'
import { deleteUndoably } from '../undo/delete-undoably'
import type { CallsOf } from '../../shared/contract'
import type { concertationsContract } from '../../shared/contract/concertations'

type ConcertationInput = Omit<Concertation, 'id'> & { id?: string }

/** The same day `months` later (or earlier), clipped to the end of a shorter month. */
function shiftMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/**
 * The days a concertation of the year may fall on. The meeting « en amont » is often held in
 * June or at the very start of September, before the action starts, and the bilan meeting after
 * it ends: a few months either side are the year's, a date further off is a slip of the keyboard.
 */
export function concertationWindow(annee: Pick<AnneeRow, 'debut' | 'fin'>): { du: string; au: string } {
  return { du: shiftMonths(annee.debut, -4), au: shiftMonths(annee.fin, 3) }
}

function requireConcertation(ctx: ServiceContext, annee: AnneeRow, id: string): Concertation {
  const found = readConcertations(ctx.db, annee.id).find((c) => c.id === id)
  if (!found) throw new ApiError({ code: 'not_found', message: 'Concertation introuvable : elle a peut-être été supprimée.' })
  return found
}

/** « la concertation « Réunion bilan » du mardi 16 juin 2026 avec École Jean Moulin », as the undo toast names it. */
function libelle(ctx: ServiceContext, c: Concertation): string {
  const avec = c.avec === 'ecole'
    ? etablissementNom(ctx.db, c.etablissementId ?? '')
    : c.partenaire
  return `la concertation « ${TYPE_CONCERTATION_LABELS[c.type]} » du ${formatDateFr(c.date)}${avec ? ` avec ${avec}` : ''}`
}

/**
 * Checks a concertation and keeps only what its kind uses: a school meeting names an
 * établissement and no partner, a meeting with the territory a partner and no établissement
 * (the form keeps both while the person switches between the two).
 */
function normalise(ctx: ServiceContext, annee: AnneeRow, input: ConcertationInput): Concertation {
  requireNotOtherYear(ctx, 'concertations', input.id, annee, 'cette concertation')
  const { du, au } = concertationWindow(annee)
  if (input.date < du || input.date > au) {
    throw new ApiError({
      code: 'validation', field: 'date',
      message: `date : le ${formatDateCourteFr(input.date)} est trop loin de l'année scolaire ${annee.libelle} ; ses concertations tombent entre le ${formatDateCourteFr(du)} et le ${formatDateCourteFr(au)}`,
    })
  }
  const note = input.note?.trim() || undefined
  const base = { id: input.id ?? ctx.newId(), date: input.date, avec: input.avec, type: input.type, formalise: input.formalise, ...(note ? { note } : {}) }
  if (input.avec === 'ecole') {
    if (!input.etablissementId) {
      throw new ApiError({ code: 'validation', field: 'etablissementId', message: "etablissementId : choisissez l'établissement scolaire rencontré" })
    }
    requireExisting(ctx, 'etablissements', [['etablissementId', input.etablissementId]], 'établissement')
    return { ...base, etablissementId: input.etablissementId }
  }
  const partenaire = input.partenaire?.trim()
  if (!partenaire) {
    throw new ApiError({ code: 'validation', field: 'partenaire', message: 'partenaire : indiquez le partenaire du territoire rencontré (association, mairie, médiathèque…)' })
  }
  return { ...base, partenaire }
}

export const concertationsHandlers: HandlerMap<CallsOf<typeof concertationsContract>> = {
  'concertations.list': (_i, ctx) => readConcertations(ctx.db, requireAnnee(ctx).id),
  'concertations.get': ({ id }, ctx) => requireConcertation(ctx, requireAnnee(ctx), id),
  'concertations.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    const concertation = normalise(ctx, annee, input)
    writeConcertation(ctx.db, annee.id, concertation)
    return requireConcertation(ctx, annee, concertation.id)
  },
  'concertations.supprimer': ({ id }, ctx) => {
    const concertation = requireConcertation(ctx, requireAnnee(ctx), id)
    // Nothing points at a concertation: its own row is all there is to keep.
    return deleteUndoably(ctx, libelle(ctx, concertation), [['concertations', 'id = ?', [id]]], () => deleteConcertation(ctx.db, id))
  },
  'concertations.partenaires': (_i, ctx) => {
    requireAnnee(ctx)
    return distinctPartners(readTerritoryPartners(ctx.db))
  },
}
