import { z } from 'zod'
import { formationSchema } from '../exchange/schema'
import { id, isoDate } from '../validation/fields'
import { annulationSchema, deleteInput } from './annulation'
import { emptyInput } from './app'
import { call } from './define'
import { withOptionalId } from './referentiels'

/** What the registers of the current year say about one intervenant (held séances only). */
export const activiteIntervenantSchema = z.object({
  intervenantId: id(),
  /** Held séances of the year whose register names them. */
  seances: z.number().int(),
  /** Decimal hours of those séances (1 h 30 = 1.5). */
  heures: z.number(),
})
export type ActiviteIntervenant = z.output<typeof activiteIntervenantSchema>

/** A training entered from the screen: at least one date, each once. */
export const formationSaveSchema = withOptionalId(formationSchema).extend({
  dates: z
    .array(isoDate(), { error: 'les dates doivent être une liste' })
    .min(1, { error: 'indiquez au moins une date de formation' })
    .max(60, { error: 'au plus 60 dates par formation' })
    .refine((d) => new Set(d).size === d.length, { error: 'la même date est indiquée deux fois' }),
})

export const equipeContract = {
  /** Refused while a séance's register names the person; otherwise also removes them from collectifs and trainings. */
  'intervenants.supprimer': call(deleteInput, annulationSchema),
  /** For every intervenant: séances led this year and their hours, from the registers. */
  'intervenants.activite': call(emptyInput, z.array(activiteIntervenantSchema)),
  /** The trainings of the current school year, in date order. */
  'formations.list': call(emptyInput, z.array(formationSchema)),
  /** Refused when a participant does not exist or a date is far from the school year. */
  'formations.save': call(formationSaveSchema, formationSchema),
  'formations.supprimer': call(deleteInput, annulationSchema),
}
