import { z } from 'zod'
import { concertationSchema } from '../exchange/schema'
import { id } from '../validation/fields'
import { annulationSchema, deleteInput } from './annulation'
import { emptyInput } from './app'
import { call } from './define'
import { withOptionalId } from './referentiels'

export const concertationsContract = {
  /** The concertations of the current school year, by date. */
  'concertations.list': call(emptyInput, z.array(concertationSchema)),
  'concertations.get': call(z.object({ id: id() }), concertationSchema),
  /** A concertation with a school names its établissement, one with the territory its partner; the date falls near the year. */
  'concertations.save': call(withOptionalId(concertationSchema), concertationSchema),
  'concertations.supprimer': call(deleteInput, annulationSchema),
  /** Partner names already entered (every year), for the autocompletion of the next one. */
  'concertations.partenaires': call(emptyInput, z.array(z.string())),
}
