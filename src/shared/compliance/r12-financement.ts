import { computeBudget, PLAFOND_CAF_POURCENTAGE, withinCafCeiling } from '../budget/compute'
import type { ComplianceResult } from './types'
import type { YearIndex } from './year-index'

const pct = (x: number) => `${x.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`

/**
 * R12: the CAF's funding (prestation de service + bonus) is at most 80 % of the action's total
 * cost, and co-financing is the rule (référentiel, « Les actions financées doivent bénéficier de
 * cofinancements »). Read on the réalisé once it holds an amount, on the prévisionnel before.
 * The volunteering valued stays out of the cost, as it stays out of the cash totals.
 */
export function r12Financement(index: YearIndex): ComplianceResult {
  const base = { regle: 'R12-financement', seuil: PLAFOND_CAF_POURCENTAGE }
  const calcul = computeBudget(index.input.budget, index.input.projetsBonus ?? [], 0)
  const colonne = calcul.reference
  if (colonne === null) {
    return { ...base, statut: 'sans_objet', message: "À renseigner : aucun budget de l'action n'est saisi. Saisissez le prévisionnel dans « Budget de l'action »." }
  }
  const totaux = calcul[colonne]
  const nom = colonne === 'realise' ? 'réalisé' : 'prévisionnel'
  if (totaux.charges === 0) {
    return { ...base, statut: 'sans_objet', message: `À renseigner : le budget ${nom} n'a aucune charge ; saisissez le coût de l'action dans « Budget de l'action ».` }
  }
  const part = totaux.partCaf ?? 0
  const mesure = { mesure: part }
  if (!withinCafCeiling(totaux.caf, totaux.charges)) {
    return {
      ...base, ...mesure, statut: 'non_conforme',
      message: `La Caf finance ${pct(part)} du coût de l'action (budget ${nom}) : le référentiel en permet ${PLAFOND_CAF_POURCENTAGE} % au plus. Mobilisez un cofinancement ou revoyez le montant demandé.`,
    }
  }
  if (totaux.cofinancement === 0) {
    return {
      ...base, ...mesure, statut: 'non_conforme',
      message: `Aucun autre financeur ni fonds propres dans le budget ${nom} : le cofinancement est la règle. Ajoutez la commune, un autre financeur ou les fonds propres de l'association.`,
    }
  }
  return { ...base, ...mesure, statut: 'conforme', message: `La Caf finance ${pct(part)} du coût de l'action (budget ${nom}), ${PLAFOND_CAF_POURCENTAGE} % au plus, avec d'autres financements.` }
}
