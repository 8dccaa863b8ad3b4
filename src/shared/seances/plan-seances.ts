import { addDays, weekday } from '../calendar/dates'
import { publicHolidayOn } from '../calendar/public-holidays'
import { holidayPeriods, isCalendarCovered, isProvisional, toussaintFin } from '../calendar/school-calendar'
import { NOTE_PROVISOIRE } from '../calendar/school-holidays'

export interface CreneauPlan {
  jour: number
  heureDebut: string
  dureeMinutes: number
}

export interface PlanInput {
  creneaux: CreneauPlan[]
  du: string
  au: string
  zone: string
  anneeLibelle: string
}

export interface PlanResult {
  prevues: { date: string; heureDebut: string; dureeMinutes: number }[]
  ecartees: { date: string; raison: string }[]
  /** The zone or year is not in the shipped calendar: school holidays were not skipped. */
  calendrierIncomplet: boolean
  avertissement?: string
}

const VACANCES: Record<string, string> = {
  Toussaint: 'Vacances de la Toussaint', Noël: 'Vacances de Noël', Hiver: "Vacances d'hiver", Printemps: 'Vacances de printemps', Été: "Vacances d'été",
}

/**
 * The séances a collectif's weekly créneaux give between two dates: one per créneau per week,
 * none during the zone's school holidays or on a public holiday (each listed with its reason).
 */
export function planSeances({ creneaux, du, au, zone, anneeLibelle }: PlanInput): PlanResult {
  const covered = isCalendarCovered(zone, anneeLibelle)
  const periods = holidayPeriods(zone, anneeLibelle) ?? []
  const prevues: PlanResult['prevues'] = []
  const ecartees: PlanResult['ecartees'] = []
  for (let date = du; date <= au; date = addDays(date, 1)) {
    const slots = creneaux.filter((c) => c.jour === weekday(date))
    if (slots.length === 0) continue
    const vacances = periods.find((p) => p.debut <= date && date <= p.fin)
    const ferie = publicHolidayOn(date)
    if (vacances || ferie) {
      ecartees.push({ date, raison: vacances ? VACANCES[vacances.nom] : `Jour férié : ${ferie!.nom}` })
      continue
    }
    for (const s of slots) prevues.push({ date, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes })
  }
  prevues.sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
  const avertissement = avertissementCalendrier(zone, anneeLibelle)
  return { prevues, ecartees, calendrierIncomplet: !covered, ...(avertissement ? { avertissement } : {}) }
}

/** What to tell the coordinator when the shipped calendar cannot skip every holiday of that year. */
export function avertissementCalendrier(zone: string, anneeLibelle: string): string | undefined {
  if (!isCalendarCovered(zone, anneeLibelle)) {
    return `Le calendrier scolaire de la zone « ${zone} » pour ${anneeLibelle} n'est pas connu de l'application : les vacances ne sont pas écartées des séances planifiées, vérifiez les dates.`
  }
  return isProvisional(anneeLibelle) ? NOTE_PROVISOIRE : undefined
}

/** The référentiel's recommended period: from the Monday after the Toussaint holidays to 15 June. */
export function defaultPlanningPeriod(anneeLibelle: string): { du: string; au: string } {
  const end = Number(anneeLibelle.slice(5, 9))
  const toussaint = toussaintFin(anneeLibelle)
  return { du: toussaint ? addDays(toussaint, 1) : `${end - 1}-11-01`, au: `${end}-06-15` }
}
