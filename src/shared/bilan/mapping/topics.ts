import type { FigureFamily, FigureLabel } from '../figures/labels'
import type { Theme } from '../questions/types'
import { wordIds } from './similarity'
import { words } from './words'

const FAMILY_TOPIC: Record<Exclude<FigureFamily, 'bonus'>, Theme> = {
  identification: 'identification', calendrier: 'calendrier', collectifs: 'public', enfants: 'public', frequentation: 'public',
  intervenants: 'moyens_humains', situations: 'public', parents: 'parents', concertation: 'ecole', formations: 'formations',
  territoire: 'identification',
  budget: 'budget',
}

/** The part of the bilan a figure belongs to, named as the questions' themes. */
export function figureTopic(f: FigureLabel): Theme {
  // bonus.enfants.*, bonus.parents.*, bonus.tne.*
  if (f.famille === 'bonus') return `bonus_${f.key.split('.')[1]}` as Theme
  if (f.famille === 'concertation' && f.key.startsWith('concertation.territoire')) return 'territoire'
  if (f.key.startsWith('activites.')) return 'enfants'
  if (f.key.startsWith('parents.tne.')) return 'bonus_tne'
  return FAMILY_TOPIC[f.famille]
}

/**
 * How a bilan names each of its parts (the référentiel's axes): a heading that reads like one
 * makes the part's own words expected in its questions (« Bonification TNE » above « Référent de
 * l'action » makes it the référent of the parentalité numérique action).
 */
export const TOPIC_WORDS: Record<Theme, number[]> = Object.fromEntries(
  Object.entries({
    identification: 'Identification de la structure gestionnaire, porteur du projet',
    calendrier: 'Calendrier de mise en œuvre du projet',
    moyens_humains: 'Moyens humains, intervenants',
    formations: 'Formations des intervenants',
    public: 'Public concerné, fréquentation',
    enfants: 'Intervention auprès des enfants et des jeunes',
    bonus_enfants: 'Bonus enfants, projet complémentaire d’ouverture culturelle, socio-éducatif',
    parents: 'Intervention auprès des parents',
    bonus_parents: 'Bonus parents, projet spécifique d’accompagnement des parents',
    bonus_tne: 'Bonus parentalité numérique, Territoires numériques éducatifs (TNE)',
    ecole: 'Concertation avec l’école, les établissements scolaires',
    territoire: 'Concertation et coordination avec les acteurs du territoire, partenariat local',
    bilan_global: 'Bilan global, conclusion',
    perspectives: 'Perspectives',
    reseau: 'Réseau départemental',
    signature: 'Signature',
    budget: 'Budget, compte rendu financier, financement, cofinancement',
  }).map(([topic, text]) => [topic, wordIds(words(text))]),
) as Record<Theme, number[]>
