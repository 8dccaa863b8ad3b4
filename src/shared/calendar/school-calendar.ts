import { CALENDRIER, type AnneeCalendrier, type Periode, type Zone } from './school-holidays'

/** A holiday period of one zone, with whether its dates are an estimate. */
export interface PeriodeVacances extends Periode {
  /** Some of its dates are not from a published arrêté (provisional year, or a summer that ends at a provisional rentrée). */
  readonly provisoire: boolean
}

/** What the shipped calendar knows about one day in one zone. */
export interface VacancesDuJour {
  /** False when the zone (Corse, DOM) or the date is not in the shipped calendar: `periode` then says nothing. */
  couvert: boolean
  /** The answer rests on a provisional year: check it against the published arrêté. */
  provisoire: boolean
  /** The holiday period holding that day, or null on a school day. */
  periode: PeriodeVacances | null
}

const NON_COUVERT: Readonly<VacancesDuJour> = Object.freeze({ couvert: false, provisoire: false, periode: null })

const isZone = (z: string): z is Zone => z === 'A' || z === 'B' || z === 'C'

// `in` would also find `constructor` or `toString` on the object's prototype.
function anneeOf(anneeLibelle: string): AnneeCalendrier | undefined {
  return Object.hasOwn(CALENDRIER, anneeLibelle) ? CALENDRIER[anneeLibelle] : undefined
}

function previousLibelle(anneeLibelle: string): string {
  const start = Number(anneeLibelle.slice(0, 4))
  return `${start - 1}-${start}`
}

function nextLibelle(anneeLibelle: string): string {
  const end = Number(anneeLibelle.slice(5, 9))
  return `${end}-${end + 1}`
}

// Planning and the compliance forecast ask about every day of a year, often for many collectifs.
const periodsCache = new Map<string, readonly PeriodeVacances[]>()

function periodsOf(zone: Zone, anneeLibelle: string, annee: AnneeCalendrier): readonly PeriodeVacances[] {
  const key = `${zone} ${anneeLibelle}`
  let periods = periodsCache.get(key)
  if (!periods) {
    const yearProvisional = annee.provisoire === true
    // The summer lasts until the next rentrée, which may itself be an estimate.
    const summerProvisional = yearProvisional || !anneeOf(nextLibelle(anneeLibelle)) || isProvisional(nextLibelle(anneeLibelle))
    periods = Object.freeze(
      [...annee.communes, ...annee.parZone[zone]]
        .sort((a, b) => a.debut.localeCompare(b.debut))
        .map((p) => Object.freeze({ ...p, provisoire: p.nom === 'Été' ? summerProvisional : yearProvisional })),
    )
    periodsCache.set(key, periods)
  }
  return periods
}

/** Whether the shipped calendar has this zone and school year (Corse and DOM are not covered). */
export function isCalendarCovered(zone: string, anneeLibelle: string): boolean {
  return isZone(zone) && anneeOf(anneeLibelle) !== undefined
}

/** Whether the year's holidays are an estimate not yet confirmed by the published arrêté. */
export function isProvisional(anneeLibelle: string): boolean {
  return anneeOf(anneeLibelle)?.provisoire === true
}

/** The holiday periods of a zone for a school year, by date; null when not covered. */
export function holidayPeriods(zone: string, anneeLibelle: string): PeriodeVacances[] | null {
  const annee = anneeOf(anneeLibelle)
  return annee && isZone(zone) ? [...periodsOf(zone, anneeLibelle, annee)] : null
}

/** The school year a date belongs to, counted from 1 August (« 2025-2026 »). */
export function anneeLibelleOf(iso: string): string {
  const y = Number(iso.slice(0, 4))
  return iso.slice(5) >= '08-01' ? `${y}-${y + 1}` : `${y - 1}-${y}`
}

/** The holiday period of the zone holding `iso`, and whether the calendar covers that day at all. */
export function holidayOn(zone: string, iso: string): VacancesDuJour {
  if (!isZone(zone)) return NON_COUVERT
  const own = anneeLibelleOf(iso)
  // August belongs to the next school year but its holidays are the previous year's summer.
  for (const libelle of [own, previousLibelle(own)]) {
    const annee = anneeOf(libelle)
    if (!annee) continue
    const periods = periodsOf(zone, libelle, annee)
    const summer = periods[periods.length - 1]
    if (iso < annee.rentree || iso > summer.fin) continue
    return {
      couvert: true,
      provisoire: isProvisional(own) || annee.provisoire === true,
      periode: periods.find((p) => p.debut <= iso && iso <= p.fin) ?? null,
    }
  }
  return NON_COUVERT
}

/** The last day of the Toussaint holidays (the same in every zone); null when the year is not shipped, see `isProvisional`. */
export function toussaintFin(anneeLibelle: string): string | null {
  return anneeOf(anneeLibelle)?.communes.find((p) => p.nom === 'Toussaint')?.fin ?? null
}

/** What to tell the coordinator when the shipped calendar cannot be trusted for that zone and year. */
export function avertissementCalendrier(zone: string, anneeLibelle: string): string | undefined {
  if (!isZone(zone)) {
    return `L'application ne connaît les vacances scolaires que des zones A, B et C de métropole, pas celles de la zone « ${zone} » : elles ne sont pas écartées des séances planifiées ni des prévisions. Vérifiez les dates.`
  }
  const annee = anneeOf(anneeLibelle)
  if (!annee) {
    return `Le calendrier scolaire ${anneeLibelle} n'est pas livré avec cette version de l'application : les vacances ne sont pas écartées des séances planifiées ni des prévisions. Vérifiez les dates.`
  }
  return annee.note
}
