import { formatDateCourteFr, isIsoDate } from '../../calendar/dates'
import type { FigureFormat, FigureValue } from './types'

// A no-break space: a number or « 84 % » never breaks across two lines of a Word form.
const NBSP = '\u00a0'

/** « 1 086,5 »: decimal comma, thousands grouped, at most `decimals` decimals, no trailing zeros. */
function numberFr(x: number, decimals: number): string {
  const f = 10 ** decimals
  const rounded = Math.round(Number((Math.abs(x) * f).toPrecision(12))) / f
  const [whole, fraction] = String(rounded).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  return `${x < 0 && rounded !== 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`
}

/** « 1 h 30 », « 45 min », « 2 h »: whole minutes, as a person writes a séance's length. */
function durationFr(minutes: number): string {
  const total = Math.round(minutes)
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h === 0) return `${m}${NBSP}min`
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`
}

/** A figure as it is written on a French form; an unknown figure (null) is a blank. */
export function formatFigure(value: FigureValue | undefined, format: FigureFormat): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non'
  if (typeof value === 'string') return format === 'date' && isIsoDate(value) ? formatDateCourteFr(value) : value
  switch (format) {
    case 'entier':
      return numberFr(value, 0)
    case 'pourcentage':
      return `${numberFr(value, 0)}${NBSP}%`
    case 'minutes':
      return durationFr(value)
    case 'booleen':
      return value !== 0 ? 'Oui' : 'Non'
    default:
      return numberFr(value, 2)
  }
}
