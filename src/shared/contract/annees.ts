import { z } from 'zod'
import { emptyInput } from './app'
import { call } from './define'

export const anneeListeeSchema = z.object({
  libelle: z.string(),
  debut: z.string(),
  fin: z.string(),
  /** The year the screens and commands work on by default. */
  courante: z.boolean(),
  /** Frozen when it stopped being the current one (ISO date-time), null otherwise: read from that copy. */
  archiveeLe: z.string().nullable(),
  /** Closed by the coordinator (ISO date-time), null while open. */
  clotureeLe: z.string().nullable(),
})
export type AnneeListee = z.output<typeof anneeListeeSchema>

export const anneesContract = {
  /** The school years of the base, oldest first: the year switcher's choices. */
  'annees.liste': call(emptyInput, z.array(anneeListeeSchema), { readOnly: true }),
}
