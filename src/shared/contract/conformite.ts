import { z } from 'zod'
import { isoDate } from '../validation/fields'
import { call } from './define'

/** One result of the compliance rules, in the shape of spec/conformite.md. */
export const complianceResultSchema = z.object({
  regle: z.string(),
  collectifId: z.string().optional(),
  statut: z.enum(['conforme', 'non_conforme', 'alerte', 'sans_objet']),
  mesure: z.number().optional(),
  seuil: z.number().optional(),
  /** R4 only: weeks expected at 15 June at the current rhythm. */
  prevision: z.number().optional(),
  message: z.string(),
})

/** A held séance (dated ≤ D, not cancelled) whose register is empty. */
export const seanceSansRegistreSchema = z.object({ id: z.string(), date: z.string(), heureDebut: z.string(), collectifId: z.string(), collectif: z.string() })

/** A date D within the school year; default today, clipped to the year. */
const asOfInput = z.object({ date: isoDate().optional() }).default({})

export const conformiteContract = {
  /** The référentiel's rules on the current year at a date of the year (default today, clipped to the year). */
  'conformite.evaluer': call(
    asOfInput,
    z.object({ date: z.string(), resultats: z.array(complianceResultSchema), seancesSansRegistre: z.array(seanceSansRegistreSchema) }),
  ),
}

const nullableRate = z.number().nullable()

export const tableauDeBordSchema = z.object({
  date: z.string(),
  resultats: z.array(complianceResultSchema),
  collectifs: z.array(
    z.object({
      id: z.string(), nom: z.string(),
      effectif: z.number().int(), seancesPrevues: z.number().int(),
      seancesTenues: z.number().int(), semainesTenues: z.number().int(),
      seancesParSemaine: z.number().nullable(), tauxPresence: nullableRate,
      semaines: z.array(z.object({ lundi: z.string(), tenues: z.number().int() })),
      presenceParMois: z.array(z.object({ mois: z.string(), taux: nullableRate })),
    }),
  ),
  objectifsParents: z.array(z.object({ code: z.string(), libelle: z.string(), actions: z.number().int() })),
  concertationsEcole: z.array(z.object({ type: z.string(), libelle: z.string(), nombre: z.number().int() })),
  partenairesTerritoire: z.array(z.string()),
  seancesSansRegistre: z.array(seanceSansRegistreSchema),
  /** Children enrolled as of the date, per named quartier of their family (each spelling folded once), and those without one. */
  quartiers: z.array(z.object({ nom: z.string(), enfants: z.number().int() })),
  sansQuartier: z.number().int(),
})
export type TableauDeBord = z.output<typeof tableauDeBordSchema>

export const tableauDeBordContract = {
  /** Everything the home screen shows, in one read: the rules' results and the series behind the charts. */
  'tableauDeBord.donnees': call(asOfInput, tableauDeBordSchema),
}
