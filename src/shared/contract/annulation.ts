import { z } from 'zod'
import { call } from './define'

/** What a deletion answers: the token that undoes it for a while, and what was deleted, in French. */
export const annulationSchema = z.object({
  jeton: z.string(),
  /** « la famille Diallo », shown as « La famille Diallo a été supprimée. » */
  libelle: z.string(),
  expireLe: z.string(),
})
export type Annulation = z.infer<typeof annulationSchema>

/** The input of every `*.supprimer` call. */
export const deleteInput = z.object({ id: z.string().trim().min(1).max(200) })

export const annulationContract = {
  /** Puts back what a recent deletion removed. */
  'annulation.annuler': call(z.object({ jeton: z.string().trim().min(1).max(100) }), z.object({ libelle: z.string() })),
}
