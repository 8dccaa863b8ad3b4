import { z } from 'zod'
import { budgetSchema } from '../budget/schema'
import { projetBonusSchema } from '../exchange/schema'
import { booleen, valeurParmi } from '../validation/fields'
import { emptyInput } from './app'
import { call } from './define'
import { FORMATS_REGISTRE, fichierSchema } from './registres'

/**
 * What the « Budget de l'action » screen needs to show the compte rendu financier and recompute
 * it as one types (shared/budget/compute.ts): the lines entered, the bonus projects whose
 * expenses feed the réalisé, and the bénévoles' hours of the registers.
 */
export const budgetVueSchema = z.object({
  annee: z.string(),
  /** A budget was saved for this year (else `budget` is empty and the rule R12 « à renseigner »). */
  saisi: z.boolean(),
  budget: budgetSchema,
  projetsBonus: z.array(projetBonusSchema),
  /** The figure `intervenants.benevole.heures` of the bilan. */
  benevoleHeures: z.number(),
  /** The coordinator lets bénévoles' accounts see the budget. */
  benevolesVoient: z.boolean(),
  /** The coordinator's answer to the bank's question `ecarts_budget` (empty when none). */
  explicationEcarts: z.string(),
})
export type BudgetVue = z.output<typeof budgetVueSchema>

export const budgetContract = {
  /** The current year's budget; a bénévole's account sees it only if the coordinator allows it. */
  'budget.lire': call(emptyInput, budgetVueSchema),
  /** Replaces the current year's budget (amounts in whole cents). */
  'budget.enregistrer': call(budgetSchema, budgetVueSchema),
  /** Whether bénévoles' accounts may see the budget. */
  'budget.acces.regler': call(z.object({ benevolesVoient: booleen('la visibilité du budget pour les bénévoles') }), z.object({ benevolesVoient: z.boolean() })),
  /** The compte rendu financier: prévisionnel beside réalisé with the écarts (xlsx or pdf). */
  'budget.compteRendu': call(z.object({ format: valeurParmi(FORMATS_REGISTRE, 'un format de fichier (xlsx ou pdf)') }), fichierSchema),
}
