import type { HandlerMap } from '../api/context'
import { exportDocument } from '../reads/year-document'
import { importDocument } from '../writes/import-document'

export const echangeHandlers: HandlerMap<'echange.export' | 'echange.import'> = {
  'echange.export': (_input, ctx) => exportDocument(ctx),
  'echange.import': ({ document }, ctx) => ({ annee: document.anneeScolaire.libelle, nombres: importDocument(ctx, document) }),
}
