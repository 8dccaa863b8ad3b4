import { z } from 'zod'
import { isoDate } from '../validation/fields'
import { call } from './define'

/** One result of the compliance rules, in the shape of spec/conformite.md. */
export const complianceResultSchema = z.object({
  regle: z.string(),
  collectifId: z.string().optional(),
  statut: z.enum(['conforme', 'non_conforme', 'alerte', 'sans_objet']),
  mesure: z.number().optional(),
  seuil: z.number().optional(),
  /** R4 only: weeks expected at 15 June at the current rhythm. */
  prevision: z.number().optional(),
  message: z.string(),
})

export const conformiteContract = {
  /** The référentiel's rules on the current year at a date (default today, clipped to the year). */
  'conformite.evaluer': call(
    z.object({ date: isoDate().optional() }).default({}),
    z.object({ date: z.string(), resultats: z.array(complianceResultSchema) }),
    { readOnly: true },
  ),
}
