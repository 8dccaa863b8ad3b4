import { z } from 'zod'
import { emptyInput } from './app'
import { call } from './define'

export const sauvegardeSchema = z.object({
  fichier: z.string(),
  /** When it was taken (ISO, local time read from its name). */
  date: z.string(),
  raison: z.enum(['demarrage', 'quotidienne', 'import', 'migration', 'restauration', 'manuelle']),
  chiffree: z.boolean(),
  octets: z.number(),
})

export const etatSauvegardesSchema = z.object({
  /** False when this host takes no backups (tests without settings). */
  actives: z.boolean(),
  /** The folder backups go to now. */
  dossier: z.string(),
  dossierParDefaut: z.boolean(),
  /** The folder looks like a USB key or a network share: copies leave the laptop. */
  amovible: z.boolean(),
  chiffrement: z.boolean(),
  demo: z.boolean(),
  /** The backups of this database in the folder, newest first (at most 60). */
  sauvegardes: z.array(sauvegardeSchema),
})
export type EtatSauvegardes = z.infer<typeof etatSauvegardesSchema>

/** A passphrase shorter than this is refused: a short phrase is easier to remember than a password, and harder to guess. */
export const MIN_PASSPHRASE_LENGTH = 12

const chemin = z.string({ error: 'le dossier doit être un texte' }).trim().min(1, { error: 'indiquez un dossier' }).max(1000, { error: 'le chemin est trop long' })

export const sauvegardesContract = {
  'sauvegardes.etat': call(emptyInput, etatSauvegardesSchema),
  /** null: back to the default folder in the user's data folder. */
  'sauvegardes.choisirDossier': call(z.object({ dossier: chemin.nullable() }), etatSauvegardesSchema),
  /** Every backup from now on is encrypted with this passphrase (never stored; only a derived key). */
  'sauvegardes.definirPhrase': call(
    z.object({
      phrase: z.string().min(MIN_PASSPHRASE_LENGTH, { error: `la phrase de passe doit compter au moins ${MIN_PASSPHRASE_LENGTH} caractères (une courte phrase facile à retenir convient)` }).max(1000),
      confirmation: z.string().max(1000),
    }).refine((p) => p.phrase === p.confirmation, { error: 'les deux saisies de la phrase de passe diffèrent', path: ['confirmation'] }),
    etatSauvegardesSchema,
  ),
  /** A backup now, in the folder, with the rotation. Writes no row: runs outside any transaction. */
  'sauvegardes.maintenant': call(emptyInput, z.object({ fichier: z.string() })),
  /**
   * A checked copy of the base (encrypted when a passphrase is set), as bytes: `clas backup --out
   * FICHIER` writes them where the person asked. The destination never reaches the dispatcher, so
   * no caller can have a file written anywhere; and only the command line may make this call
   * (refused to the windows and the browser: the whole base, accounts included, is not theirs to
   * download).
   */
  'sauvegardes.copie': call(emptyInput, z.object({ base64: z.string(), chiffree: z.boolean() })),
  /**
   * Replaces the database by one of the folder's backups (the current file is kept first). The
   * passphrase is needed only for an encrypted backup.
   */
  'sauvegardes.restaurer': call(
    z.object({
      // A name from the backup folder's list, never a path.
      fichier: z.string().trim().min(1).max(300).regex(/^[^/\\]+$/, { error: 'choisissez une sauvegarde de la liste' }).refine((f) => f !== '.' && f !== '..', { error: 'choisissez une sauvegarde de la liste' }),
      phrase: z.string().max(1000).optional(),
    }),
    z.object({ copieDeSecurite: z.string().nullable(), /** Updates of the database's structure the backup lacked, applied as it opened. */ miseAJour: z.number() }),
  ),
}
