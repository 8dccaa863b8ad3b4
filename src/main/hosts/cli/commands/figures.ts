import type { Figures } from '../../../../shared/bilan/figures'
import { figuresListing } from '../../../../shared/bilan/figures/listing'
import { callOrFail, dateOption, openWorkspace, yearOption } from '../open-workspace'
import type { CliIO } from '../io'
import { sansRegistreLines } from './sans-registre'

/**
 * One JSON object keyed as in spec/chiffres.md: the as-of date, scalar keys flat, the four
 * tables, then the held séances with no register.
 */
export function figuresJson(figures: Figures): Record<string, unknown> {
  return { date: figures.date, ...figures.values, ...figures.rows, seancesSansRegistre: figures.seancesSansRegistre }
}

/** `clas figures [--date D] [--year AAAA-AAAA] [--json]`: the figures of the bilan, as of D. */
export function figuresCommand(flags: { db?: string; json?: boolean; date?: string; year?: string }, io: CliIO): number {
  const date = dateOption(flags.date)
  const { workspace, dispatch } = openWorkspace(flags.db, yearOption(flags.year))
  try {
    const figures = callOrFail<Figures>(dispatch, 'bilan.chiffres', date ? { date } : {})
    if (flags.json) io.out(JSON.stringify(figuresJson(figures), null, 2))
    else io.out([figuresListing(figures), ...sansRegistreLines(figures.seancesSansRegistre)].join('\n'))
    return 0
  } finally {
    workspace.close()
  }
}
