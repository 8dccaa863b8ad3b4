import { z } from 'zod'
import { isoDate } from '../validation/fields'
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

const totalsSchema = z.object({
  libelle: z.string(),
  /** The date the totals are taken at. */
  date: z.string(),
  enfants: z.number().int(),
  seancesTenues: z.number().int(),
  tauxPresence: z.number().min(0).max(1).nullable(),
  actionsParents: z.number().int(),
})

export const comparaisonSchema = z.object({
  courante: totalsSchema,
  /** The year before, read from its archive when it has one; null when the base holds none. */
  precedente: totalsSchema.extend({ archivee: z.boolean() }).nullable(),
  /** 'meme-jour': the previous year as of the same day counted from its start; 'annee-entiere': all of it. */
  mode: z.enum(['meme-jour', 'annee-entiere']),
})
export type Comparaison = z.output<typeof comparaisonSchema>

export const anneesContract = {
  /** The school years of the base, oldest first: the year switcher's choices. */
  'annees.liste': call(emptyInput, z.array(anneeListeeSchema)),
  /** The home screen's comparison of the year (as of the dashboard's date) with the previous one. */
  'tableauDeBord.comparaison': call(z.object({ date: isoDate().optional() }).default({}), comparaisonSchema),
}
