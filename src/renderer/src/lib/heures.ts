/** Hours as decimal numbers (1 h 30 = 1,5), as the bilan counts them, written and read the French way. */

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

/** 13.5 → « 13,5 h », 0 → « 0 h ». */
export const formatHeures = (h: number): string => `${nombre.format(h)}\u00a0h`

/**
 * What a person typed in an hours field: « 12 », « 12,5 », « 12.5 », « 12 h » → the number;
 * an empty field → null (not given); anything else → NaN, for the form to word its own error.
 */
export function parseHeures(text: string): number | null {
  const t = text.trim().replace(/\s*h$/i, '').replace(',', '.')
  if (t === '') return null
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN
}

/** The value of an hours field for a number that may be absent: 12.5 → « 12,5 ». */
export const heuresText = (h: number | undefined): string => (h === undefined ? '' : String(h).replace('.', ','))
