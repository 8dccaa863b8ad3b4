import { normalizeQuestionText } from '../questions/normalize'
import { wordSimilarity, words } from './words'

/** Words are compared by number: the same word always gets the same one. */
const idOf = new Map<string, number>()
const textOf: string[] = []
const prefixOf: string[] = []

export function wordIds(list: readonly string[]): number[] {
  return list.map((w) => {
    let id = idOf.get(w)
    if (id === undefined) {
      id = prefixOf.length
      idOf.set(w, id)
      textOf.push(w)
      prefixOf.push(w.slice(0, 2))
    }
    return id
  })
}

/** The first letters of the words: two texts with none in common have no word alike. */
export const wordStarts = (ids: Iterable<number>): Set<string> => new Set([...ids].map((id) => prefixOf[id]))

const pairCache = new Map<number, number>()

function wordMatch(a: number, b: number): number {
  if (a === b) return 1
  // Words alike begin alike: most pairs are told apart without comparing them.
  if (prefixOf[a] !== prefixOf[b]) return 0
  const key = a < b ? a * 2 ** 21 + b : b * 2 ** 21 + a
  let s = pairCache.get(key)
  if (s === undefined) {
    s = wordSimilarity(textOf[a], textOf[b])
    pairCache.set(key, s)
  }
  return s
}

function bestMatch(word: number, among: readonly number[]): number {
  let best = 0
  for (const other of among) {
    const s = wordMatch(word, other)
    if (s > best) best = s
    if (best === 1) break
  }
  return best
}

/**
 * How rare each word is among the wordings the proposals draw from: a word most wordings share
 * (« nombre », « enfant ») says less about a blank than one few share (« assiduité »).
 */
export class Vocabulary {
  private readonly df = new Map<number, number>()
  private readonly size: number
  private readonly unseen: number
  private readonly weights: number[] = []

  /** Each document is the words of one thing a blank can receive (all its wordings together). */
  constructor(documents: readonly (readonly number[])[]) {
    for (const doc of documents) for (const w of new Set(doc)) this.df.set(w, (this.df.get(w) ?? 0) + 1)
    this.size = documents.length
    // A word no wording has cannot tell candidates apart: it weighs like a word one wording in
    // twenty has, lowering every score alike rather than sinking long labels (« … permettant de
    // justifier … »).
    this.unseen = Math.log((this.size + 1) / (Math.max(2, this.size / 20) + 0.5))
  }

  weight(word: number): number {
    let w = this.weights[word]
    if (w === undefined) {
      const df = this.df.get(word)
      w = df === undefined ? this.unseen : Math.log((this.size + 1) / (df + 0.5))
      this.weights[word] = w
    }
    return w
  }
}

export type Weights = Pick<Vocabulary, 'weight'>

/** Every word weighs the same: for comparing two labels without a bank behind them. */
const FLAT: Weights = { weight: () => 1 }

/**
 * How well a candidate's wording answers a label, from 0 to 1: the F-measure of the weighted
 * words of the label found in the wording (recall) and of the wording's words found in the label
 * (precision). A wording's word found only in `context` (the heading above, the line before)
 * counts for the credit given to that context word: « Les difficultés rencontrées » under
 * « Intervention auprès des enfants » is « Difficultés rencontrées auprès des enfants ». A label's
 * word missing from the wording counts for its credit in `implied`: the words of the part of the
 * bilan a wording belongs to, when the heading names that part.
 */
export function matchScore(
  label: readonly number[],
  wording: readonly number[],
  vocabulary: Weights = FLAT,
  context?: ReadonlyMap<number, number>,
  implied?: ReadonlyMap<number, number>,
): number {
  if (label.length === 0 || wording.length === 0) return 0
  let found = 0
  let total = 0
  for (const w of label) {
    const weight = vocabulary.weight(w)
    total += weight
    found += weight * Math.max(bestMatch(w, wording), implied?.get(w) ?? 0)
  }
  if (found === 0) return 0
  const recall = found / total
  let explained = 0
  let size = 0
  for (const w of wording) {
    const weight = vocabulary.weight(w)
    size += weight
    let s = bestMatch(w, label)
    if (s < 1 && context) for (const [c, credit] of context) s = Math.max(s, credit * wordMatch(w, c))
    explained += weight * s
  }
  const precision = explained / size
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

/** The weighted share of `label`'s words found in `wording`. */
export function coverage(label: readonly number[], wording: readonly number[], vocabulary: Weights = FLAT): number {
  let found = 0
  let total = 0
  for (const w of label) {
    const weight = vocabulary.weight(w)
    total += weight
    found += weight * bestMatch(w, wording)
  }
  return total === 0 ? 0 : found / total
}

/**
 * How alike two labels are, from 0 to 1 (word order, accents, case, plural and feminine marks
 * and small wording changes do not matter), 1 when they are the same text.
 */
export function similarity(a: string, b: string): number {
  const na = normalizeQuestionText(a)
  const nb = normalizeQuestionText(b)
  if (!na || !nb) return 0
  if (na === nb) return 1
  return matchScore(wordIds(words(a)), wordIds(words(b)))
}

/** The best similarity of `text` to any of `candidates`. */
export const bestSimilarity = (text: string, candidates: readonly string[]) => candidates.reduce((best, c) => Math.max(best, similarity(text, c)), 0)
