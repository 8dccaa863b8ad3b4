/**
 * Date helpers on `YYYY-MM-DD` strings. They compute on UTC day numbers so that a séance never
 * moves by a day with the laptop's time zone or a daylight-saving change.
 *
 * They expect valid dates and never throw: the screens call them while a field is being typed.
 * Where a date comes from outside, check it first with `isIsoDate`.
 */

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

const pad = (n: number) => String(n).padStart(2, '0')

function toUtcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  // Date.UTC rolls 2025-02-30 over to 2 March: a date is real when it survives the round trip.
  return Number(value.slice(0, 4)) >= 1000 && fromUtcMs(toUtcMs(value)) === value
}

/** The date `n` days after `iso` (before when `n` is negative). */
export function addDays(iso: string, n: number): string {
  return fromUtcMs(toUtcMs(iso) + n * DAY_MS)
}

/** The day of the week of `iso`: 1 = lundi … 7 = dimanche, as in the exchange format. */
export function weekday(iso: string): number {
  return ((new Date(toUtcMs(iso)).getUTCDay() + 6) % 7) + 1
}

/** The Monday of the Monday–Sunday week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso))
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS)
}

/** Every date from `from` to `to`, both included (none when `to` is earlier). */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/** Today on the machine's own calendar: local time, since that is the day the user lives. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Orders two ISO dates, for `Array.prototype.sort`. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Written out rather than left to Intl so that the wording does not depend on the locale data
// shipped with the runtime.
/** « mardi 4 novembre 2025 » */
export function formatDateFr(iso: string): string {
  return `${JOURS[weekday(iso) - 1]} ${Number(iso.slice(8, 10))} ${MOIS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
}

/** « 04/11/2025 » */
export function formatDateCourteFr(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
}
