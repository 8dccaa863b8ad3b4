import type { Collectif } from '../exchange/schema'
import type { ComplianceResult } from './types'
import { enrolledOn, plural, round2, type YearIndex } from './year-index'

/** R2: 2 intervenants at each held séance (rural, fewer than 8 enrolled that day: 1). */
export function r2Encadrement(index: YearIndex, c: Collectif): ComplianceResult {
  const held = index.held.get(c.id) ?? []
  const base = { regle: 'R2-encadrement', collectifId: c.id, seuil: 1 }
  if (held.length === 0) return { ...base, statut: 'sans_objet', message: "Aucune séance tenue pour l'instant." }
  const failing = held.filter((s) => s.intervenantIds.length < (index.rural && enrolledOn(index, c.id, s.date) < 8 ? 1 : 2))
  const mesure = round2((held.length - failing.length) / held.length)
  if (failing.length === 0) return { ...base, mesure, statut: 'conforme', message: `${plural(held.length, 'séance tenue', 'séances tenues')}, toutes avec l'encadrement requis.` }
  const alone = failing.every((s) => s.intervenantIds.length === 1)
  return {
    ...base, mesure, statut: 'non_conforme',
    message: `Ajoutez un intervenant : ${failing.length} ${failing.length > 1 ? 'séances' : 'séance'} sur ${held.length} avec ${alone ? 'un seul adulte' : 'moins de 2 intervenants'}.`,
  }
}
