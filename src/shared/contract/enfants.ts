import { z } from 'zod'
import { enfantSchema, inscriptionSchema } from '../exchange/schema'
import { id } from '../validation/fields'
import { call } from './define'
import { withOptionalId } from './referentiels'
import { annulationSchema, deleteInput } from './annulation'

export const enfantsContract = {
  /** Children of the current year's collectifs, and those not enrolled anywhere yet. */
  'enfants.list': call(z.object({ collectifId: id().optional() }).default({}), z.array(enfantSchema), { readOnly: true }),
  'enfants.get': call(z.object({ id: id() }), enfantSchema, { readOnly: true }),
  /** Creates or edits a child; its inscriptions in the current year's collectifs are replaced by those given. */
  'enfants.save': call(withOptionalId(enfantSchema), enfantSchema),
  /** Enrols a child in a collectif from a date. */
  'enfants.enroll': call(inscriptionSchema.safeExtend({ enfantId: id() }), enfantSchema),
  /**
   * With their enrolments and their marks in the registers (the figures of the year change). A
   * family asking for erasure goes through `rgpd.effacer`, which keeps the figures.
   */
  'enfants.supprimer': call(deleteInput, annulationSchema),
}
