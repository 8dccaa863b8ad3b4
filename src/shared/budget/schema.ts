import { z } from 'zod'
import { show, texteLibre, valeurParmi } from '../validation/fields'
import { POSTE_LABELS, POSTES_BUDGET } from './postes'

/** Ten million euros: far above any Clas action, low enough to stay an exact integer. */
const MAX_CENTIMES = 1_000_000_000

/** An amount in euros stored as whole cents (1 234,50 € → 123450), never a float. */
export const centimes = (label: string) =>
  z
    .number({ error: (iss) => `${label} : ${show(iss.input)} n'est pas un montant` })
    .int({ error: `${label} doit être un nombre entier de centimes` })
    .min(0, { error: `${label} ne peut pas être négatif` })
    .max(MAX_CENTIMES, { error: `${label} est trop grand (10 000 000 € au plus)` })

export const budgetLigneSchema = z.object({
  poste: valeurParmi(POSTES_BUDGET, 'un poste du budget connu'),
  /** The funder's name for `autre_financeur`; a precision for any other line. */
  libelle: texteLibre('le libellé', 200).optional(),
  previsionnelCentimes: centimes('le montant prévisionnel').optional(),
  realiseCentimes: centimes('le montant réalisé').optional(),
})

/**
 * The action's budget for the year (issue 16): one line per poste, `autre_financeur` once per
 * funder. Amounts left out are « not entered », not zero. The bonus projects' expenses and the
 * volunteers' hours are not here: they are computed from what the year records.
 */
export const budgetSchema = z
  .object({
    /** Value of one hour of volunteering, in cents (contributions volontaires en nature). */
    tauxHoraireBenevolatCentimes: centimes('le taux horaire du bénévolat').optional(),
    lignes: z.array(budgetLigneSchema).max(100, { error: 'au plus 100 lignes de budget' }),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>()
    b.lignes.forEach((l, i) => {
      const nom = l.libelle?.trim() ?? ''
      if (l.poste === 'autre_financeur' && nom === '') {
        ctx.addIssue({ code: 'custom', path: ['lignes', i, 'libelle'], message: 'le nom du financeur est obligatoire pour un autre financeur' })
        return
      }
      const key = l.poste === 'autre_financeur' ? `${l.poste}:${nom.toLowerCase()}` : l.poste
      if (seen.has(key)) {
        const what = l.poste === 'autre_financeur' ? `le financeur « ${nom} »` : `la ligne « ${POSTE_LABELS[l.poste]} »`
        ctx.addIssue({ code: 'custom', path: ['lignes', i, 'poste'], message: `${what} apparaît deux fois dans le budget` })
      }
      seen.add(key)
    })
  })

export type Budget = z.output<typeof budgetSchema>
export type BudgetLigne = z.output<typeof budgetLigneSchema>
