import type { EchangeDocument } from '../../exchange/schema'
import { seancesSansRegistre } from '../../seances/held'
import { bonusFigures } from './bonus'
import { budgetFigures } from './budget'
import { calendrierFigures } from './calendrier'
import { collectifsFigures } from './collectifs'
import { concertationFigures } from './concertation'
import { enfantsFigures } from './enfants'
import { formationsFigures } from './formations'
import { quartiersFigures } from './groupes'
import { frequentationFigures } from './frequentation'
import { identificationFigures } from './identification'
import { intervenantsFigures } from './intervenants'
import { parentsFigures } from './parents'
import { situationsFigures } from './situations'
import { territoireFigures } from './territoire'
import type { Figures, FigureSink } from './types'
import { yearData } from './year-data'

/** Every family of figures, in the order a form reads them. */
const FAMILIES = [
  identificationFigures, calendrierFigures, collectifsFigures, enfantsFigures, quartiersFigures, frequentationFigures,
  intervenantsFigures, situationsFigures, parentsFigures, concertationFigures, formationsFigures,
  bonusFigures, territoireFigures,
  budgetFigures,
]

/**
 * The figures of the bilan (spec/chiffres.md) of the year `doc` holds, as of `asOf` (by default
 * the year's last day: the whole year). Pure.
 */
export function computeFigures(doc: EchangeDocument, asOf: string = doc.anneeScolaire.fin): Figures {
  const figures: Figures = {
    annee: doc.anneeScolaire.libelle,
    date: asOf,
    seancesSansRegistre: seancesSansRegistre(doc, asOf),
    values: {},
    rows: { collectifs: [], formations: [], lieux: [], etablissements: [] },
    sources: {},
  }
  const sink: FigureSink = {
    set(key, value, source) {
      if (Object.hasOwn(figures.values, key)) throw new Error(`figure written twice: ${key}`)
      figures.values[key] = value
      figures.sources[key] = source
    },
    rows(key, rows, source) {
      figures.rows[key] = rows
      figures.sources[key] = source
    },
  }
  const data = yearData(doc, asOf)
  for (const family of FAMILIES) family(data, sink)
  return figures
}

export type { FigureFormat, FigureRow, Figures, FigureValue, RepeatedKey } from './types'
export { REPEATED_KEYS } from './types'
