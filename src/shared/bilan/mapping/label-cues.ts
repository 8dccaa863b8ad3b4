import { normalizeLabel } from '../questions/normalize'

// What a label's wording tells of the answer it expects, beyond its subject: a question that a
// oui/non answers, a number, or nothing at all (a footnote, a crossed-out cell).

/** « Existe-t-il des écarts … ? »: a line may take a oui/non only when it asks a question. */
export const asksQuestion = (label: string) => label.includes('?')

/** A count, an amount, hours, a rate: a number goes after this label. */
export const asksNumber = (label: string) =>
  /[€%]/.test(label) ||
  /\b(nombres?|nb|combien|total|totaux|taux|ratio|moyennes?|heures?|minutes?|volume horaire|etp|montants?|budgets?|couts?|effectifs?|pourcentages?|semaines?|durees?|dont)\b/.test(normalizeLabel(label))

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

/** A heading that a oui/non answers: a question, or words that say to tick or answer oui/non. */
export const asksYesNo = (text: string) => text.includes('?') || /\b(oui|non|cochez|cocher|cocher la case)\b/.test(normalizeLabel(text))

/** A name, a place or contact details go after this label: never a count. */
export const asksName = (text: string) =>
  /\b(nom|noms|prenoms?|intitules?|denomination|raison sociale|adresses?|communes?|villes?|lieux?|etablissements?|partenaires?|courriel|mail|email|mel|telephone|tel|portable|signature)\b/.test(normalizeLabel(text))

/** A budget's column (« Prévisionnel », « Réalisé »): amounts, whatever the row names (« Commune »). */
export const isBudgetColumn = (heading: string) => /\b(previsionnels?|realises?)\b/.test(normalizeLabel(heading))

/** The unit a label asks a value in: « (minutes) », « (en heures) », « (€) », « en % ». */
export type Unit = 'minutes' | 'heures' | 'pourcent' | 'euros'
export function unitOf(label: string): Unit | null {
  if (/%/.test(label) || /\ben pourcentage\b/.test(normalizeLabel(label))) return 'pourcent'
  if (/€/.test(label) || /\b(en )?euros?\b/.test(normalizeLabel(label))) return 'euros'
  const n = normalizeLabel(label)
  if (/\b(en )?minutes?\b|\bmn\b/.test(n)) return 'minutes'
  if (/\ben heures?\b|\(\s*h\s*\)|\(\s*heures?\s*\)|\bheures?\b/.test(n)) return 'heures'
  return null
}
