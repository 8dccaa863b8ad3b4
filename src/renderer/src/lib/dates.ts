/**
 * Calendar helpers for the screens. Dates are `YYYY-MM-DD` strings; the arithmetic is the
 * shared one (src/shared/calendar), the wording for people is here.
 */
import { addDays, formatDateFr, mondayOf, weekday } from '../../../shared/calendar/dates'
import { anneeLibelleOf } from '../../../shared/calendar/school-calendar'
import { schoolYearDates } from '../../../shared/calendar/school-year'
import { todayIso } from './today'

export { addDays, mondayOf, todayIso }

/** 1 = lundi … 7 = dimanche. */
export const isoWeekday = weekday

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`)

export function clampDate(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso
}

const courte = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
const jourMois = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const jourMoisAnnee = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const moisAnnee = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** « mardi 4 novembre 2025 » */
export const formatDateLongue = formatDateFr
/** « mar. 4 nov. » */
export const formatDateCourte = (iso: string) => courte.format(toUtc(iso))
/** « 4 novembre » */
export const formatJourMois = (iso: string) => jourMois.format(toUtc(iso))
/** « 4 novembre 2025 » */
export const formatJourMoisAnnee = (iso: string) => jourMoisAnnee.format(toUtc(iso))
/** « Novembre 2025 » */
export function formatMoisAnnee(iso: string): string {
  const s = moisAnnee.format(toUtc(iso))
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** 90 → « 1 h 30 », 45 → « 45 min », 120 → « 2 h » (the one rule, shared with the registers and the bilan). */
export { formatDuree } from '../../../shared/text/duration'

/** « 16:45 » → « 16 h 45 ». */
export function formatHeure(hhmm: string): string {
  const [h, m] = hhmm.split(':')
  return `${Number(h)} h ${m}`
}

/** The school year proposed at setup: from August on, the one starting this year. */
export function proposerAnneeScolaire(today = todayIso()): { libelle: string; debut: string; fin: string } {
  const libelle = anneeLibelleOf(today)
  return { libelle, ...schoolYearDates(libelle) }
}
