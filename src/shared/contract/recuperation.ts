import { z } from 'zod'
import { emptyInput } from './app'
import { call } from './define'
import { sauvegardeSchema } from './sauvegardes'

export const RAISONS_PROBLEME = ['absente', 'endommagee', 'verrouillee', 'plus_recente', 'incoherente', 'illisible', 'sauvegarde_impossible', 'lecture_seule'] as const

/** Why the database could not be opened at start, and what the coordinator can do. */
export const etatRecuperationSchema = z.object({
  probleme: z.object({ raison: z.enum(RAISONS_PROBLEME), message: z.string() }).nullable(),
  /** The database file, for the coordinator to find it. */
  base: z.string(),
  dossier: z.string(),
  sauvegardes: z.array(sauvegardeSchema),
})
export type EtatRecuperation = z.infer<typeof etatRecuperationSchema>

export const recuperationContract = {
  'recuperation.etat': call(emptyInput, etatRecuperationSchema),
  /** Puts a backup in place of the file that would not open; that file is kept aside, never deleted. */
  'recuperation.restaurer': call(
    z.object({
      fichier: z.string().trim().min(1).max(300).regex(/^[^/\\]+$/, { error: 'choisissez une sauvegarde de la liste' }),
      phrase: z.string().max(1000).optional(),
    }),
    z.object({ copieDeSecurite: z.string().nullable() }),
  ),
  /** Tries to open the file again (another window closed it, the app was updated). */
  'recuperation.reessayer': call(emptyInput, z.object({ ouverte: z.boolean() })),
  /** Only when the file is missing: starts a new, empty database at its place. */
  'recuperation.nouvelleBase': call(emptyInput, z.object({ ouverte: z.boolean() })),
}
