import type { Collectif, Seance } from '../exchange/schema'
import { mondayOf } from '../calendar/dates'
import type { ComplianceInput } from './types'
import { sortFr } from '../domain/french-order'
import { isHeld } from '../seances/held'

export interface Enrolment {
  enfantId: string
  du: string
  au?: string
}

/** The data of one year indexed once, so that no rule scans everything again. */
export interface YearIndex {
  input: ComplianceInput
  /** The evaluation date, clipped to the year. */
  date: string
  /** The evaluation date is the year's last day: "at the end" criteria apply. */
  atEnd: boolean
  rural: boolean
  /** 15 June of the second calendar year of the school year. */
  quinzeJuin: string
  collectifs: Collectif[]
  /** Non-cancelled séances of each collectif, by date (held or not yet). */
  seances: Map<string, Seance[]>
  /** Held séances (not cancelled, date ≤ D) of each collectif, by date. */
  held: Map<string, Seance[]>
  enrolments: Map<string, Enrolment[]>
  /** The Monday of a date's week, memoised: the same dates recur across collectifs and rules. */
  monday(date: string): string
  /** Memo of R4's forecast by weekday pattern: collectifs share a few patterns. */
  forecasts: Map<string, { weeks: Set<string>; calendrierIncomplet: boolean }>
}

/** Children of a collectif enrolled on `day`. */
export function enrolledOn(index: YearIndex, collectifId: string, day: string): number {
  const seen = new Set<string>()
  for (const e of index.enrolments.get(collectifId) ?? []) if (e.du <= day && (e.au === undefined || day <= e.au)) seen.add(e.enfantId)
  return seen.size
}

/** Distinct Mondays of the weeks holding these séances. */
export function weeksOf(index: YearIndex, seances: Seance[]): Set<string> {
  return new Set(seances.map((s) => index.monday(s.date)))
}

/** The date the rules evaluate: `date` clipped to the school year. */
export function evaluationDate(input: { anneeScolaire: { debut: string; fin: string } }, date: string): string {
  const { debut, fin } = input.anneeScolaire
  return date < debut ? debut : date > fin ? fin : date
}

export function buildYearIndex(input: ComplianceInput, date: string): YearIndex {
  const { fin, libelle } = input.anneeScolaire
  const d = evaluationDate(input, date)
  const collectifs = sortFr([...input.collectifs], (c) => c.nom)
  const seances = new Map<string, Seance[]>(collectifs.map((c) => [c.id, []]))
  for (const s of input.seances) if (!s.annulee) seances.get(s.collectifId)?.push(s)
  const held = new Map<string, Seance[]>()
  for (const [id, list] of seances) {
    list.sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
    held.set(id, list.filter((s) => isHeld(s, d)))
  }
  const enrolments = new Map<string, Enrolment[]>(collectifs.map((c) => [c.id, []]))
  for (const e of input.enfants) for (const i of e.inscriptions) enrolments.get(i.collectifId)?.push({ enfantId: e.id, du: i.du, au: i.au })
  const mondays = new Map<string, string>()
  const monday = (date: string) => {
    let m = mondays.get(date)
    if (m === undefined) mondays.set(date, (m = mondayOf(date)))
    return m
  }
  return { input, date: d, atEnd: d >= fin, rural: input.structure.milieuRural, quinzeJuin: `${libelle.slice(5, 9)}-06-15`, collectifs, seances, held, enrolments, monday, forecasts: new Map() }
}

/** « 1 séance » / « 3 séances » */
export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`
export const round2 = (x: number) => Math.round(x * 100) / 100
