import { mondayOf } from '../../calendar/dates'
import type { Seance } from '../../exchange/schema'
import { heldSource } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

/** Distinct Monday–Sunday weeks holding these séances. */
export function weeksOf(seances: Seance[]): number {
  return new Set(seances.map((s) => mondayOf(s.date))).size
}

/** `dates.debut`, `dates.fin`, `semaines`: the project's actual calendar, all collectifs together. */
export function calendrierFigures(data: YearData, out: FigureSink): void {
  const { held } = data
  const source = heldSource(held)
  out.set('dates.debut', held.at(0)?.date ?? null, source)
  out.set('dates.fin', held.at(-1)?.date ?? null, source)
  out.set('semaines', weeksOf(held), source)
}
