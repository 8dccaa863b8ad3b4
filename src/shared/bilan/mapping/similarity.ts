import { normalizeLabel, normalizeQuestionText } from '../questions/normalize'

// Words that carry no meaning of their own in a form's label.
const STOP = new Set(
  "a au aux avec ce ces cette d dans de des du en est et il ils l la le les leur leurs ou par pour qu que quel quelle quelles quels qui s se si son sont sur t un une vos votre vous y elle elles on ont n ne pas etre avez".split(' '),
)

/** Meaningful words of a label, plural marks dropped: « Nombre d'enfants inscrits » → nombre, enfant, inscrit. */
export function tokens(text: string): string[] {
  return normalizeLabel(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
}

/**
 * How alike two labels are, from 0 to 1: the Dice coefficient of their words (word order,
 * accents, case and small wording changes do not matter), 1 when they are the same text.
 */
export function similarity(a: string, b: string): number {
  const na = normalizeQuestionText(a)
  const nb = normalizeQuestionText(b)
  if (!na || !nb) return 0
  if (na === nb) return 1
  const ta = new Set(tokens(a))
  const tb = new Set(tokens(b))
  if (ta.size === 0 || tb.size === 0) return 0
  let common = 0
  for (const w of ta) if (tb.has(w)) common++
  return (2 * common) / (ta.size + tb.size)
}

/** The best similarity of `text` to any of `candidates`. */
export const bestSimilarity = (text: string, candidates: readonly string[]) => candidates.reduce((best, c) => Math.max(best, similarity(text, c)), 0)
