import { z } from 'zod'
import { ROLES, secretProblem, SECRET_MAX, TYPES_SECRET } from '../access/secret-rules'
import { entier, id, ids, texte, valeurParmi } from '../validation/fields'
import { annulationSchema, deleteInput } from './annulation'
import { call } from './define'

/*
 * Accounts, sessions and the journal are local to this laptop: they are not part of the
 * exchange format (spec/echange-v1.md) and never leave the file.
 */

/** A person logged in: what the renderer needs to show or hide what the role allows. */
export const compteCourantSchema = z.object({
  id: z.string(),
  nom: z.string(),
  role: z.enum(ROLES),
  /** The collectifs a bénévole may write the séances and registers of; empty for a coordinator. */
  collectifIds: z.array(z.string()),
})
export type CompteCourant = z.output<typeof compteCourantSchema>

export const sessionEtatSchema = z.object({
  /** At least one account exists: every call needs an open session. */
  protege: z.boolean(),
  compte: compteCourantSchema.nullable(),
  /**
   * The active accounts, for the lock screen's buttons: names and kind of secret only. Empty for a
   * caller on another machine of the network, who types a name instead.
   */
  comptes: z.array(z.object({ id: z.string(), nom: z.string(), type: z.enum(TYPES_SECRET) })),
  /**
   * What this session may do, from the main process's rules (access/permissions.ts), so that the
   * screens offer only that: the calls allowed whatever their input, and the collectifs whose
   * séances and registers it may write (null: every one).
   */
  droits: z.object({ appels: z.array(z.string()), collectifs: z.array(z.string()).nullable() }),
})
export type SessionEtat = z.output<typeof sessionEtatSchema>

export const compteSchema = z.object({
  id: z.string(),
  nom: z.string(),
  role: z.enum(ROLES),
  type: z.enum(TYPES_SECRET),
  actif: z.boolean(),
  collectifIds: z.array(z.string()),
  /** Locked after failed attempts until this instant (ISO); null when it opens. */
  bloqueJusquA: z.string().nullable(),
})
export type Compte = z.output<typeof compteSchema>

const nomCompte = () => texte('le nom', 60)
const secretTexte = () => z.string({ error: 'le secret doit être un texte' }).min(1, { error: 'le mot de passe ou le code est obligatoire' }).max(SECRET_MAX, { error: `le secret est trop long (${SECRET_MAX} caractères au plus)` })

/** The first coordinator, created with the association. */
export const compteInitialSchema = z
  .object({ nom: nomCompte(), secret: z.string({ error: 'le mot de passe est obligatoire' }) })
  .superRefine((c, ctx) => {
    const problem = secretProblem('mot_de_passe', c.secret)
    if (problem) ctx.addIssue({ code: 'custom', path: ['secret'], message: problem })
  })

export const compteSaveInput = z
  .object({
    id: id().optional(),
    nom: nomCompte(),
    role: valeurParmi(ROLES, 'un rôle (coordinateur, benevole)'),
    type: valeurParmi(TYPES_SECRET, 'un type de secret (mot_de_passe, pin)'),
    /** Required for a new account or a change of type; otherwise given only to reset it. */
    secret: z.string({ error: 'le secret doit être un texte' }).optional(),
    collectifIds: ids('les collectifs').default([]),
    actif: z.boolean({ error: 'actif doit valoir vrai ou faux' }).default(true),
  })
  .superRefine((c, ctx) => {
    // The coordinator can export and erase everything: a PIN is too little for that.
    if (c.role === 'coordinateur' && c.type === 'pin') ctx.addIssue({ code: 'custom', path: ['type'], message: 'un compte de coordination se protège par un mot de passe, pas par un code PIN' })
    const problem = c.secret === undefined ? null : secretProblem(c.type, c.secret)
    if (problem) ctx.addIssue({ code: 'custom', path: ['secret'], message: problem })
  })

export const journalLigneSchema = z.object({
  id: z.number().int(),
  quand: z.string(),
  compteId: z.string().nullable(),
  /** The account's name, null when the write came without an account (none yet, or the command line). */
  qui: z.string().nullable(),
  appel: z.string(),
  entite: z.string(),
  entiteId: z.string().nullable(),
  /** The record in words (« fiche de Lina Martin »), read when the journal is shown; null once it is deleted. */
  fiche: z.string().nullable(),
  /** Names of the fields sent, never their values. */
  champs: z.array(z.string()),
})
export type JournalLigne = z.output<typeof journalLigneSchema>

export const JOURNAL_PAR_PAGE = 50

// Not app.ts's emptyInput: app.ts imports this file for the first account of the setup.
const emptyInput = z.object({}).default({})

export const comptesContract = {
  /** Who is logged in, and the accounts of the lock screen. Answered without a session. */
  'session.etat': call(emptyInput, sessionEtatSchema),
  /** Opens a session: the account (chosen on the lock screen, or typed by name) and its secret. */
  'session.ouvrir': call(
    z
      .object({ compteId: id().optional(), nom: z.string({ error: 'le nom doit être un texte' }).trim().max(60, { error: 'le nom est trop long' }).optional(), secret: secretTexte() })
      .refine((i) => i.compteId !== undefined || (i.nom ?? '') !== '', { path: ['nom'], error: 'choisissez votre nom ou saisissez-le' }),
    sessionEtatSchema,
  ),
  /** Locks: the session ends; the accounts stay. */
  'session.fermer': call(emptyInput, sessionEtatSchema),
  'comptes.list': call(emptyInput, z.array(compteSchema)),
  /** Creates an account (no id) or changes one; a secret given replaces the old one and unlocks it. */
  'comptes.save': call(compteSaveInput, compteSchema),
  /** Refused for the last active coordinator. */
  'comptes.supprimer': call(deleteInput, annulationSchema),
  /** The journal of the writes, newest first, by pages of JOURNAL_PAR_PAGE. */
  'journal.list': call(
    z.object({ page: entier('la page', 1, 1_000_000).default(1) }).default({ page: 1 }),
    z.object({ lignes: z.array(journalLigneSchema), page: z.number().int(), pages: z.number().int(), total: z.number().int() }),
  ),
}
