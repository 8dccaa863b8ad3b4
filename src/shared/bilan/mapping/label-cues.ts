import { normalizeLabel } from '../questions/normalize'

// What a label's wording tells of the answer it expects, beyond its subject: a question that a
// oui/non answers, a number, or nothing at all (a footnote, a crossed-out cell).

/** « Existe-t-il des écarts … ? »: a line may take a oui/non only when it asks a question. */
export const asksQuestion = (label: string) => label.includes('?')

/** A count, an amount, hours, a rate: a number goes after this label. */
export const asksNumber = (label: string) =>
  /[€%]/.test(label) ||
  /\b(nombres?|nb|combien|total|totaux|taux|ratio|moyennes?|heures?|etp|montants?|budgets?|couts?|effectifs?|pourcentages?|semaines?|durees?)\b/.test(normalizeLabel(label))

/** « (1) Si le signataire n'est pas … »: a note at the foot of the form, not something to fill. */
export const isFootnote = (label: string) => /^\s*(\(\s*(\d{1,2}|\*+)\s*\)|[¹²³])/.test(label)

/** A column heading that tells how to answer rather than what (« Répondez par Oui ou Non »). */
export const isAnswerInstruction = (heading: string) => /\b(repondez|repondre|cochez|cocher|entourez|oui ou non)\b/.test(normalizeLabel(heading))

/** A heading cell crossed out (« / », « – », « X »): the cells under it are not to be filled. */
export const isCrossedOut = (heading: string) => /^\s*[/\\\-–—xX]+\s*$/.test(heading)

/**
 * The answer of the oui/non just above that a follow-up line is for: « Lesquels : », « Si oui,
 * précisez » are written only under a « oui », « Si non, indiquez … » only under a « non ».
 */
export function followUpOf(label: string): 'oui' | 'non' | null {
  const n = normalizeLabel(label)
  if (/^si non\b/.test(n)) return 'non'
  if (/^(si oui|lesquel(le)?s?|lequel|laquelle|lesquels|precise[rz]?|preciser|le ?quel(le)?s?|si c est le cas|dans l affirmative|de quelle nature|avec qui|lesquelles)\b/.test(n)) return 'oui'
  return null
}
