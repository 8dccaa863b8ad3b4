import type { ComplianceResult } from './types'
import type { YearIndex } from './year-index'

/** R10: relations with other associations and partners of the territory. */
export function r10AxeTerritoire(index: YearIndex): ComplianceResult {
  const n = index.input.concertations.filter((c) => c.avec === 'territoire' && c.date <= index.date).length
  const base = { regle: 'R10-axe-territoire', mesure: n, seuil: 1 }
  if (n > 0) return { ...base, statut: 'conforme', message: `${n} concertation${n > 1 ? 's' : ''} avec des partenaires du territoire.` }
  return {
    ...base, statut: index.atEnd ? 'non_conforme' : 'alerte',
    message: 'Aucune concertation avec les partenaires du territoire (associations, médiathèque, centre social…) : enregistrez-en au moins une.',
  }
}
