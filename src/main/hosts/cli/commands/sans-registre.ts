import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import type { SeanceSansRegistre } from '../../../../shared/seances/held'

/** « 3 séances passées sans registre » and one line each, to fill or cancel before sending; nothing when there is none. */
export function sansRegistreLines(seances: SeanceSansRegistre[]): string[] {
  if (seances.length === 0) return []
  const title = seances.length > 1 ? `${seances.length} séances passées sans registre` : '1 séance passée sans registre'
  return [
    '',
    `${title} (comptées comme tenues) : remplissez leur registre ou annulez-les.`,
    ...seances.map((s) => `  - ${formatDateCourteFr(s.date)} ${s.heureDebut.replace(':', ' h ')}, ${s.collectif}`),
  ]
}
