import { normalizeLabel } from '../questions/normalize'
import { wordIds } from './similarity'
import { words } from './words'

/** A wording ready to compare: its words, and its text reduced to compare it whole. */
export interface Wording {
  normalized: string
  words: number[]
  /** Below 1 for a wording cut of its asides: the whole wording says more. */
  factor: number
}

export const wording = (text: string, factor = 1): Wording => ({ normalized: normalizeLabel(text), words: wordIds(words(text)), factor })

/** A wording's asides in brackets are secondary: « … (accès aux droits, orientation, numérique) ». */
export const withoutAsides = (text: string) => text.replace(/\([^)]*\)?/g, ' ').replace(/\s+/g, ' ').trim()
const CUT = 0.97

/** Each wording, and the same without its asides when it has some. */
export const withVariants = (texts: readonly string[]): Wording[] => {
  const all = texts.flatMap((t) => [wording(t), wording(withoutAsides(t), CUT)]).filter((w) => w.words.length > 0)
  return all.filter((w, i) => all.findIndex((x) => x.normalized === w.normalized) === i)
}
