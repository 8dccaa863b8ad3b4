import { z } from 'zod'
import { REPEATED_KEYS } from '../bilan/figures/types'
import { valeurSchema } from '../bilan/mapping/mapping-schema'
import { anneeScolaireField, departementField, MAX_FORM_BYTES, TEMPLATE_ID_PATTERN } from '../bilan/templates/import-fields'
import { entier, texte } from '../validation/fields'
import { emptyInput } from './app'
import { call } from './define'

const KINDS = ['texte', 'choix', 'case', 'cellule'] as const

/** A form the bilan can be filled in: shipped with the app, or imported by the coordinator. */
export const modeleSchema = z.object({
  id: z.string(),
  departement: z.string().nullable(),
  anneeScolaire: z.string(),
  titre: z.string(),
  origine: z.enum(['integre', 'importe']),
})
export type Modele = z.output<typeof modeleSchema>

const fichierModele = z.object({
  nomFichier: texte('le nom du fichier', 255),
  base64: z
    .string({ error: (iss) => (iss.input === undefined ? 'le formulaire (.docx) est obligatoire' : 'le contenu du fichier doit être un texte en base64') })
    // An empty file is no schema matter: the reader says « Le fichier est vide » in its own words.
    .max(Math.ceil(MAX_FORM_BYTES / 3) * 4, { error: `le fichier est trop gros (${MAX_FORM_BYTES / 1024 / 1024} Mo au plus)` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "le contenu du fichier n'est pas du base64" }),
  departement: departementField(),
  anneeScolaire: anneeScolaireField(),
  /** Left out: « Bilan Clas 2025-2026 – Caf 01 ». */
  titre: z.string({ error: 'le titre doit être un texte' }).trim().max(200, { error: 'le titre est trop long (200 caractères au plus)' }).optional(),
})

/** One blank of the form, where it is, and what is proposed for it. */
const blancSchema = z.object({
  key: z.string(),
  kind: z.enum(KINDS),
  /** The label read in the document (« Nombre de salariés : », « Collège › 6e »). */
  libelle: z.string(),
  /** The heading above it and the line before; for a cell, its row and column headings. */
  titre: z.string(),
  precedent: z.string(),
  tableau: z.number().int().optional(),
  ligne: z.string().optional(),
  colonne: z.string().optional(),
  proposition: valeurSchema,
  propositionLibelle: z.string(),
  /** 0 to 1: how closely the label matched. */
  confiance: z.number(),
  /** A weak match, or nothing found: the coordinator should look. */
  aVerifier: z.boolean(),
  /** Why it is to look at, when the import knows (a table heading it could not read). */
  note: z.string().optional(),
  /** Index in `tableaux` of the row rule filling this cell, when one does. */
  parLignes: z.number().int().optional(),
})
export type BlancApercu = z.output<typeof blancSchema>

/** A table filled row by row (one row per collectif, training, place or school). */
const tableauSchema = z.object({
  tableau: z.number().int(),
  repete: z.enum(REPEATED_KEYS as [string, ...string[]]),
  /** « Formations suivies ». */
  repeteLibelle: z.string(),
  premiereLigne: z.number().int(),
  derniereLigne: z.number().int(),
  colonnes: z.array(z.object({ colonne: z.number().int(), champ: z.string(), libelle: z.string() })),
})
export type TableauApercu = z.output<typeof tableauSchema>

const choixSchema = z.object({
  valeur: valeurSchema,
  libelle: z.string(),
  groupe: z.enum(['chiffre', 'question']),
  famille: z.string(),
  accepte: z.array(z.enum(KINDS)),
})
export type ChoixApercu = z.output<typeof choixSchema>

const resumeSchema = z.object({ blancs: z.number().int(), relies: z.number().int(), peuSurs: z.number().int(), vides: z.number().int(), aVerifier: z.number().int() })

export const apercuModeleSchema = z.object({
  fichier: z.object({ nom: z.string(), octets: z.number().int() }),
  departement: z.string(),
  anneeScolaire: z.string(),
  titre: z.string(),
  /** The id the form will be saved under. */
  id: z.string(),
  blancs: z.array(blancSchema),
  tableaux: z.array(tableauSchema),
  /** Every figure and question, for the coordinator to choose from. */
  choix: z.array(choixSchema),
  resume: resumeSchema,
})
export type ApercuModele = z.output<typeof apercuModeleSchema>

const bindingChoisi = z.object({
  blank: z.string({ error: 'le blanc doit être nommé' }).min(1, { error: 'le blanc doit être nommé' }).max(300, { error: 'le nom du blanc est trop long' }),
  valeur: valeurSchema,
})

export const bilanModelesContract = {
  /** The forms the bilan can be filled in, built-in first. */
  'bilan.modeles.list': call(emptyInput, z.array(modeleSchema)),
  /** Reads a department's form and proposes what each blank receives; saves nothing. */
  'bilan.modeles.importer.apercu': call(fichierModele, apercuModeleSchema),
  /**
   * Saves the form with its mapping: the proposals, with `bindings` over them, and without the
   * row-by-row filling of the preview's `tableaux` listed (by index) in `lignesRetirees`.
   */
  'bilan.modeles.importer.confirmer': call(
    fichierModele.extend({
      bindings: z.array(bindingChoisi, { error: 'les choix doivent être une liste' }).max(5000, { error: 'trop de choix (5000 au plus)' }).default([]),
      lignesRetirees: z.array(entier('le numéro de remplissage ligne par ligne', 0, 1000), { error: 'les remplissages ligne par ligne retirés doivent être une liste' }).max(1000).default([]),
    }),
    modeleSchema.extend({
      /** The folder the form and its mapping were saved to. */
      dossier: z.string(),
      resume: resumeSchema,
      /**
       * The blanks saved on a weak proposal, or left empty for want of one, that nobody chose in
       * `bindings`: the « à vérifier » of every filled form's report (the command line lists them).
       */
      aRevoir: z.array(z.object({ libelle: z.string(), valeur: valeurSchema, note: z.string().optional() })),
    }),
  ),
  /** Deletes an imported form (its folder); built-in forms cannot be. */
  'bilan.modeles.supprimer': call(
    z.object({ id: z.string({ error: "l'identifiant du modèle est obligatoire" }).trim().regex(TEMPLATE_ID_PATTERN, { error: (iss) => `« ${String(iss.input).slice(0, 40)} » n'est pas un identifiant de modèle` }) }),
    z.object({ id: z.string(), titre: z.string() }),
  ),
}
