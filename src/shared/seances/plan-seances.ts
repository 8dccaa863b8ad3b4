import { addDays, formatDateCourteFr, isIsoDate, weekday } from '../calendar/dates'
import { publicHolidayOn } from '../calendar/public-holidays'
import { avertissementCalendrier, holidayOn, isCalendarCovered, isProvisional, toussaintFin } from '../calendar/school-calendar'
import { LIBELLE_VACANCES } from '../calendar/school-holidays'

export { avertissementCalendrier }

/** One weekly slot of a collectif. */
export interface CreneauPlan {
  /** 1 = lundi … 7 = dimanche. */
  jour: number
  /** « HH:MM ». */
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

export interface SeancePrevue {
  date: string
  heureDebut: string
  dureeMinutes: number
}

export interface SeanceEcartee {
  date: string
  /** « Vacances de la Toussaint », « Jour férié : Armistice du 11 novembre » */
  raison: string
}

export interface PlanResult {
  prevues: SeancePrevue[]
  ecartees: SeanceEcartee[]
  /** The zone, the year or some dates are not in the shipped calendar: their school holidays were not skipped. */
  calendrierIncomplet: boolean
  /** Some holidays skipped come from a provisional year, to check against the published arrêté. */
  calendrierProvisoire: boolean
  /** In French, for the coordinator, when either flag is set. */
  avertissement?: string
}

const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/

// The contract validates what users send; this guards the other callers (demo, forecasts).
function checkInput({ creneaux, du, au }: PlanInput): void {
  if (!isIsoDate(du)) throw new RangeError(`du : « ${du} » n'est pas une date AAAA-MM-JJ`)
  if (!isIsoDate(au)) throw new RangeError(`au : « ${au} » n'est pas une date AAAA-MM-JJ`)
  for (const c of creneaux) {
    if (!Number.isInteger(c.jour) || c.jour < 1 || c.jour > 7) throw new RangeError(`jour du créneau : ${c.jour} n'est pas un jour de 1 (lundi) à 7 (dimanche)`)
    if (!HEURE.test(c.heureDebut)) throw new RangeError(`heure du créneau : « ${c.heureDebut} » n'est pas une heure HH:MM`)
    if (!Number.isInteger(c.dureeMinutes) || c.dureeMinutes <= 0) throw new RangeError(`durée du créneau : ${c.dureeMinutes} n'est pas un nombre de minutes positif`)
  }
}

/** The créneaux of each weekday, by time; a slot given twice is one slot. */
function slotsByWeekday(creneaux: CreneauPlan[]): Map<number, CreneauPlan[]> {
  const byDay = new Map<number, CreneauPlan[]>()
  for (const c of [...creneaux].sort((a, b) => a.heureDebut.localeCompare(b.heureDebut))) {
    const day = byDay.get(c.jour) ?? []
    if (!day.some((d) => d.heureDebut === c.heureDebut)) day.push(c)
    byDay.set(c.jour, day)
  }
  return byDay
}

function warning(input: PlanInput, incomplet: boolean, provisoire: boolean): string | undefined {
  const { zone, anneeLibelle, du, au } = input
  if (!isCalendarCovered(zone, anneeLibelle)) return avertissementCalendrier(zone, anneeLibelle)
  const parts: string[] = []
  if (incomplet) {
    parts.push(`Le calendrier scolaire livré avec l'application ne couvre pas toutes les dates du ${formatDateCourteFr(du)} au ${formatDateCourteFr(au)} : les vacances n'y sont pas toutes écartées. Vérifiez les dates.`)
  }
  if (provisoire) {
    parts.push(avertissementCalendrier(zone, anneeLibelle) ?? "Une partie des vacances écartées vient d'un calendrier scolaire provisoire, à vérifier avec l'arrêté publié.")
  }
  return parts.length ? parts.join(' ') : undefined
}

/**
 * The séances a collectif's weekly créneaux give from `du` to `au` (both included): one per
 * créneau per week, none during the zone's school holidays or on a public holiday, each day
 * left out listed once with its reason.
 */
export function planSeances(input: PlanInput): PlanResult {
  checkInput(input)
  const { du, au, zone, anneeLibelle } = input
  const slots = slotsByWeekday(input.creneaux)
  const prevues: SeancePrevue[] = []
  const ecartees: SeanceEcartee[] = []
  let incomplet = !isCalendarCovered(zone, anneeLibelle)
  let provisoire = isProvisional(anneeLibelle)
  for (let date = du; date <= au; date = addDays(date, 1)) {
    const day = slots.get(weekday(date))
    if (!day) continue
    const vacances = holidayOn(zone, date)
    incomplet ||= !vacances.couvert
    provisoire ||= vacances.provisoire
    // A public holiday inside the school holidays is left out for the holidays: that is what families know.
    const ferie = vacances.periode ? null : publicHolidayOn(date)
    if (vacances.periode) ecartees.push({ date, raison: LIBELLE_VACANCES[vacances.periode.nom] })
    else if (ferie) ecartees.push({ date, raison: `Jour férié : ${ferie.nom}` })
    else for (const s of day) prevues.push({ date, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes })
  }
  const avertissement = warning(input, incomplet, provisoire)
  return { prevues, ecartees, calendrierIncomplet: incomplet, calendrierProvisoire: provisoire, ...(avertissement ? { avertissement } : {}) }
}

/**
 * The référentiel's recommended period: from the Monday after the Toussaint holidays to 15 June
 * of the second year; `estimee` when that Monday is not from a published calendar.
 */
export function defaultPlanningPeriod(anneeLibelle: string): { du: string; au: string; estimee: boolean } {
  const match = /^(\d{4})-(\d{4})$/.exec(anneeLibelle)
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw new RangeError(`« ${anneeLibelle} » n'est pas une année scolaire AAAA-AAAA`)
  const au = `${match[2]}-06-15`
  const toussaint = toussaintFin(anneeLibelle)
  if (toussaint) return { du: addDays(toussaint, 1), au, estimee: isProvisional(anneeLibelle) }
  // Every shipped year resumes on the first Monday after 1 November: the best guess elsewhere.
  const premierNovembre = `${match[1]}-11-01`
  return { du: addDays(premierNovembre, 8 - weekday(premierNovembre)), au, estimee: true }
}
