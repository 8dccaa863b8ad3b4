import { addDays } from './dates'

/** Where the public holidays come from, as shown to users. */
export const SOURCE_JOURS_FERIES =
  'Code du travail, article L3133-1 (Pâques, Ascension et Pentecôte calculées par l’application). Les jours fériés propres à l’Alsace-Moselle (Vendredi saint, 26 décembre) ne sont pas écartés.'

export interface JourFerie {
  date: string
  nom: string
}

/** Easter Sunday of a year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function buildYear(year: number): readonly JourFerie[] {
  const easter = easterSunday(year)
  const days: JourFerie[] = [
    { date: `${year}-01-01`, nom: 'Jour de l’an' },
    { date: addDays(easter, 1), nom: 'Lundi de Pâques' },
    { date: `${year}-05-01`, nom: 'Fête du Travail (1er mai)' },
    { date: `${year}-05-08`, nom: 'Victoire 1945 (8 mai)' },
    { date: addDays(easter, 39), nom: 'Ascension' },
    { date: addDays(easter, 50), nom: 'Lundi de Pentecôte' },
    { date: `${year}-07-14`, nom: 'Fête nationale (14 juillet)' },
    { date: `${year}-08-15`, nom: 'Assomption (15 août)' },
    { date: `${year}-11-01`, nom: 'Toussaint (1er novembre)' },
    { date: `${year}-11-11`, nom: 'Armistice du 11 novembre' },
    { date: `${year}-12-25`, nom: 'Noël (25 décembre)' },
  ]
  return Object.freeze(days.sort((a, b) => a.date.localeCompare(b.date)).map((d) => Object.freeze(d)))
}

// Planning and the compliance forecast ask about every day of a year, often for many collectifs.
const byYear = new Map<number, { list: readonly JourFerie[]; byDate: Map<string, JourFerie> }>()

function yearOf(year: number) {
  let entry = byYear.get(year)
  if (!entry) {
    const list = buildYear(year)
    entry = { list, byDate: new Map(list.map((h) => [h.date, h])) }
    byYear.set(year, entry)
  }
  return entry
}

/** The eleven public holidays of metropolitan France in a calendar year, by date. */
export function publicHolidays(year: number): JourFerie[] {
  return [...yearOf(year).list]
}

/** The public holiday falling on `iso`, or null. */
export function publicHolidayOn(iso: string): JourFerie | null {
  return yearOf(Number(iso.slice(0, 4))).byDate.get(iso) ?? null
}
