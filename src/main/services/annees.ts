import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { comparableDate, yearTotals } from '../../shared/dashboard/year-comparison'
import { openArchive } from '../years/archive'
import { readAnneesListe, readPreviousAnnee } from '../store/repos/annees'
import { asOfDate } from '../reads/as-of'
import { readComplianceInput } from '../reads/compliance-input'
import type { CallsOf } from '../../shared/contract'
import type { anneesContract } from '../../shared/contract/annees'

/**
 * The year before the one `ctx` reads, as the services would read it: from its frozen copy when
 * archived, else from the live tables. Looked up in the live base: an archive holds no archive.
 */
function previousYearContext(ctx: ServiceContext, debut: string): { ctx: ServiceContext; archivee: boolean } | null {
  const live = ctx.workspace.context()
  const previous = readPreviousAnnee(live.db, debut)
  if (!previous) return null
  const archive = openArchive(live.db, previous.id)
  return { ctx: { ...live, ...(archive ? { db: archive.db, sqlite: archive.sqlite } : {}), annee: previous.libelle }, archivee: archive !== null }
}

export const anneesHandlers: HandlerMap<CallsOf<typeof anneesContract>> = {
  'annees.liste': (_input, ctx) => {
    return readAnneesListe(ctx.sqlite)
  },
  'tableauDeBord.comparaison': ({ date }, ctx) => {
    const annee = requireAnnee(ctx)
    const input = readComplianceInput(ctx)
    const day = asOfDate(ctx, annee, date)
    const courante = { libelle: annee.libelle, date: day, ...yearTotals(input, day) }
    const previous = previousYearContext(ctx, annee.debut)
    if (!previous) return { courante, precedente: null, mode: 'annee-entiere' as const }
    const before = requireAnnee(previous.ctx)
    const { date: then, mode } = comparableDate(annee, before, day)
    return { courante, precedente: { libelle: before.libelle, date: then, archivee: previous.archivee, ...yearTotals(readComplianceInput(previous.ctx), then) }, mode }
  },
}
