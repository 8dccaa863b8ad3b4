import { NIVEAUX_COLLECTIF } from '../../domain/lists'
import { heldSource, median, plural, round1 } from './numbers'
import { weeksOf } from './calendrier'
import type { FigureRow, FigureSink } from './types'
import type { YearData } from './year-data'

/**
 * `collectifs.nombre` and one row per collectif. Only collectifs with a held séance count and
 * get a row, so that the table has as many rows as the number announced above it: a collectif
 * created but never run is no part of what the CAF funded.
 */
export function collectifsFigures(data: YearData, out: FigureSink): void {
  const { activeCollectifs, heldByCollectif, inscriptions } = data
  out.set('collectifs.nombre', activeCollectifs.length, heldSource(data.held))
  // « Niveau concerné : primaire / collège / lycée », ticked for the levels of the collectifs run.
  for (const niveau of NIVEAUX_COLLECTIF) out.set(`collectifs.niveau.${niveau}`, activeCollectifs.some((c) => c.niveau === niveau), heldSource(data.held))
  const rows: FigureRow[] = activeCollectifs.map((c) => {
    const held = heldByCollectif.get(c.id) ?? []
    const weeks = weeksOf(held)
    // "Ever enrolled" means at any time of the year, not at a date. Only inscriptions that
    // overlap the year count, as for `enfants.total`: a child in a row is a child in the total.
    const enfants = new Set(inscriptions.filter((x) => x.inscription.collectifId === c.id).map((x) => x.enfant.id))
    const animateurs = new Set(held.flatMap((s) => s.intervenantIds))
    return {
      nom: c.nom,
      semaines: weeks,
      enfantsInscrits: enfants.size,
      seancesParSemaine: weeks === 0 ? null : round1(held.length / weeks),
      animateurs: animateurs.size,
      dureeSeanceMinutes: median(held.map((s) => s.dureeMinutes)),
    }
  })
  const source = activeCollectifs.length === 0 ? 'aucune séance tenue' : `calculé depuis ${plural(data.held.length, 'séance tenue', 'séances tenues')} de ${plural(activeCollectifs.length, 'collectif', 'collectifs')}`
  out.rows('collectifs', rows, source)
}
