import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import type { AnneeRow } from '../store/repos/association'
import { collectifAnnee } from '../store/repos/collectifs'
import { firstSeanceDate, readSeanceWithCollectif } from '../store/repos/seances'

/** The evaluation day of the year: today, clipped to the year's bounds. */
export function referenceDay(ctx: ServiceContext, annee: AnneeRow, date?: string): string {
  const d = date ?? ctx.today()
  return d < annee.debut ? annee.debut : d > annee.fin ? annee.fin : d
}

/** A collectif of the current year, or a clear error. */
export function requireCollectifOfYear(ctx: ServiceContext, annee: AnneeRow, id: string, field = 'collectifId'): void {
  const anneeId = collectifAnnee(ctx.db, id)
  if (anneeId === null) throw new ApiError({ code: 'validation', field, message: `${field} : « ${id} » ne correspond à aucun collectif` })
  if (anneeId !== annee.id) throw new ApiError({ code: 'conflict', field, message: `${field} : ce collectif appartient à une autre année scolaire que ${annee.libelle}` })
}

/**
 * The default first day of an enrolment in a collectif: its first séance not cancelled, else the
 * start of the year. Children are usually enrolled for the whole year once the list is known,
 * often after the first séances were held: today would leave those séances out of their register.
 */
export function debutInscriptions(ctx: ServiceContext, annee: AnneeRow, collectifId: string): string {
  return firstSeanceDate(ctx.db, collectifId, annee.debut, annee.fin) ?? annee.debut
}

/** A séance of the current year, with its collectif; a clear error otherwise. */
export function requireSeanceOfYear(ctx: ServiceContext, annee: AnneeRow, seanceId: string) {
  const row = readSeanceWithCollectif(ctx.db, seanceId)
  if (!row) throw new ApiError({ code: 'not_found', field: 'seanceId', message: 'Séance introuvable : elle a peut-être été supprimée.' })
  if (row.anneeId !== annee.id) throw new ApiError({ code: 'conflict', field: 'seanceId', message: `Cette séance appartient à une autre année scolaire que ${annee.libelle}.` })
  return row
}
