import { evaluateCompliance, evaluationDate } from '../../shared/compliance'
import type { HandlerMap } from '../api/context'
import { exportDocument } from './echange'

export const conformiteHandlers: HandlerMap<'conformite.evaluer'> = {
  'conformite.evaluer': ({ date }, ctx) => {
    const snapshot = exportDocument(ctx)
    const day = evaluationDate(snapshot, date ?? ctx.today())
    return { date: day, resultats: evaluateCompliance(snapshot, day) }
  },
}
