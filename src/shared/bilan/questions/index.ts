import { QUESTIONS } from './bank'
import { FORM_ORDER } from './form-order'
import type { Question } from './types'
import type { TemplateId } from './templates'

export { QUESTIONS } from './bank'
export { FORM_ORDER } from './form-order'
export { findFormulation, normalizeQuestionText } from './normalize'
export { isTemplateId, TEMPLATE_IDS, type TemplateId } from './templates'
export { REPONSES_OUI_NON, THEMES, type Question, type QuestionType, type Theme } from './types'

const byId = new Map(QUESTIONS.map((q) => [q.id, q]))

export function questionById(id: string): Question | undefined {
  return byId.get(id)
}

/** The questions a form asks, in the form's order. */
export function questionsOf(templateId: TemplateId): readonly Question[] {
  return FORM_ORDER[templateId].map((id) => {
    const question = byId.get(id)
    // FORM_ORDER is static and tested: a miss here is a programming error, not user input.
    if (!question) throw new Error(`Question inconnue dans l'ordre du formulaire ${templateId} : ${id}`)
    return question
  })
}
