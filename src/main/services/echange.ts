import type { HandlerMap } from '../api/context'
import { exportDocument } from '../reads/year-document'
import { importDocument } from '../writes/import-document'
import type { CallsOf } from '../../shared/contract'
import type { echangeContract } from '../../shared/contract/echange'

export const echangeHandlers: HandlerMap<CallsOf<typeof echangeContract>> = {
  'echange.export': (_input, ctx) => exportDocument(ctx),
  'echange.import': ({ document }, ctx) => ({ annee: document.anneeScolaire.libelle, nombres: importDocument(ctx, document) }),
}
