/**
 * Date helpers on `YYYY-MM-DD` strings. They compute in UTC so that a séance never moves by a
 * day with the laptop's time zone or a daylight-saving change.
 */

const pad = (n: number) => String(n).padStart(2, '0')

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

function fromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** The date `n` days after `iso` (before when negative). */
export function addDays(iso: string, n: number): string {
  const d = toUtc(iso)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtc(d)
}

/** 1 = lundi … 7 = dimanche, as in the exchange format. */
export function weekday(iso: string): number {
  return ((toUtc(iso).getUTCDay() + 6) % 7) + 1
}

/** The Monday of the Monday–Sunday week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso))
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000)
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/** Today on the machine's own calendar (local time, not UTC). */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Orders two ISO dates (they sort as strings). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const longue = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** « mardi 4 novembre 2025 » */
export function formatDateFr(iso: string): string {
  return longue.format(toUtc(iso))
}

/** « 04/11/2025 » */
export function formatDateCourteFr(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${d}/${m}/${y}`
}
