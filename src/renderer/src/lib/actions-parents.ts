import { FORMAT_ACTION_PARENTS_LABELS, OBJECTIF_PARENTS_LABELS, OBJECTIFS_PARENTS, OBJECTIFS_PARENTS_OBLIGATOIRES, type ObjectifParents } from '../../../shared/domain/lists'
import type { ActionParents } from '../../../shared/exchange/schema'
import { formatJourMoisAnnee } from './dates'

export const OBJECTIFS_AUTRES = OBJECTIFS_PARENTS.filter((o) => !(OBJECTIFS_PARENTS_OBLIGATOIRES as readonly string[]).includes(o))

export const estObligatoire = (o: string) => (OBJECTIFS_PARENTS_OBLIGATOIRES as readonly string[]).includes(o)

export const objectifLabel = (o: string) => OBJECTIF_PARENTS_LABELS[o as ObjectifParents] ?? o

export const BONUS_LABELS: Record<'' | 'parents' | 'tne', string> = {
  '': 'Aucun',
  parents: 'Bonus parents',
  tne: 'Bonus TNE (territoires numériques éducatifs)',
}

/** What an action is called on screen: its intitulé, else its format, else a generic name. */
export function nomAction(a: Pick<ActionParents, 'intitule' | 'format'>): string {
  return a.intitule?.trim() || (a.format ? FORMAT_ACTION_PARENTS_LABELS[a.format] : 'Action avec les parents')
}

/** « Supprimer l'action « Café de rentrée » du 20 novembre 2025 ? » */
export const questionSuppression = (a: Pick<ActionParents, 'intitule' | 'format' | 'date'>) =>
  `Supprimer l'action « ${nomAction(a)} » du ${formatJourMoisAnnee(a.date)} ?`
