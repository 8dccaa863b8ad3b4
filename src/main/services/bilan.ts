import { computeFigures } from '../../shared/bilan/figures'
import type { HandlerMap } from '../api/context'
import { exportDocument } from './echange'

export const bilanHandlers: HandlerMap<'bilan.chiffres'> = {
  'bilan.chiffres': (_input, ctx) => computeFigures(exportDocument(ctx)),
}
