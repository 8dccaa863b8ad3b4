import { z } from 'zod'
import { NIVEAUX, SEXES } from '../domain/lists'
import { CHAMP_IMPORT_MOTS, CHAMPS_IMPORT, type ChampImport } from '../list-import/fields'
import { MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS } from '../list-import/limits'
import { columnLetter } from '../list-import/cell'
import { entier, id, isoDate, texte } from '../validation/fields'
import { call } from './define'

const colonne = () => entier('le numéro de colonne', 0, MAX_COLUMNS - 1)
const colonnesShape = Object.fromEntries(CHAMPS_IMPORT.map((c) => [c, colonne().optional()])) as Record<ChampImport, z.ZodOptional<ReturnType<typeof colonne>>>

/** Which column (from 0) fills which field; a field left out is not imported. Replaces the proposal when given. */
export const colonnesSchema = z.strictObject(colonnesShape).superRefine((m, ctx) => {
  const byColumn = new Map<number, string[]>()
  for (const [champ, i] of Object.entries(m)) if (i !== undefined) byColumn.set(i, [...(byColumn.get(i) ?? []), CHAMP_IMPORT_MOTS[champ as ChampImport]])
  for (const [i, champs] of byColumn) {
    if (champs.length > 1) ctx.addIssue({ code: 'custom', message: `la colonne ${columnLetter(i)} est choisie pour plusieurs champs (${champs.join(', ')})` })
  }
})

const BASE64_MAX = Math.ceil(MAX_FILE_BYTES / 3) * 4

const fichierInput = z.object({
  nomFichier: texte('le nom du fichier', 255),
  base64: z
    .string({ error: (iss) => (iss.input === undefined ? 'le contenu du fichier est obligatoire' : 'le contenu du fichier doit être un texte en base64') })
    // An empty file is no schema matter: the reader says « Le fichier est vide » in its own words.
    .max(BASE64_MAX, { error: `le fichier est trop gros (${MAX_FILE_BYTES / 1024 / 1024} Mo au plus)` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "le contenu du fichier n'est pas du base64" }),
  colonnes: colonnesSchema.optional(),
  /** The header row (from 1, as in Excel) when the one found is not right. */
  ligneEntete: entier("la ligne d'en-tête", 1, MAX_ROWS).optional(),
})

const familleLue = z.object({
  nom: z.string(),
  telephone: z.string().optional(),
  email: z.string().optional(),
  adresse: z.string().optional(),
  quartier: z.string().optional(),
  quartierPrioritaire: z.boolean().optional(),
  langueParlee: z.string().optional(),
})

const ligne = z.object({
  numero: z.number().int(),
  statut: z.enum(['ok', 'erreur', 'doublon']),
  /** Why the row is not imported: « Ligne 7 : niveau « CM3 » inconnu (colonne C « Classe ») ». */
  raisons: z.array(z.string()),
  /** Read with a doubt, imported all the same. */
  avertissements: z.array(z.string()),
  enfant: z.object({
    nom: z.string(),
    prenom: z.string(),
    dateNaissance: z.string().optional(),
    sexe: z.enum(SEXES).optional(),
    niveau: z.enum(NIVEAUX).optional(),
    etablissement: z.string().optional(),
    collectifId: z.string().optional(),
    famille: familleLue.optional(),
  }),
  /** For a doublon: the child already recorded, or the earlier row of the file. */
  doublonDe: z.union([z.object({ enfantId: z.string() }), z.object({ ligne: z.number().int() })]).optional(),
  /** For an `ok` row with a family: whether it joins a family already in the app. */
  familleExistante: z.boolean().optional(),
})

const resume = z.object({
  lignes: z.number().int(),
  ok: z.number().int(),
  erreurs: z.number().int(),
  doublons: z.number().int(),
  avertissements: z.number().int(),
  famillesACreer: z.number().int(),
  famillesExistantes: z.number().int(),
  etablissementsACreer: z.number().int(),
})

export const apercuImportSchema = z.object({
  fichier: z.object({
    nom: z.string(),
    format: z.enum(['xlsx', 'csv']),
    feuille: z.string().optional(),
    encodage: z.enum(['utf-8', 'windows-1252', 'utf-16le']).optional(),
    separateur: z.enum([';', ',', '\t']).optional(),
  }),
  /** The header row used, from 1 as in Excel; `enteteSure` is false when no row named two known fields. */
  ligneEntete: z.number().int(),
  enteteSure: z.boolean(),
  /** Each column of the header row: its letter, its label, and the merged label above it (« Responsable légal »). */
  entetes: z.array(z.object({ index: z.number().int(), lettre: z.string(), libelle: z.string(), groupe: z.string() })),
  /** The mapping used: proposed from the headers, or the one given. */
  colonnes: z.partialRecord(z.enum(CHAMPS_IMPORT), z.number().int()),
  /** Required fields (nom, prénom, niveau) no column fills. */
  champsManquants: z.array(z.enum(CHAMPS_IMPORT)),
  /** The first non-empty rows of the sheet as they read, title and header included. */
  lignesApercu: z.array(z.object({ numero: z.number().int(), cellules: z.array(z.string()) })),
  lignes: z.array(ligne),
  etablissementsACreer: z.array(z.object({ nom: z.string(), type: z.enum(['ecole', 'college', 'lycee']) })),
  resume,
})

export const resultatImportSchema = z.object({
  enfantsCrees: z.number().int(),
  famillesCreees: z.number().int(),
  etablissementsCrees: z.number().int(),
  inscriptionsCreees: z.number().int(),
  doublonsIgnores: z.number().int(),
  erreursIgnorees: z.number().int(),
})

export type ApercuImport = z.output<typeof apercuImportSchema>
export type LigneApercuImport = z.output<typeof ligne>
export type ResultatImport = z.output<typeof resultatImportSchema>

export const importListeContract = {
  /** Reads an association's list (.xlsx or .csv) and says what an import would do; writes nothing. */
  'enfants.importerListe.apercu': call(fichierInput, apercuImportSchema),
  /**
   * Imports the rows that are `ok` in the preview, in one transaction: families, new schools, children,
   * and their inscription in their collectif (column) or in `collectifId`, from `du` (default: each
   * collectif's first séance, else the start of the year). Rows in error and duplicates are skipped.
   */
  'enfants.importerListe.confirmer': call(fichierInput.extend({ collectifId: id().optional(), du: isoDate().optional() }), resultatImportSchema),
}
