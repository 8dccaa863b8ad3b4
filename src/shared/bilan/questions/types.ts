import type { TemplateId } from './templates'

/** The parts of a bilan a question belongs to; the Bilan screen groups questions by theme. */
export const THEMES = [
  'identification', 'calendrier', 'moyens_humains', 'formations', 'public', 'enfants', 'bonus_enfants',
  'parents', 'bonus_parents', 'bonus_tne', 'ecole', 'territoire', 'bilan_global', 'perspectives', 'reseau', 'signature',
  'budget',
] as const
export type Theme = (typeof THEMES)[number]

/**
 * `texte`: free text. `ouinon`: a box to tick; its answer is stored in `reponses` as one of
 * REPONSES_OUI_NON, since the exchange format keeps every answer as a string.
 */
export type QuestionType = 'texte' | 'ouinon'
export const REPONSES_OUI_NON = ['oui', 'non'] as const

export interface Question {
  /** Stable: answers are stored under it (`reponses` of the exchange format). Never rename. */
  readonly id: string
  readonly theme: Theme
  /** Neutral French wording shown on the Bilan screen, whatever the form. */
  readonly texte: string
  readonly type: QuestionType
  /**
   * The exact wording(s) each form uses, copied from the form, one string per place the form
   * asks it. A form that does not ask the question has no entry.
   */
  readonly formulations: Partial<Record<TemplateId, readonly string[]>>
  /**
   * A follow-up (« Si oui, précisez… ») asked right after an `ouinon` question in the forms
   * that ask both; `si` is the answer that calls for it. Forms that ask only the follow-up
   * (one sentence holding both) still ask it.
   */
  readonly suiteDe?: { readonly question: string; readonly si: 'oui' | 'non' }
  /**
   * The screen of the app that asks the question when no known form does yet (its
   * `formulations` then stay empty): a form that asks it later is matched by its wording.
   */
  readonly ecran?: string
}
