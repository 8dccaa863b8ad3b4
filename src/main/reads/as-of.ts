import { formatDateCourteFr } from '../../shared/calendar/dates'
import { evaluationDate } from '../../shared/compliance'
import { ApiError } from '../../shared/contract/errors'
import type { AnneeScolaire } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'

/**
 * The date D the figures and the rules are taken at (spec/chiffres.md): the date chosen, which
 * must fall within the school year; by default today while the year runs, its first day before
 * it starts, its last day once it is over.
 */
export function asOfDate(ctx: ServiceContext, annee: Pick<AnneeScolaire, 'libelle' | 'debut' | 'fin'>, chosen: string | undefined): string {
  const { libelle, debut, fin } = annee
  if (chosen === undefined) return evaluationDate({ anneeScolaire: annee }, ctx.today())
  if (chosen < debut || chosen > fin) {
    throw new ApiError({
      code: 'validation', field: 'date',
      message: `date : le ${formatDateCourteFr(chosen)} est hors de l'année scolaire ${libelle} (du ${formatDateCourteFr(debut)} au ${formatDateCourteFr(fin)}) : choisissez une date de l'année.`,
    })
  }
  return chosen
}
