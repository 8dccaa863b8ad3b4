import { z } from 'zod'
import { enfantSchema, inscriptionSchema } from '../exchange/schema'
import { id, ids, isoDate } from '../validation/fields'
import { call } from './define'
import { withOptionalId } from './referentiels'
import { annulationSchema, deleteInput } from './annulation'

export const enfantsContract = {
  /** Children of the current year's collectifs, and those not enrolled anywhere yet. */
  'enfants.list': call(z.object({ collectifId: id().optional() }).default({}), z.array(enfantSchema)),
  'enfants.get': call(z.object({ id: id() }), enfantSchema),
  /** Creates or edits a child; its inscriptions in the current year's collectifs are replaced by those given. */
  'enfants.save': call(withOptionalId(enfantSchema), enfantSchema),
  /** Enrols a child in a collectif from a date. */
  'enfants.enroll': call(inscriptionSchema.safeExtend({ enfantId: id() }), enfantSchema),
  /**
   * Enrols several children in one collectif at once, from `du` (default: the collectif's first
   * séance, else the start of the year). A child already enrolled there over those days is left
   * as is and counted in `dejaInscrits`.
   */
  'enfants.inscrirePlusieurs': call(
    z
      .object({
        collectifId: id(),
        enfantIds: ids('les enfants').min(1, { error: 'choisissez au moins un enfant' }).max(500, { error: 'au plus 500 enfants à la fois' }),
        du: isoDate().optional(),
        au: isoDate().optional(),
      })
      .refine((i) => i.au === undefined || i.du === undefined || i.du <= i.au, { error: "la fin de l'inscription précède son début", path: ['au'] }),
    z.object({ inscrits: z.number().int(), dejaInscrits: z.number().int(), du: z.string() }),
  ),
  /**
   * With their enrolments and their marks in the registers (the figures of the year change). A
   * family asking for erasure goes through `rgpd.effacer`, which keeps the figures.
   */
  'enfants.supprimer': call(deleteInput, annulationSchema),
}
