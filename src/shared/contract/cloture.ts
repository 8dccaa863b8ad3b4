import { z } from 'zod'
import { emptyInput } from './app'
import { seanceSansRegistreSchema } from './conformite'
import { call } from './define'
import { fichierSchema } from './registres'

const modeleId = z
  .string({ error: (iss) => (iss.input === undefined ? 'choisissez un formulaire' : "l'identifiant du formulaire doit être un texte") })
  .trim()
  .min(1, { error: 'choisissez un formulaire' })
  .max(100, { error: "l'identifiant du formulaire est trop long" })

const travailId = z
  .string({ error: 'un identifiant de préparation est attendu' })
  .trim()
  .min(1, { error: 'un identifiant de préparation est attendu' })
  .max(100, { error: "l'identifiant de préparation est trop long" })

/** An absolute path: the folder is chosen by the coordinator, never guessed from the current folder. */
const dossier = z
  .string({ error: 'le dossier doit être un texte' })
  .trim()
  .min(1, { error: 'indiquez un dossier' })
  .max(1000, { error: 'le chemin est trop long' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), { error: 'indiquez le chemin complet du dossier (par exemple C:\\Users\\…\\Documents ou /home/…)' })

const etatSchema = z.object({ annee: z.string(), clotureeLe: z.string().nullable() })

/** What is still missing before closing: the coordinator may go on anyway. */
export const verificationSchema = z.object({
  annee: z.string(),
  /** The as-of date of the figures (the year's last day, or today while it runs). */
  date: z.string(),
  clotureeLe: z.string().nullable(),
  seancesSansRegistre: z.array(seanceSansRegistreSchema),
  questionsSansReponse: z.array(z.object({ cle: z.string(), libelle: z.string() })),
  aVerifier: z.array(z.object({ cle: z.string(), libelle: z.string(), valeur: z.string() })),
})
export type Verification = z.infer<typeof verificationSchema>

const partieSchema = z.object({ id: z.string(), libelle: z.string(), ms: z.number() })

export const progressionSchema = z.object({
  travailId: z.string(),
  annee: z.string(),
  etat: z.enum(['en_cours', 'termine', 'echec']),
  fait: z.number().int(),
  total: z.number().int(),
  parties: z.array(partieSchema),
  resultat: z
    .object({
      /** null when the folder was made for a download (browser): only the .zip is handed over. */
      dossier: z.string().nullable(),
      zip: z.string().nullable(),
      fichiers: z.array(z.object({ chemin: z.string(), description: z.string(), octets: z.number() })),
      avertissements: z.array(z.string()),
    })
    .nullable(),
  erreur: z.string().nullable(),
})
export type Progression = z.infer<typeof progressionSchema>

const byJob = z.object({ travailId })

export const clotureContract = {
  /** Whether the year worked on is closed, and since when: the banner at the top of the app. */
  'cloture.etat': call(emptyInput, etatSchema),
  /** What is still missing (séances passées sans registre, questions without an answer, blanks à vérifier). */
  'cloture.verifier': call(z.object({ modeleId }), verificationSchema),
  /**
   * Starts building the closing folder (the base is only read): in `dossier` with the .zip beside
   * it, or without one in a temporary folder whose .zip is then downloaded. `pdf: false` leaves out
   * the bilan's PDF conversion.
   */
  'cloture.demarrer': call(
    z.object({ modeleId, dossier: dossier.optional(), pdf: z.boolean({ error: 'pdf : oui ou non (true ou false)' }).default(true) }),
    progressionSchema,
  ),
  'cloture.progression': call(byJob, progressionSchema),
  /** The finished folder's .zip, for a browser's download. */
  'cloture.telecharger': call(byJob, fichierSchema),
  /** Opens the finished folder in the file manager (desktop app); false where the host cannot. */
  'cloture.ouvrirDossier': call(byJob, z.object({ ouvert: z.boolean() })),
  /** Marks the year closed once its folder is built: every write on it is then refused. */
  'cloture.cloturer': call(byJob, etatSchema),
  /** Reopens a closed year (the screen asks first; journaled like every write). */
  'cloture.rouvrir': call(emptyInput, etatSchema),
}
