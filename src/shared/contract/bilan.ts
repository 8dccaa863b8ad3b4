import { z } from 'zod'
import { REPEATED_KEYS, type Figures, type RepeatedKey } from '../bilan/figures/types'
import { emptyInput } from './app'
import { call } from './define'

const figureValue = z.union([z.number(), z.string(), z.boolean(), z.null()])
const figureRow = z.record(z.string(), figureValue)

/** The figures of the bilan (spec/chiffres.md), in the shape `computeFigures` gives. */
export const figuresSchema = z.object({
  annee: z.string(),
  values: z.record(z.string(), figureValue),
  rows: z.object(Object.fromEntries(REPEATED_KEYS.map((k) => [k, z.array(figureRow)])) as Record<RepeatedKey, z.ZodArray<typeof figureRow>>),
  sources: z.record(z.string(), z.string()),
}) satisfies z.ZodType<Figures>

export const bilanContract = {
  /** The figures of the current year, each with where it comes from. */
  'bilan.chiffres': call(emptyInput, figuresSchema, { readOnly: true }),
}
