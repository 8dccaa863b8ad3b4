import { z } from 'zod'
import { actionParentsSchema } from '../exchange/schema'
import { id } from '../validation/fields'
import { annulationSchema, deleteInput } from './annulation'
import { emptyInput } from './app'
import { call } from './define'
import { withOptionalId } from './referentiels'

export const actionsParentsContract = {
  /** The actions of the current school year, the most recent first. */
  'actionsParents.list': call(emptyInput, z.array(actionParentsSchema)),
  'actionsParents.get': call(z.object({ id: id() }), actionParentsSchema),
  /** Refused when a collectif is not of the current year, a famille does not exist or the date falls outside the year. */
  'actionsParents.save': call(withOptionalId(actionParentsSchema), actionParentsSchema),
  'actionsParents.supprimer': call(deleteInput, annulationSchema),
}
