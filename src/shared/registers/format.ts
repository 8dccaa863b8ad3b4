import { slugify } from '../text/fold'
import { formatDateCourteFr } from '../calendar/dates'

const pad = (n: number) => String(n).padStart(2, '0')

/** « 16:45 » + 90 minutes → « 18:15 » (a séance never runs past midnight: 600 minutes at most from the afternoon). */
export function heureFin(heureDebut: string, dureeMinutes: number): string {
  const [h, m] = heureDebut.split(':').map(Number)
  const end = (h * 60 + m + dureeMinutes) % (24 * 60)
  return `${pad(Math.floor(end / 60))}:${pad(end % 60)}`
}

/** « 16:45 – 18:15 » */
export const horaires = (s: { heureDebut: string; dureeMinutes: number }) => `${s.heureDebut} – ${heureFin(s.heureDebut, s.dureeMinutes)}`

/** « 04/11 » */
export const jourMois = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`

/** « du 03/11/2025 au 30/11/2025 » */
export const periodeFr = (from: string, to: string) => `du ${formatDateCourteFr(from)} au ${formatDateCourteFr(to)}`

/** A file name without accents, spaces or characters a file system refuses: « registre-cm1-cm2-mardi-jeudi-2025-11-03-2025-11-30.xlsx ». */
export function safeFileName(parts: string[], extension: string): string {
  const slug = slugify(parts.join('-'))
  return `${slug.slice(0, 120) || 'registre'}.${extension}`
}
