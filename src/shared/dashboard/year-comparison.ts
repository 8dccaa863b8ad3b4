import { addDays, daysBetween } from '../calendar/dates'
import { buildYearIndex } from '../compliance/year-index'
import type { ComplianceInput } from '../compliance'

/** What the home screen compares from one year to the next. */
export interface YearTotals {
  /** Children enrolled in a collectif at some point of the year up to the date. */
  enfants: number
  seancesTenues: number
  /** Present marks / all marks of the held séances, 0..1; null when nothing is marked. */
  tauxPresence: number | null
  actionsParents: number
}

/** The year's totals as of `date` (clipped to the year), with the dashboard's rules (held séances, marks). */
export function yearTotals(input: ComplianceInput, date: string): YearTotals {
  const index = buildYearIndex(input, date)
  let present = 0
  let marked = 0
  let seancesTenues = 0
  for (const held of index.held.values()) {
    seancesTenues += held.length
    for (const s of held) for (const p of s.presences) {
      marked++
      if (p.statut === 'present') present++
    }
  }
  const enfants = new Set<string>()
  for (const list of index.enrolments.values()) for (const e of list) if (e.du <= index.date) enfants.add(e.enfantId)
  return {
    enfants: enfants.size,
    seancesTenues,
    tauxPresence: marked === 0 ? null : Math.round((present / marked) * 1000) / 1000,
    actionsParents: input.actionsParents.filter((a) => a.date <= index.date).length,
  }
}

/**
 * The previous year's date to compare with `date` of the current year: the same day counted from
 * each year's start while the current year runs ('meme-jour'); its last day when the current year
 * is over or not begun, since a part of it would compare with nothing ('annee-entiere').
 */
export function comparableDate(
  current: { debut: string; fin: string }, previous: { debut: string; fin: string }, date: string,
): { date: string; mode: 'meme-jour' | 'annee-entiere' } {
  if (date <= current.debut || date >= current.fin) return { date: previous.fin, mode: 'annee-entiere' }
  const same = addDays(previous.debut, daysBetween(current.debut, date))
  return same >= previous.fin ? { date: previous.fin, mode: 'annee-entiere' } : { date: same, mode: 'meme-jour' }
}
