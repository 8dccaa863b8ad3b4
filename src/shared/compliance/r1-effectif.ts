import type { Collectif } from '../exchange/schema'
import { formatDateCourteFr } from '../calendar/dates'
import type { ComplianceResult } from './types'
import { enrolledOn, plural, type YearIndex } from './year-index'

const REGLE = 'R1-effectif'

/** R1: a collectif has 8 to 12 children (rural: 5 to 12) on the reference day. */
export function r1Effectif(index: YearIndex, c: Collectif): ComplianceResult {
  const all = index.seances.get(c.id) ?? []
  const last = all.at(-1)?.date
  const day = last !== undefined && last < index.date ? last : index.date
  const n = enrolledOn(index, c.id, day)
  const min = index.rural ? 5 : 8
  const base = { regle: REGLE, collectifId: c.id, mesure: n, seuil: min }
  if (n === 0 && (index.held.get(c.id) ?? []).length === 0) {
    return { ...base, statut: 'sans_objet', message: "Aucun enfant inscrit pour l'instant : inscrivez les enfants du collectif." }
  }
  const when = day === index.date ? '' : ` au ${formatDateCourteFr(day)} (dernière séance)`
  if (n < min) {
    return { ...base, statut: 'non_conforme', message: `${plural(n, 'enfant inscrit', 'enfants inscrits')}${when} : un collectif en compte ${min} à 12${index.rural ? ' en milieu rural' : ''}. Inscrivez au moins ${plural(min - n, 'enfant', 'enfants')} de plus.` }
  }
  if (n > 12) {
    return { ...base, seuil: 12, statut: 'non_conforme', message: `${n} enfants inscrits${when} : un collectif en compte 12 au plus. Répartissez ${plural(n - 12, 'enfant', 'enfants')} dans un autre collectif.` }
  }
  return { ...base, statut: 'conforme', message: `${n} enfants inscrits${when} (de ${min} à 12 attendus).` }
}
