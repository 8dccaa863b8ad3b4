import type { SeanceSansRegistre } from '../../seances/held'

/** A figure of the bilan (spec/chiffres.md). `null`: the registers cannot give it (no séance yet, nothing entered). */
export type FigureValue = number | string | boolean | null

/** The figures that come as rows of a table, one per collectif, training, place or school. */
export type RepeatedKey = 'collectifs' | 'formations' | 'lieux' | 'etablissements'
export const REPEATED_KEYS: readonly RepeatedKey[] = ['collectifs', 'formations', 'lieux', 'etablissements']

export type FigureRow = Record<string, FigureValue>

/** The dictionary of figures of one school year as of a date, keyed as in spec/chiffres.md. */
export interface Figures {
  /** '2025-2026' */
  annee: string
  /** The as-of date D: séances after it are not counted. */
  date: string
  /** Held séances (dated ≤ D, not cancelled) with no presence recorded: to fill or cancel. */
  seancesSansRegistre: SeanceSansRegistre[]
  /** Scalar keys: 'dates.debut', 'enfants.niveau.CP', 'intervenants.benevole.heures', 'structure.nom'… */
  values: Record<string, FigureValue>
  rows: Record<RepeatedKey, FigureRow[]>
  /** Where each figure comes from, in French, for the coordinator: 'calculé depuis 142 séances tenues'. */
  sources: Record<string, string>
}

/**
 * How a figure is written on a form. `heures`: decimal hours (1,5); `minutes`: a duration in
 * minutes written as hours and minutes (« 1 h 30 »), for « Durée d'une séance ».
 */
export const FIGURE_FORMATS = ['entier', 'decimal', 'pourcentage', 'date', 'texte', 'booleen', 'heures', 'minutes'] as const
export type FigureFormat = (typeof FIGURE_FORMATS)[number]

/** What each family of figures writes into: every key with its provenance. */
export interface FigureSink {
  set(key: string, value: FigureValue, source: string): void
  rows(key: RepeatedKey, rows: FigureRow[], source: string): void
}
