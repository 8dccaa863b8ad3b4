/**
 * Headers and values are typed by hand, each association its own way: « Né(e) le »,
 * « NOM de l'enfant », « cm 1 ». Comparisons go through this fold so that case, accents,
 * apostrophes and punctuation never decide a match.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The fold without any space: « CM 1 » and « cm1 » become the same key. */
export const foldCompact = (text: string): string => fold(text).replace(/ /g, '')
