import type { ComplianceResult } from './types'
import type { YearIndex } from './year-index'

/** R11: a coordinator is designated, Bac+2 recommended. */
export function r11Coordination(index: YearIndex): ComplianceResult {
  const c = index.input.structure.coordinateur
  const base = { regle: 'R11-coordination' }
  if (!c.prenom.trim() || !c.nom.trim()) return { ...base, statut: 'non_conforme', message: 'Aucune coordinatrice ni aucun coordinateur désigné : renseignez-le dans Paramètres.' }
  if (c.diplomeBacPlus2 !== true) {
    return { ...base, statut: 'alerte', message: `${c.prenom} ${c.nom} coordonne l'action ; le référentiel demande un niveau Bac+2 : cochez-le dans Paramètres s'il est atteint.` }
  }
  return { ...base, statut: 'conforme', message: `${c.prenom} ${c.nom} coordonne l'action (Bac+2 ou plus).` }
}
