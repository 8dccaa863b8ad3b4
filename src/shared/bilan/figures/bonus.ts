import { NATURES_DEPENSE, TYPES_PROJET_BONUS } from '../../domain/lists'
import { plural, round2 } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

/**
 * `bonus.<type>.*` from the bonus projects. Without a project of a type, only « mis en place:
 * non » and « 0 collectif » are answers; the questions about the project itself (whole year,
 * expenses, amount) do not apply and stay empty (null).
 */
export function bonusFigures(data: YearData, out: FigureSink): void {
  for (const type of TYPES_PROJET_BONUS) {
    const projets = data.doc.projetsBonus.filter((p) => p.type === type)
    const none = projets.length === 0
    const source = none ? 'aucun projet bonus de ce type saisi' : `calculé depuis ${plural(projets.length, 'projet bonus', 'projets bonus')} « ${type} »`
    const depenses = projets.flatMap((p) => p.depenses)
    out.set(`bonus.${type}.misEnPlace`, !none, source)
    out.set(`bonus.${type}.intitule`, none ? null : projets.map((p) => p.intitule.trim()).join(' ; '), source)
    out.set(`bonus.${type}.collectifs`, new Set(projets.flatMap((p) => p.collectifIds)).size, source)
    out.set(`bonus.${type}.touteAnnee`, none ? null : projets.some((p) => p.touteAnnee), source)
    for (const nature of NATURES_DEPENSE) out.set(`bonus.${type}.depenses.${nature}`, none ? null : depenses.some((d) => d.nature === nature), source)
    out.set(`bonus.${type}.montant`, none ? null : round2(depenses.reduce((s, d) => s + d.montantEuros, 0)), source)
  }
}
