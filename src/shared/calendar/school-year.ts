import { addDays, weekday } from './dates'

const LIBELLE = /^(\d{4})-(\d{4})$/

function startYear(libelle: string): number {
  const match = LIBELLE.exec(libelle)
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw new RangeError(`« ${libelle} » n'est pas une année scolaire AAAA-AAAA`)
  return Number(match[1])
}

/** « 2025-2026 » → « 2026-2027 ». */
export function nextSchoolYear(libelle: string): string {
  const start = startYear(libelle) + 1
  return `${start}-${start + 1}`
}

/** The first Saturday of July of `year`: classes end around then. */
function firstSaturdayOfJuly(year: number): string {
  const first = `${year}-07-01`
  return addDays(first, (6 - weekday(first) + 7) % 7)
}

/**
 * The dates a new school year is given: from 1 September to the first Saturday of July, as at
 * setup. The registers' séances are planned inside them; the coordinator may change them later.
 */
export function schoolYearDates(libelle: string): { debut: string; fin: string } {
  const start = startYear(libelle)
  return { debut: `${start}-09-01`, fin: firstSaturdayOfJuly(start + 1) }
}
