import { z } from 'zod'
import { collectifSchema } from '../exchange/schema'
import { id, isoDate } from '../validation/fields'
import { call } from './define'
import { withOptionalId } from './referentiels'
import { annulationSchema, deleteInput } from './annulation'

export const collectifResumeSchema = collectifSchema.extend({
  /** Children enrolled on the reference day. */
  effectif: z.number().int(),
  seancesPrevues: z.number().int(),
  seancesTenues: z.number().int(),
  /** Where a new enrolment starts by default: the first séance not cancelled, else the year's start. */
  debutInscriptions: z.string(),
})
export type CollectifResume = z.output<typeof collectifResumeSchema>

export const collectifsContract = {
  'collectifs.list': call(z.object({ date: isoDate().optional() }).default({}), z.array(collectifResumeSchema)),
  'collectifs.get': call(z.object({ id: id() }), collectifSchema),
  'collectifs.save': call(withOptionalId(collectifSchema), collectifSchema),
  /** With its séances, their registers and its enrolments; all of it comes back on undo. */
  'collectifs.supprimer': call(deleteInput, annulationSchema),
}
