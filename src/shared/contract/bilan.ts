import { z } from 'zod'
import { isoDate, show } from '../validation/fields'
import { REPEATED_KEYS, type Figures, type RepeatedKey } from '../bilan/figures/types'
import { figureLabel } from '../bilan/figures/labels'
import { questionById, REPONSES_OUI_NON } from '../bilan/questions'
import { modeleSchema } from './bilan-modeles'
import { call } from './define'
import { seanceSansRegistreSchema } from './conformite'
import { fichierSchema } from './registres'
import { mappingSchema } from '../bilan/mapping/mapping-schema'
import { MAX_FORM_BYTES } from '../bilan/templates/import-fields'

const figureValue = z.union([z.number(), z.string(), z.boolean(), z.null()])
const figureRow = z.record(z.string(), figureValue)

/** The figures of the bilan (spec/chiffres.md), in the shape `computeFigures` gives. */
export const figuresSchema = z.object({
  annee: z.string(),
  date: z.string(),
  seancesSansRegistre: z.array(seanceSansRegistreSchema),
  values: z.record(z.string(), figureValue),
  rows: z.object(Object.fromEntries(REPEATED_KEYS.map((k) => [k, z.array(figureRow)])) as Record<RepeatedKey, z.ZodArray<typeof figureRow>>),
  sources: z.record(z.string(), z.string()),
}) satisfies z.ZodType<Figures>

const modeleId = z
  .string({ error: (iss) => (iss.input === undefined ? 'choisissez un formulaire' : "l'identifiant du formulaire doit être un texte") })
  .trim()
  .min(1, { error: 'choisissez un formulaire' })
  .max(100, { error: "l'identifiant du formulaire est trop long" })

/** rempli: the data or an answer fills it; corrige: a figure corrected by hand fills it; ignore: nothing is ever written there. */
export const STATUTS_CASE = ['rempli', 'manquant', 'corrige', 'ignore'] as const
export type StatutCase = (typeof STATUTS_CASE)[number]

/** One figure a blank is written from: as computed, and as corrected. */
const chiffreLieSchema = z.object({
  cle: z.string(),
  libelle: z.string(),
  /** `booleen` figures are corrected with Oui / Non. */
  format: z.string(),
  /** The computed value as the form writes it; '' when the registers cannot give it. */
  calcule: z.string(),
  /** Where the computed value comes from: « calculé depuis 142 séances tenues ». */
  source: z.string(),
  correction: z.string().nullable(),
})

const questionLieeSchema = z.object({
  id: z.string(),
  /** The bank's neutral wording, the same whatever the form. */
  texte: z.string(),
  type: z.enum(['texte', 'ouinon']),
  /** Other forms asking the same question, with their wording: an answer written once fills them all. */
  autresFormulations: z.array(z.object({ modele: z.string(), textes: z.array(z.string()) })),
  reponse: z.string().nullable(),
  /** Whether the bank knows the id: only known questions can be answered. */
  connue: z.boolean(),
})

const liaisonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chiffres'), chiffres: z.array(chiffreLieSchema) }),
  z.object({ type: z.literal('question'), question: questionLieeSchema }),
  z.object({ type: z.literal('ignorer') }),
  /** A blank the form's mapping does not bind: the coordinator writes it in the document. */
  z.object({ type: z.literal('aucune') }),
])

const caseSchema = z.object({
  type: z.literal('case'),
  /** The blank's key in the document (`texte:nombre de salaries#1`). */
  cle: z.string(),
  genre: z.enum(['texte', 'choix', 'case', 'cellule']),
  /** The form's own words for it (for a question: its text in this form). */
  libelle: z.string(),
  liaison: liaisonSchema,
  /** What will be written (« 0,33 », « Oui », « Cochée »), as the filler writes it; null when nothing is. */
  valeur: z.string().nullable(),
  provenance: z.string(),
  statut: z.enum(STATUTS_CASE),
  /** Why it stays blank, for a missing one. */
  raison: z.string().nullable(),
})

/** Rows of a table written from a repeated figure (collectifs, formations, lieux, établissements). */
const tableauSchema = z.object({
  type: z.literal('tableau'),
  cle: z.string(),
  repete: z.enum(REPEATED_KEYS as [RepeatedKey, ...RepeatedKey[]]),
  libelle: z.string(),
  colonnes: z.array(z.string()),
  /** Each row as the form receives it, cell by cell ('' where the data has nothing). */
  lignes: z.array(z.array(z.string())),
  /** How many rows the form's table holds. */
  capacite: z.number().int(),
  provenance: z.string(),
  statut: z.enum(STATUTS_CASE),
  raison: z.string().nullable(),
})

export const formulaireSchema = z.object({
  modele: modeleSchema,
  annee: z.string(),
  groupes: z.array(z.object({ titre: z.string(), elements: z.array(z.discriminatedUnion('type', [caseSchema, tableauSchema])) })),
  /** For the progress bar: places to fill (ignored ones left out) and how many are. */
  compte: z.object({ remplies: z.number().int(), total: z.number().int() }),
  /** What stays blank, in document order: the report of what is missing. */
  manquants: z.array(z.object({ cle: z.string(), libelle: z.string(), raison: z.string() })),
  /** Places the mapping leaves empty (footnotes aside): the coordinator fills them by hand if need be. */
  laissees: z.array(z.object({ cle: z.string(), libelle: z.string(), raison: z.string() })),
  /** Values written on a weak match the coordinator did not confirm at import: to check in the document. */
  aVerifier: z.array(z.object({ cle: z.string(), libelle: z.string(), valeur: z.string(), raison: z.string().optional() })),
  /**
   * Children the form's own groups (an age band, a sex, a quartier) could not place for want of a
   * birth date, a sex or the family's quartier: the cells count what is known; who is missing, by lack.
   */
  enfantsManquants: z.array(z.object({
    manque: z.enum(['dateNaissance', 'sexe', 'quartier']),
    libelle: z.string(),
    cases: z.number().int(),
    enfants: z.array(z.object({ id: z.string(), nom: z.string(), familleId: z.string().nullable() })),
  })),
  /** Places of the mapping the document lacks (a mapping made for another version of the form). */
  avertissements: z.array(z.string()),
  /** The as-of date D of the figures (spec/chiffres.md). */
  date: z.string(),
  /** Held séances with no presence recorded, to fill or cancel before sending. */
  seancesSansRegistre: z.array(seanceSansRegistreSchema),
  /** The form is of another school year or CAF than the data: « Ce formulaire est celui de 2021-2022 (CAF 47) ; … ». */
  ecartModele: z.string().nullable(),
})
export type Formulaire = z.infer<typeof formulaireSchema>
/** What the service adds to the form's view: the as-of date, the séances sans registre, the form's fit. */
export type AsOfFields = 'date' | 'seancesSansRegistre' | 'ecartModele'
export type ElementFormulaire = Formulaire['groupes'][number]['elements'][number]

export const FORMATS_BILAN = ['docx', 'pdf'] as const

/**
 * A form not kept among the templates, sent with its mapping (`clas bilan --template FORM.docx`
 * with `form.mapping.json` beside it).
 */
const formulaireFourni = z.object({
  nomFichier: z.string({ error: 'le nom du fichier doit être un texte' }).trim().min(1, { error: 'le nom du fichier est obligatoire' }).max(255, { error: 'le nom du fichier est trop long' }),
  base64: z
    .string({ error: 'le contenu du fichier doit être un texte en base64' })
    .max(Math.ceil(MAX_FORM_BYTES / 3) * 4, { error: `le fichier est trop gros (${MAX_FORM_BYTES / 1024 / 1024} Mo au plus)` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "le contenu du fichier n'est pas du base64" }),
  correspondance: mappingSchema,
})

/** The filled form, with what is left to the coordinator: what the Bilan screen and `clas bilan` say beside the file. */
export const documentBilanSchema = fichierSchema.extend({
  annee: z.string(),
  /** The as-of date D of the figures. */
  date: z.string(),
  /** The form is of another school year or CAF than the data; null for a form sent with its mapping. */
  avertissement: z.string().nullable(),
  /** Who laid out the PDF (LibreOffice, else Chromium with a simpler layout); null for a .docx. */
  moteur: z.enum(['libreoffice', 'chromium']).nullable(),
  remplis: z.number().int(),
  enfantsManquants: formulaireSchema.shape.enfantsManquants,
  /** Every place left empty (cle null: rows that did not fit their table). */
  aCompleter: z.array(z.object({ cle: z.string().nullable(), libelle: z.string(), raison: z.string() })),
  /** Values written on a weak match, and totals that are not the sum of their cells. */
  aVerifier: z.array(z.object({ cle: z.string(), libelle: z.string(), valeur: z.string(), raison: z.string() })),
  seancesSansRegistre: z.array(seanceSansRegistreSchema),
  /** Places of the mapping the document lacks (a mapping made for another version of the form). */
  introuvables: z.array(z.string()),
})
export type DocumentBilan = z.output<typeof documentBilanSchema>

const reponseInput = z
  .object({
    questionId: z
      .string({ error: 'un texte est attendu' })
      .refine((id) => questionById(id) !== undefined, { error: (iss) => `« ${String(iss.input).slice(0, 60)} » n'est pas une question du bilan` }),
    texte: z.string({ error: 'la réponse doit être un texte' }).max(20_000, { error: 'la réponse est trop longue (20 000 caractères au plus)' }),
  })
  .superRefine((r, ctx) => {
    const texte = r.texte.trim()
    if (questionById(r.questionId)?.type === 'ouinon' && texte !== '' && !(REPONSES_OUI_NON as readonly string[]).includes(texte)) {
      ctx.addIssue({ code: 'custom', path: ['texte'], message: `« ${texte.slice(0, 40)} » : répondez par oui ou non` })
    }
  })

const correctionInput = z.object({
  cle: z
    .string({ error: 'un texte est attendu' })
    .refine((cle) => figureLabel(cle) !== undefined, { error: (iss) => `« ${String(iss.input).slice(0, 60)} » n'est pas un chiffre du bilan` }),
  valeur: z
    .string({ error: 'la valeur corrigée doit être un texte, ou null pour rétablir le calcul' })
    .trim()
    .min(1, { error: 'la valeur corrigée est vide : utilisez « Rétablir le calcul »' })
    .max(2000, { error: 'la valeur corrigée est trop longue (2 000 caractères au plus)' })
    .nullable(),
}).superRefine((c, ctx) => {
  // A yes/no figure ticks a box: anything but oui or non would leave the box to guess.
  if (c.valeur !== null && figureLabel(c.cle)?.format === 'booleen' && !['oui', 'non'].includes(c.valeur.toLowerCase())) {
    ctx.addIssue({ code: 'custom', path: ['valeur'], message: `« ${c.valeur.slice(0, 40)} » : ce chiffre se corrige par oui ou non` })
  }
})

/** The date the figures are taken at, within the year; default today, clipped to the year (spec/chiffres.md). */
const asOfDateField = isoDate().optional()
const asOfInput = z.object({ date: asOfDateField }).default({})

export const bilanContract = {
  /** The figures of the current year, each with where it comes from. */
  'bilan.chiffres': call(asOfInput, figuresSchema),
  /** Every blank of a form in document order, with its value, where it comes from and whether it is filled. */
  'bilan.formulaire': call(z.object({ modeleId, date: asOfDateField }), formulaireSchema),
  /** Saves the answer to a question of the bank for the current year; an empty text removes it. */
  'bilan.reponses.enregistrer': call(reponseInput, z.object({ questionId: z.string(), texte: z.string().nullable() })),
  /** Corrects a figure by hand for the current year; null puts the computed value back. */
  'bilan.corrections.enregistrer': call(correctionInput, z.object({ cle: z.string(), valeur: z.string().nullable() })),
  /** The filled form, as a Word file or as a PDF: a template of the list, or a form sent with its mapping. */
  'bilan.document': call(
    z.object({
      modeleId: modeleId.optional(),
      formulaire: formulaireFourni.optional(),
      date: asOfDateField,
      format: z.enum(FORMATS_BILAN, { error: (iss) => `${show(iss.input)} n'est pas un format de document (docx ou pdf)` }),
    }).refine((i) => (i.modeleId === undefined) !== (i.formulaire === undefined), { error: 'choisissez un formulaire', path: ['modeleId'] }),
    documentBilanSchema,
  ),
  /** The filled form as HTML, for a preview on screen: no script, no external address, no image. */
  'bilan.apercu': call(z.object({ modeleId, date: asOfDateField }), z.object({ html: z.string() })),
}
