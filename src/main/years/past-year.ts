import type { CallName } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { CALL_POLICY } from '../../shared/contract/policy'
import { isAnneeLibelle, pastYearRefusal } from '../../shared/years/past-year'
import { requireAnnee } from '../api/checks'
import type { ServiceContext } from '../api/context'
import { readAnneeByLibelle } from '../store/repos/association'
import { openArchive } from './archive'

/** The year a caller chose (header, IPC message): refused in French when it is not one. */
export function checkChosenYear(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !isAnneeLibelle(value)) {
    throw new ApiError({ code: 'validation', field: 'annee', message: `annee : « ${String(value).slice(0, 20)} » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2024-2025).` })
  }
  return value
}

/**
 * Where a call for the year `ctx.annee` runs. The current year (or none chosen): the live base.
 * A past year: reads run the same handlers on that year's frozen copy when it is archived (the
 * live tables have moved on since: levels, families…), on the live tables otherwise (a base
 * imported with several years); writes are refused, nothing written.
 */
export function contextForYear(name: CallName, ctx: ServiceContext): ServiceContext {
  const { readOnly, baseWide } = CALL_POLICY[name]
  if (ctx.annee === undefined || baseWide) return ctx
  // The first call of a page: a year it kept that this base does not hold (another base opened,
  // a restore) must not stop the app from starting; the page then goes back to the current year.
  if (name === 'app.status' && !readAnneeByLibelle(ctx.db, ctx.annee)) {
    const { annee: _unknown, ...live } = ctx
    return live
  }
  const annee = requireAnnee(ctx)
  const courante = ctx.sqlite.prepare('SELECT courante FROM annees_scolaires WHERE id = ?').pluck().get(annee.id) === 1
  if (courante) return ctx
  if (!readOnly) throw new ApiError({ code: 'conflict', message: pastYearRefusal(annee.libelle) })
  const archive = openArchive(ctx.db, annee.id)
  return archive ? { ...ctx, db: archive.db, sqlite: archive.sqlite } : ctx
}

/** The same for code that reads a year without the dispatcher (the CLI's compliance and bilan). */
export const readContextForYear = (ctx: ServiceContext): ServiceContext => contextForYear('bilan.chiffres', ctx)
