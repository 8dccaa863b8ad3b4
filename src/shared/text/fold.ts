/**
 * The one accent and case fold. Names, headers and partners are typed by hand, each person their
 * own way (« Médiathèque », « mediatheque », « NOM de l'enfant »): every comparison, search key
 * and file-name slug goes through these functions so that two places can never disagree on what
 * « the same text » is.
 */

/**
 * Text without its accents (every combining mark). `compatible` also spells out typographic
 * variants (non-breaking spaces, « … », ligatures such as « ﬁ »): what a Word form's text needs.
 */
export function stripAccents(text: string, compatible = false): string {
  return text.normalize(compatible ? 'NFKD' : 'NFD').replace(/\p{M}/gu, '')
}

/** Lower case without accents: « Médiathèque » and « MEDIATHEQUE » give the same key. */
export const foldCase = (text: string, compatible = false): string => stripAccents(text, compatible).toLowerCase()

/**
 * Case, accents, apostrophes and punctuation aside, words separated by one space:
 * « Né(e) le » → « ne e le », « Cœur » → « coeur ».
 */
export function fold(text: string): string {
  return foldCase(text)
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The fold without any space: « CM 1 » and « cm1 » become the same key. */
export const foldCompact = (text: string): string => fold(text).replace(/ /g, '')

/** Ascii words joined by « - », for file names and ids: « Collège « Étoile » » → « college-etoile ». */
export function slugify(text: string): string {
  return foldCase(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
