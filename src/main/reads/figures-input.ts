import type { EchangeDocument } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import { readSeancesForFigures } from '../store/repos/year-seances'
import { readYearDocument } from './year-document'

/**
 * What the bilan's figures read of the year (`computeFigures`), in the exchange document's shape:
 * the year as `exportDocument` gives it, except the registers, whose marks other than « présent »
 * come as unnamed placeholders (the figures count them, never read whose they are), and the
 * written answers, which no figure reads. The same figures as from the full snapshot
 * (`figures-input.test.ts`), without building an object per mark of the year.
 */
export function readFiguresInput(ctx: ServiceContext): EchangeDocument {
  return readYearDocument(ctx, { exporteLe: '', seances: (anneeId) => readSeancesForFigures(ctx.sqlite, anneeId), reponses: () => ({}) })
}
