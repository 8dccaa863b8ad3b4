import { NIVEAUX } from '../domain/lists'
import type { ComplianceResult } from './types'
import { plural, type YearIndex } from './year-index'

/** R6: the Clas is for children from CP to lycée. */
export function r6Public(index: YearIndex): ComplianceResult {
  const ids = new Set(index.collectifs.map((c) => c.id))
  const enrolled = index.input.enfants.filter((e) => e.inscriptions.some((i) => ids.has(i.collectifId) && i.du <= index.date))
  const base = { regle: 'R6-public' }
  if (enrolled.length === 0) return { ...base, statut: 'sans_objet', message: "Aucun enfant inscrit pour l'instant." }
  const known = new Set<string>(NIVEAUX)
  const wrong = enrolled.filter((e) => !known.has(e.niveau))
  return wrong.length
    ? { ...base, statut: 'non_conforme', mesure: wrong.length, seuil: 0, message: `${plural(wrong.length, 'enfant inscrit', 'enfants inscrits')} sans niveau du CP à la terminale : corrigez leur niveau dans leur fiche.` }
    : { ...base, statut: 'conforme', message: `${plural(enrolled.length, 'enfant inscrit', 'enfants inscrits')} dans l'année${partis(index, ids, enrolled)}, du CP au lycée.` }
}

/**
 * The children counted who have left every collectif by the date: said, so that this count of the
 * year does not read as a contradiction of the collectifs' effectifs of the day (40 against 39).
 */
function partis(index: YearIndex, ids: Set<string>, enrolled: { inscriptions: { collectifId: string; du: string; au?: string }[] }[]): string {
  const n = enrolled.filter((e) => e.inscriptions.every((i) => !ids.has(i.collectifId) || i.du > index.date || (i.au !== undefined && i.au < index.date))).length
  if (n === 0) return ''
  return n === 1 ? ' (dont 1 parti depuis)' : ` (dont ${n} partis depuis)`
}
