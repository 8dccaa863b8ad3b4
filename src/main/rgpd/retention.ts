import type Database from 'better-sqlite3'
import { isErasedChild } from './erase'

export interface FormerChild {
  id: string
  prenom: string
  nom: string
  /** The last day they were enrolled (end of the enrolment, or of its school year). */
  derniereInscription: string
}

/**
 * Children not enrolled for more than `years` years on `today` (their last enrolment ended before
 * the cut-off), not yet erased. A child never enrolled is left out: nothing tells since when they
 * are on the list (a child typed in yesterday would be purged). Their data is no longer needed
 * for the Clas; the anonymous counts of their years stay once they are erased.
 */
export function childrenPastRetention(sqlite: Database.Database, today: string, years: number): FormerChild[] {
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`
  return sqlite.prepare(`
    SELECT e.id, e.prenom, e.nom, max(coalesce(i.au, a.fin)) AS derniereInscription
    FROM enfants e
    LEFT JOIN inscriptions i ON i.enfant_id = e.id
    LEFT JOIN collectifs c ON c.id = i.collectif_id
    LEFT JOIN annees_scolaires a ON a.id = c.annee_id
    WHERE NOT ${isErasedChild('e')}
    GROUP BY e.id
    HAVING derniereInscription IS NOT NULL AND derniereInscription < ?
    ORDER BY derniereInscription, e.nom, e.prenom`).all(cutoff) as FormerChild[]
}
