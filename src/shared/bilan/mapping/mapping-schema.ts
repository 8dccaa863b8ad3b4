import { z } from 'zod'

/** What a blank receives: a figure (or several joined), the answer to a question, or nothing. */
export const valeurSchema = z.union([
  // How a figure is written comes from its label (figures/labels.ts), not from the mapping.
  z.object({ chiffre: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) }).strict(),
  z.object({ question: z.string().min(1) }).strict(),
  z.object({ ignorer: z.literal(true) }).strict(),
])
export type Valeur = z.infer<typeof valeurSchema>

export const bindingSchema = z.object({
  /** The blank's key as the filler finds it (`texte:nombre de salaries#1`, `cellule:t2:r3:c1`). */
  blank: z.string().min(1),
  /** The label read in the document, kept for a person reading the mapping. */
  label: z.string(),
  valeur: valeurSchema,
  /**
   * Proposed on a weak match (or nothing found) and not confirmed by the coordinator: the filled
   * form's report lists it « à vérifier ».
   */
  aVerifier: z.literal(true).optional(),
  /** Why it is « à vérifier », when the import knows (« en-tête « Territoires en veille active » non reconnu »). */
  note: z.string().max(500).optional(),
  /** A total of a table: the blanks whose values it should be the sum of, checked when the form is filled. */
  somme: z.array(z.string().min(1)).max(500).optional(),
}).strict()
export type Binding = z.infer<typeof bindingSchema>

/**
 * Rows of a table filled from a repeated figure (one row per collectif, training, place…).
 * Rows are counted from 0 in the table; `colonnes` maps a grid column to a field of the row.
 */
export const lignesSchema = z.object({
  tableau: z.number().int().min(0),
  repete: z.enum(['collectifs', 'formations', 'lieux', 'etablissements']),
  premiereLigne: z.number().int().min(0),
  derniereLigne: z.number().int().min(0),
  colonnes: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
  /** More rows than the table has: add rows like the last one, or say so in the report. */
  debordement: z.enum(['ajouter', 'signaler']),
}).strict().refine((l) => l.derniereLigne >= l.premiereLigne, { message: 'derniereLigne avant premiereLigne', path: ['derniereLigne'] })
export type Lignes = z.infer<typeof lignesSchema>

export const mappingSchema = z.object({
  version: z.literal(1),
  blanks: z.array(bindingSchema),
  lignes: z.array(lignesSchema).default([]),
}).strict()
export type Mapping = z.infer<typeof mappingSchema>

export const templateInfoSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  departement: z.string().regex(/^(\d{2,3}|2A|2B)$/).nullable(),
  anneeScolaire: z.string().regex(/^\d{4}-\d{4}$/),
  titre: z.string().min(1),
  source: z.string().optional(),
})
export type TemplateInfo = z.infer<typeof templateInfoSchema>
