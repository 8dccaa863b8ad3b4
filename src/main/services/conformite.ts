import { evaluateCompliance, evaluationDate } from '../../shared/compliance'
import { dashboardData } from '../../shared/dashboard/dashboard-data'
import type { HandlerMap, ServiceContext } from '../api/context'
import { exportDocument } from './echange'

/** The year's snapshot and the date the rules evaluate (today by default, clipped to the year). */
function snapshotAt(ctx: ServiceContext, date: string | undefined) {
  const snapshot = exportDocument(ctx)
  return { snapshot, day: evaluationDate(snapshot, date ?? ctx.today()) }
}

export const conformiteHandlers: HandlerMap<'conformite.evaluer' | 'tableauDeBord.donnees'> = {
  'conformite.evaluer': ({ date }, ctx) => {
    const { snapshot, day } = snapshotAt(ctx, date)
    return { date: day, resultats: evaluateCompliance(snapshot, day) }
  },
  'tableauDeBord.donnees': ({ date }, ctx) => {
    const { snapshot, day } = snapshotAt(ctx, date)
    return { date: day, resultats: evaluateCompliance(snapshot, day), ...dashboardData(snapshot, day) }
  },
}
