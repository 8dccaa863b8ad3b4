import type { Seance } from '../../exchange/schema'

// Rounding half away from zero on the decimal value a person reads: 0.05 → 0.1, not 0.0 as the
// binary value 0.04999… would give.
const roundTo = (x: number, decimals: number) => {
  const f = 10 ** decimals
  return Math.round(Number((x * f).toPrecision(12))) / f
}

/** Percentages: whole numbers. */
export const round0 = (x: number) => roundTo(x, 0)
/** Ratios: 1 decimal. */
export const round1 = (x: number) => roundTo(x, 1)
/** ETP, hours: 2 decimals. */
export const round2 = (x: number) => roundTo(x, 2)

export function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length
}

/** The median; with an even count, the mean of the two middle values. */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** « 1 séance tenue » / « 3 séances tenues » */
export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

export const heldSource = (held: Seance[]) => (held.length === 0 ? 'aucune séance tenue' : `calculé depuis ${plural(held.length, 'séance tenue', 'séances tenues')}`)
