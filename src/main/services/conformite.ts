import { evaluateCompliance } from '../../shared/compliance'
import { dashboardData } from '../../shared/dashboard/dashboard-data'
import { seancesSansRegistre } from '../../shared/seances/held'
import type { HandlerMap, ServiceContext } from '../api/context'
import { asOfDate } from '../reads/as-of'
import { enrolledQuartiers, readComplianceInput } from '../reads/compliance-input'
import { parQuartier } from '../../shared/bilan/figures/groupes'
import type { CallsOf } from '../../shared/contract'
import type { conformiteContract, tableauDeBordContract } from '../../shared/contract/conformite'

/** What the rules read of the year and the date they evaluate (today by default, clipped to the year; a chosen date must be in it). */
function snapshotAt(ctx: ServiceContext, date: string | undefined) {
  const snapshot = readComplianceInput(ctx)
  return { snapshot, day: asOfDate(ctx, snapshot.anneeScolaire, date) }
}

export const conformiteHandlers: HandlerMap<CallsOf<typeof conformiteContract | typeof tableauDeBordContract>> = {
  'conformite.evaluer': ({ date }, ctx) => {
    const { snapshot, day } = snapshotAt(ctx, date)
    return { date: day, resultats: evaluateCompliance(snapshot, day), seancesSansRegistre: seancesSansRegistre(snapshot, day) }
  },
  'tableauDeBord.donnees': ({ date }, ctx) => {
    const { snapshot, day } = snapshotAt(ctx, date)
    return { date: day, resultats: evaluateCompliance(snapshot, day), ...dashboardData(snapshot, day), ...parQuartier(enrolledQuartiers(ctx, day)) }
  },
}
