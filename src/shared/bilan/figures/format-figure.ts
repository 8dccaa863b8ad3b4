import { formatDateCourteFr, isIsoDate } from '../../calendar/dates'
import { formatDuree } from '../../text/duration'
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
      return formatDuree(value, NBSP)
    case 'booleen':
      return value !== 0 ? 'Oui' : 'Non'
    default:
      return numberFr(value, 2)
  }
}
