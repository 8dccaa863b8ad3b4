import { OBJECTIF_PARENTS_LABELS, OBJECTIFS_PARENTS_OBLIGATOIRES } from '../domain/lists'
import type { ComplianceResult } from './types'
import { plural, type YearIndex } from './year-index'

/** R8: each of the five compulsory parent objectives is addressed by at least one action. */
export function r8AxeParents(index: YearIndex): ComplianceResult {
  const done = new Set(index.input.actionsParents.filter((a) => a.date <= index.date).flatMap((a) => a.objectifs))
  const missing = OBJECTIFS_PARENTS_OBLIGATOIRES.filter((o) => !done.has(o))
  const base = { regle: 'R8-axe-parents', mesure: OBJECTIFS_PARENTS_OBLIGATOIRES.length - missing.length, seuil: OBJECTIFS_PARENTS_OBLIGATOIRES.length }
  if (missing.length === 0) return { ...base, statut: 'conforme', message: 'Les cinq objectifs obligatoires envers les parents ont chacun au moins une action.' }
  const list = missing.map((o) => `« ${OBJECTIF_PARENTS_LABELS[o]} »`).join(', ')
  return {
    ...base, statut: index.atEnd ? 'non_conforme' : 'alerte',
    message: base.mesure === 0
      ? `Aucun des cinq objectifs obligatoires n'a encore d'action avec les parents : ${list}.`
      : `${plural(base.mesure, 'objectif obligatoire', 'objectifs obligatoires')} sur 5 ${base.mesure > 1 ? 'ont' : 'a'} une action avec les parents. Sans action : ${list}.`,
  }
}
