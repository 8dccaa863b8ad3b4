import { distinctPartners } from '../../domain/partners'
import type { Concertation } from '../../exchange/schema'
import { plural } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

/**
 * `concertation.*`. With no concertation entered at all, every answer is null: the référentiel
 * requires concertation with the schools, so an empty list means « not entered yet » far more
 * often than « none », and the form should not say « non » in the association's name.
 */
export function concertationFigures(data: YearData, out: FigureSink): void {
  const all = data.doc.concertations
  const none = all.length === 0
  const source = none ? 'aucune concertation saisie' : `calculé depuis ${plural(all.length, 'concertation', 'concertations')}`
  const exists = (keep: (c: Concertation) => boolean) => (none ? null : all.some(keep))
  out.set('concertation.ecole.formalise', exists((c) => c.avec === 'ecole' && c.formalise), source)
  out.set('concertation.ecole.informel', exists((c) => c.avec === 'ecole' && !c.formalise), source)
  out.set('concertation.territoire.formalise', exists((c) => c.avec === 'territoire' && c.formalise), source)
  out.set('concertation.territoire.informel', exists((c) => c.avec === 'territoire' && !c.formalise), source)
  out.set('concertation.orientation', exists((c) => c.type === 'orientation_enfants'), source)
  out.set('concertation.rencontresRegulieres', exists((c) => c.type === 'echange_regulier'), source)
  const partenaires = distinctPartners(all)
  // No partner named is « not entered », not an empty answer to « Lesquels ? ».
  out.set('concertation.territoire.partenaires', partenaires.length === 0 ? null : partenaires.join(', '), source)
}
