import { CALENDRIER, type Periode, type Zone } from './school-holidays'

const isZone = (z: string): z is Zone => z === 'A' || z === 'B' || z === 'C'

/** Whether the shipped calendar has this zone and school year (Corse and DOM are not covered). */
export function isCalendarCovered(zone: string, anneeLibelle: string): boolean {
  return isZone(zone) && anneeLibelle in CALENDRIER
}

/** Whether the year's holidays are an estimate not yet confirmed by the published arrêté. */
export function isProvisional(anneeLibelle: string): boolean {
  return CALENDRIER[anneeLibelle]?.provisoire === true
}

/** The holiday periods of a zone for a school year, by date; null when not covered. */
export function holidayPeriods(zone: string, anneeLibelle: string): Periode[] | null {
  const annee = CALENDRIER[anneeLibelle]
  if (!annee || !isZone(zone)) return null
  return [...annee.communes, ...annee.parZone[zone]].sort((a, b) => a.debut.localeCompare(b.debut))
}

/** The school year a date belongs to, counted from 1 August. */
export function anneeLibelleOf(iso: string): string {
  const y = Number(iso.slice(0, 4))
  return iso.slice(5) >= '08-01' ? `${y}-${y + 1}` : `${y - 1}-${y}`
}

/** The holiday period of the zone containing `iso`, or null (also when not covered). */
export function holidayOn(zone: string, iso: string): Periode | null {
  return holidayPeriods(zone, anneeLibelleOf(iso))?.find((p) => p.debut <= iso && iso <= p.fin) ?? null
}

/** The last day of the Toussaint holidays of a school year (the same in every zone). */
export function toussaintFin(anneeLibelle: string): string | null {
  return CALENDRIER[anneeLibelle]?.communes.find((p) => p.nom === 'Toussaint')?.fin ?? null
}
