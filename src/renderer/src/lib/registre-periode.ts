import { clampDate } from './dates'

export interface Periode {
  du: string
  au: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The month of `today` within the school year: registers are signed and printed month by month.
 * Out of the year (summer), the nearest month of it, so the period never misses the year.
 */
export function moisDansAnnee(annee: { debut: string; fin: string }, today: string): Periode {
  const [y, m] = clampDate(today, annee.debut, annee.fin).split('-').map(Number)
  return {
    du: clampDate(`${y}-${pad(m)}-01`, annee.debut, annee.fin),
    au: clampDate(`${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`, annee.debut, annee.fin),
  }
}
