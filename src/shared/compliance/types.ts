import type { EchangeDocument } from '../exchange/schema'

export type Statut = 'conforme' | 'non_conforme' | 'alerte' | 'sans_objet'

/** One result, in the shape of spec/conformite.md (plus the R4 forecast). */
export interface ComplianceResult {
  regle: string
  collectifId?: string
  statut: Statut
  mesure?: number
  seuil?: number
  /** R4 only: weeks expected at 15 June at the current rhythm. */
  prevision?: number
  message: string
}

/** What the rules read: an exchange document has all of it. */
export type ComplianceInput = Pick<EchangeDocument, 'structure' | 'anneeScolaire' | 'collectifs' | 'enfants' | 'seances' | 'actionsParents' | 'concertations'> & ComplianceBudgetInput

/** R12 (issue 16) also reads the budget and the bonus projects' expenses; older inputs may lack them. */
export type ComplianceBudgetInput = Partial<Pick<EchangeDocument, 'budget' | 'projetsBonus'>>
