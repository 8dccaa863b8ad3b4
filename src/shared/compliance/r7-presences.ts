import { formatDateCourteFr } from '../calendar/dates'
import type { ComplianceResult } from './types'
import { plural, type YearIndex } from './year-index'

/** R7: attendance is recorded at every held séance. */
export function r7Presences(index: YearIndex): ComplianceResult {
  const held = [...index.held.values()].flat()
  const base = { regle: 'R7-presences' }
  if (held.length === 0) return { ...base, statut: 'sans_objet', message: "Aucune séance tenue pour l'instant." }
  const empty = held.filter((s) => s.presences.length === 0).sort((a, b) => a.date.localeCompare(b.date))
  if (empty.length === 0) return { ...base, statut: 'conforme', mesure: 0, seuil: 0, message: held.length > 1 ? `Présences saisies pour les ${held.length} séances tenues.` : 'Présences saisies pour la séance tenue.' }
  return {
    ...base, statut: 'alerte', mesure: empty.length, seuil: 0,
    message: `${plural(empty.length, 'séance tenue', 'séances tenues')} sans présence saisie (la dernière le ${formatDateCourteFr(empty.at(-1)!.date)}) : remplissez ${empty.length > 1 ? 'leur registre' : 'son registre'}.`,
  }
}
