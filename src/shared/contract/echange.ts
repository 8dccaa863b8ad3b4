import { z } from 'zod'
import { echangeDocumentSchema } from '../exchange/schema'
import { call } from './define'
import { emptyInput } from './app'

export const importResultSchema = z.object({
  annee: z.string(),
  nombres: z.record(z.string(), z.number().int()),
})

export const echangeContract = {
  'echange.export': call(emptyInput, echangeDocumentSchema),
  /** Validated as a whole before anything is written; one transaction. */
  'echange.import': call(z.object({ document: echangeDocumentSchema }), importResultSchema),
}
