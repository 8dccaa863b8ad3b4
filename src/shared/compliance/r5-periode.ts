import type { Collectif } from '../exchange/schema'
import { formatDateCourteFr } from '../calendar/dates'
import { toussaintFin } from '../calendar/school-calendar'
import type { ComplianceResult } from './types'
import { plural, type YearIndex } from './year-index'

/** R5 (recommended): start after the Toussaint holidays, end by 15 June. */
export function r5Periode(index: YearIndex, c: Collectif): ComplianceResult {
  const held = index.held.get(c.id) ?? []
  const base = { regle: 'R5-periode', collectifId: c.id }
  if (held.length === 0) return { ...base, statut: 'sans_objet', message: "Aucune séance tenue pour l'instant." }
  const toussaint = toussaintFin(index.input.anneeScolaire.libelle)
  const early = toussaint ? held.filter((s) => s.date <= toussaint) : []
  const late = held.filter((s) => s.date > index.quinzeJuin)
  if (early.length === 0 && late.length === 0) return { ...base, statut: 'conforme', message: 'Séances tenues entre la Toussaint et le 15 juin, comme le recommande le référentiel.' }
  const parts: string[] = []
  if (early.length) parts.push(`${plural(early.length, 'séance', 'séances')} avant la fin des vacances de la Toussaint (le ${formatDateCourteFr(toussaint!)})`)
  if (late.length) parts.push(`${plural(late.length, 'séance', 'séances')} après le 15 juin`)
  return { ...base, statut: 'alerte', message: `${parts.join(' et ')} : le référentiel recommande de démarrer après la Toussaint et de finir au 15 juin.` }
}
