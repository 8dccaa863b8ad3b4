import type { ZoneCalendrier } from '../domain/lists'

/**
 * The school-holiday zone of each metropolitan department, by its académie (zones in force since
 * 2016): A Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers;
 * B Aix-Marseille, Amiens, Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims,
 * Rennes, Strasbourg; C Créteil, Montpellier, Paris, Toulouse, Versailles. Corsica and the
 * overseas departments have calendars of their own: no zone is proposed for them.
 */
const ZONES: Record<ZoneCalendrier, string> = {
  A: '01 03 07 15 16 17 19 21 23 24 25 26 33 38 39 40 42 43 47 58 63 64 69 70 71 73 74 79 86 87 89 90',
  B: '02 04 05 06 08 10 13 14 18 22 27 28 29 35 36 37 41 44 45 49 50 51 52 53 54 55 56 57 59 60 61 62 67 68 72 76 80 83 84 85 88',
  C: '09 11 12 30 31 32 34 46 48 65 66 75 77 78 81 82 91 92 93 94 95',
}

const BY_DEPARTEMENT = new Map(Object.entries(ZONES).flatMap(([zone, deps]) => deps.split(' ').map((d) => [d, zone as ZoneCalendrier])))

/** The zone of a department as typed (« 1 », « 01 », « 69 »); null when it has none (2A, 2B, 971…) or is unknown. */
export function zoneDuDepartement(departement: string): ZoneCalendrier | null {
  const d = departement.trim().toUpperCase()
  return BY_DEPARTEMENT.get(/^\d$/.test(d) ? `0${d}` : d) ?? null
}
