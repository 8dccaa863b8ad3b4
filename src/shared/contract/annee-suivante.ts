import { z } from 'zod'
import { creneauSchema } from '../exchange/schema'
import { NIVEAUX } from '../domain/lists'
import { booleen, id } from '../validation/fields'
import { emptyInput } from './app'
import { call } from './define'

const niveau = z.enum(NIVEAUX)

/** A collectif of the current year, carried into the next one as a new collectif of the same name. */
export const collectifReconduitSchema = z.object({
  id: z.string(),
  nom: z.string(),
  niveau: z.enum(['primaire', 'college', 'lycee']),
  lieuNom: z.string(),
  creneaux: z.array(creneauSchema),
  intervenants: z.number().int(),
})

/** A child enrolled this year, with what the next year proposes for them. */
export const enfantProposeSchema = z.object({
  enfantId: z.string(),
  prenom: z.string(),
  nom: z.string(),
  niveau,
  /** Null: leaves the Clas after terminale. */
  niveauSuivant: niveau.nullable(),
  /** This year's collectifs (ids of the current year). */
  collectifIds: z.array(z.string()),
  /** Where they go by default: the next year's copy of these collectifs of the current year. */
  collectifProposeIds: z.array(z.string()),
  /** Ticked by default: false after terminale or when every enrolment of the year ended before its end. */
  reconduit: z.boolean(),
  /** Why the proposal differs from « the same collectif, one level up », in French. */
  motif: z.string().optional(),
})
export type EnfantPropose = z.output<typeof enfantProposeSchema>

export const propositionSchema = z.object({
  anneeCourante: z.string(),
  libelle: z.string(),
  debut: z.string(),
  fin: z.string(),
  zone: z.string(),
  /** Where the séances are planned: the référentiel's period within the new year. */
  planification: z.object({ du: z.string(), au: z.string() }),
  /** Whether the shipped calendar has that zone's school holidays for that year. */
  vacancesConnues: z.boolean(),
  avertissement: z.string().optional(),
  /** The year already exists in this base: it cannot be started again. */
  dejaCreee: z.boolean(),
  collectifs: z.array(collectifReconduitSchema),
  enfants: z.array(enfantProposeSchema),
})
export type PropositionAnneeSuivante = z.output<typeof propositionSchema>

/** The coordinator's choice for one child, overriding the proposal. */
const choixSchema = z.object({
  enfantId: id(),
  reconduit: booleen('reconduit'),
  /** A collectif of the current year whose next year's copy the child joins (alone: it replaces the proposal). */
  collectifId: id().optional(),
})

const demarrerInput = z.object({
  libelle: z.string({ error: "le libellé de l'année est obligatoire" }).regex(/^\d{4}-\d{4}$/, { error: (iss) => `« ${String(iss.input)} » n'est pas une année scolaire (AAAA-AAAA)` }),
  choix: z.array(choixSchema).max(5000).default([]),
})

export const demarrageSchema = z.object({
  libelle: z.string(),
  collectifs: z.number().int(),
  seances: z.number().int(),
  enfants: z.number().int(),
  partis: z.number().int(),
  avertissement: z.string().optional(),
})
export type DemarrageAnnee = z.output<typeof demarrageSchema>

export const anneeSuivanteContract = {
  'anneeSuivante.preparer': call(emptyInput, propositionSchema),
  /** Freezes the current year, then creates the next one from the proposal and the choices, and makes it current. */
  'anneeSuivante.demarrer': call(demarrerInput, demarrageSchema),
  /** The previous year's answers to the bilan's questions: a starting point, never copied. */
  'anneeSuivante.reponsesPrecedentes': call(
    emptyInput,
    z.object({ libelle: z.string().nullable(), reponses: z.record(z.string(), z.string()) }),
  ),
}
