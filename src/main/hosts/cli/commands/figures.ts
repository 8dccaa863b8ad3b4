import type { Figures } from '../../../../shared/bilan/figures'
import { figuresListing } from '../../../../shared/bilan/figures/listing'
import { callOrFail, openWorkspace } from '../open-workspace'
import type { CliIO } from '../io'

/** One JSON object keyed as in spec/chiffres.md: scalar keys flat, then the four tables. */
export function figuresJson(figures: Figures): Record<string, unknown> {
  return { ...figures.values, ...figures.rows }
}

/** `clas figures [--json]`: the figures of the bilan of the current year. */
export function figuresCommand(flags: { db?: string; json?: boolean }, io: CliIO): number {
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const figures = callOrFail<Figures>(dispatch, 'bilan.chiffres', {})
    io.out(flags.json ? JSON.stringify(figuresJson(figures), null, 2) : figuresListing(figures))
    return 0
  } finally {
    workspace.close()
  }
}
