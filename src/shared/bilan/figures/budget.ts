import { computeBudget, type TotauxColonne } from '../../budget/compute'
import { POSTES_CHARGES, POSTES_PRODUITS } from '../../budget/postes'
import { intervenantsFigures } from './intervenants'
import { round2 } from './numbers'
import type { FigureSink, FigureValue } from './types'
import type { YearData } from './year-data'

/** The standard postes each get a figure; named funders are summed in `autresFinanceurs`. */
export const POSTES_FIGURES = [...POSTES_CHARGES, ...POSTES_PRODUITS.filter((p) => p !== 'autre_financeur')] as const
export const COLONNES_BUDGET = ['previsionnel', 'realise'] as const
export const TOTAUX_BUDGET = ['charges', 'produits', 'caf', 'cofinancement', 'partCaf', 'autresFinanceurs'] as const

const euros = (centimes: number | null): number | null => (centimes === null ? null : round2(centimes / 100))

/**
 * The bénévoles' hours exactly as the figure `intervenants.benevole.heures` counts them: the
 * intervenants' family is run into a sink that keeps that one value, never a second computation.
 */
function benevoleHeures(data: YearData): number {
  let heures = 0
  intervenantsFigures(data, {
    set: (key, value) => {
      if (key === 'intervenants.benevole.heures' && typeof value === 'number') heures = value
    },
    rows: () => undefined,
  })
  return heures
}

/**
 * `budget.*` (issue 16): totals in euros, the CAF's share of the cost, each funder's amount,
 * the écarts and the volunteering valued. A column nothing was entered in gives blanks (null).
 */
export function budgetFigures(data: YearData, out: FigureSink): void {
  const { budget, projetsBonus } = data.doc
  const calcul = computeBudget(budget, projetsBonus, benevoleHeures(data))
  const source = budget ? "saisi dans « Budget de l'action »" : "aucun budget de l'action saisi"
  out.set('budget.renseigne', budget !== undefined, source)
  for (const colonne of COLONNES_BUDGET) {
    const totaux: TotauxColonne = calcul[colonne]
    const on = (x: FigureValue): FigureValue => (totaux.renseigne ? x : null)
    const src = colonne === 'realise' && projetsBonus.some((p) => p.depenses.length) ? `${source}, avec les dépenses des projets bonus` : source
    const autres = calcul.produits.filter((l) => l.poste === 'autre_financeur').reduce((s, l) => s + (l[colonne] ?? 0), 0)
    out.set(`budget.${colonne}.charges`, on(euros(totaux.charges)), src)
    out.set(`budget.${colonne}.produits`, on(euros(totaux.produits)), src)
    out.set(`budget.${colonne}.caf`, on(euros(totaux.caf)), src)
    out.set(`budget.${colonne}.cofinancement`, on(euros(totaux.cofinancement)), src)
    out.set(`budget.${colonne}.partCaf`, on(totaux.partCaf), `Caf (prestation de service et bonus) ÷ total des charges, ${src}`)
    out.set(`budget.${colonne}.autresFinanceurs`, on(euros(autres)), src)
    for (const poste of POSTES_FIGURES) {
      const lines = [...calcul.charges, ...calcul.produits].filter((l) => l.poste === poste)
      out.set(`budget.${colonne}.poste.${poste}`, on(euros(lines.reduce((s, l) => s + (l[colonne] ?? 0), 0))), src)
    }
  }
  // As for each line's écart: the bonus expenses alone are not a réalisé to compare with.
  const both = calcul.previsionnel.renseigne && calcul.reference === 'realise'
  out.set('budget.ecart.charges', both ? euros(calcul.realise.charges - calcul.previsionnel.charges) : null, `réalisé − prévisionnel, ${source}`)
  out.set('budget.ecart.produits', both ? euros(calcul.realise.produits - calcul.previsionnel.produits) : null, `réalisé − prévisionnel, ${source}`)
  const importants = [...calcul.charges, ...calcul.produits].filter((l) => l.ecartImportant)
  out.set('budget.ecartsImportants', both ? importants.map((l) => l.intitule).join(', ') : null, `écart de plus de 15 % du prévisionnel, ${source}`)
  const noms = calcul.produits.filter((l) => l.poste === 'autre_financeur').map((l) => l.intitule)
  out.set('budget.autresFinanceurs.noms', budget ? noms.join(', ') : null, source)
  const heuresSource = 'heures des bénévoles (intervenants.benevole.heures)'
  out.set('budget.benevolat.heures', calcul.benevolat.heures, heuresSource)
  out.set('budget.benevolat.tauxHoraire', euros(calcul.benevolat.tauxHoraireCentimes), source)
  out.set('budget.benevolat.valeur', euros(calcul.benevolat.valeurCentimes), `${heuresSource} × taux horaire ${source}`)
}
