import { foldCase } from '../../text/fold'

/**
 * Reduces a question's text to what identifies it, so that a Word form's paragraph can be
 * matched to a formulation copied from the same form: lowercase, no accents, œ/æ spelled out,
 * every apostrophe as ', every other punctuation mark or symbol as a word break (the Word file
 * and our copy differ in typography only: non-breaking space before « : », « … » against
 * « ... », « a -t-il », tick boxes), spaces collapsed.
 */
export function normalizeQuestionText(text: string): string {
  return foldCase(text, true)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ`´′]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/ ?' ?/g, "'")
    .trim()
}

/**
 * The same without apostrophes, words only: « Nombre d’intervenants » → « nombre d intervenants ».
 * How a Word form's labels are compared and how its blanks are keyed in a mapping.
 */
export function normalizeLabel(text: string): string {
  return normalizeQuestionText(text).replace(/'+/g, ' ').trim()
}

/**
 * Where `formulation` starts in `text` (both normalized) at or after `from`, on word
 * boundaries, or -1. Word boundaries keep « fait a » from matching inside « parfait a ».
 */
export function findFormulation(normalizedText: string, normalizedFormulation: string, from = 0): number {
  // The leading space added to the text makes the match's index that of the formulation itself.
  return ` ${normalizedText} `.indexOf(` ${normalizedFormulation} `, from)
}
