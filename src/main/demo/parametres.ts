/**
 * Fixed facts of the demonstration year, gathered here because several parts of the generator
 * must agree on them (séances, inscriptions, parent actions, answers).
 */

export const DEFAULT_SEED = 2025

export const ANNEE_LIBELLE = '2025-2026'
export const ZONE = 'A'

/** First séance: the Monday after the Toussaint holidays (zone A), as the référentiel recommends. */
export const DEBUT_SEANCES = '2025-11-03'

/**
 * Last séance. Between the Toussaint holidays and 15 June, zone A 2025-2026 has only 26 school
 * weeks (27 for a Monday créneau), so a collectif cannot reach the référentiel's 27 weeks without
 * running into the second half of June. Like many associations, Les Ponts goes on until the week
 * of its end-of-year party; the collège 4e-3e stops on 15 June for the brevet revisions and lands
 * exactly on 27 weeks.
 */
export const FIN_SEANCES = '2026-06-26'
export const FIN_SEANCES_4E_3E = '2026-06-15'

/** A national strike: the transports are down and the local cannot open. */
export const JOUR_GREVE = '2026-03-12'
export const MOTIF_GREVE = "Grève des transports : séance annulée, le local n'a pas pu ouvrir."

/** Friday after Ascension: schools are closed and so is the local. */
export const JOUR_PONT = '2026-05-15'
export const MOTIF_PONT = "Pont de l'Ascension : local fermé."

/** A day after the demonstration year: seen on it, every séance of the year is past. */
export const APRES_L_ANNEE = '2026-08-31'

export const EXPORTE_LE = '2026-07-01T12:00:00Z'
