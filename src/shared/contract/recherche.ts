import { z } from 'zod'
import { call } from './define'

export const RESULTATS_MAX = 20

export const resultatRechercheSchema = z.object({
  kind: z.enum(['enfant', 'famille', 'intervenant', 'collectif', 'etablissement', 'lieu', 'partenaire', 'action']),
  id: z.string(),
  /** « Inès Diallo », « Diallo » (a family is its name). */
  label: z.string(),
  /** What tells two namesakes apart: the class level, the number of children, the statut. */
  detail: z.string(),
  /** Where the result opens, as a route of the renderer. */
  path: z.string(),
})
export type ResultatRecherche = z.output<typeof resultatRechercheSchema>

export const rechercheContract = {
  /**
   * Children of the year, families, intervenants, collectifs, schools, lieux, partners of the
   * concertations and actions with parents whose names hold every word typed, best first.
   */
  'recherche.globale': call(
    z.object({ texte: z.string({ error: (iss) => (iss.input === undefined ? 'le texte recherché est obligatoire' : 'le texte recherché doit être un texte') }).max(100, { error: 'le texte recherché est trop long (100 caractères au plus)' }) }),
    z.object({ resultats: z.array(resultatRechercheSchema).max(RESULTATS_MAX), autres: z.number().int().min(0) }),
  ),
}
