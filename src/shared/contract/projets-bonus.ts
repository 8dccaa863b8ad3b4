import { z } from 'zod'
import { projetBonusSchema } from '../exchange/schema'
import { annulationSchema, deleteInput } from './annulation'
import { emptyInput } from './app'
import { call } from './define'
import { withOptionalId } from './referentiels'

export const projetsBonusContract = {
  /** The bonus projects of the current year, with their collectifs and expenses. */
  'projetsBonus.list': call(emptyInput, z.array(projetBonusSchema)),
  /** Creates or replaces a project; its collectifs must be of the current year. */
  'projetsBonus.save': call(withOptionalId(projetBonusSchema), projetBonusSchema),
  /** Deletes a project and its expenses, for a while undoable. */
  'projetsBonus.supprimer': call(deleteInput, annulationSchema),
}
