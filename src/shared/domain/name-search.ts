import { fold } from '../text/fold'

/** The words typed, folded (case, accents, punctuation aside); empty when nothing can be searched. */
export function searchWords(text: string): string[] {
  return fold(text).split(' ').filter(Boolean)
}

/**
 * How well a name answers every word typed, in any order: 0 when a word is found nowhere; each
 * word adds 3 when it is a whole word of the name, 2 when it starts one, 1 when it is inside the
 * name. A word of one or two letters only counts at a word's start: « d » inside every name
 * would drown what was meant. The name is also read without its spaces, so that « ndiaye »
 * finds « N'Diaye » and « jeanbaptiste » finds « Jean-Baptiste ».
 */
export function nameScore(words: string[], name: string): number {
  if (words.length === 0) return 0
  const parts = searchWords(name)
  const joined = parts.join('')
  let score = 0
  for (const w of words) {
    if (parts.includes(w)) score += 3
    else if (parts.some((p) => p.startsWith(w)) || (w.length > 2 && joined.startsWith(w))) score += 2
    else if (w.length > 2 && joined.includes(w)) score += 1
    else return 0
  }
  return score
}
