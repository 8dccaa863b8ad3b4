import type { Annulation } from '../../shared/contract/annulation'
import type { ServiceContext } from '../api/context'
import { captureRows } from './row-images'

/** A table and an SQL condition on it (values in params) naming rows a deletion removes or changes. */
export type Capture = [table: string, where: string, params?: unknown[]]

/**
 * Runs a deletion that can be undone: the rows named by `captures` (and all the rows SQLite
 * removes with them) are kept in the undo log before `apply` runs. List the captures in the
 * order they must come back: parents first, then rows that merely point at them.
 */
export function deleteUndoably(ctx: ServiceContext, libelle: string, captures: Capture[], apply: () => void): Annulation {
  const images = captures.flatMap(([table, where, params]) => captureRows(ctx.sqlite, table, where, params ?? []))
  apply()
  return ctx.workspace.undo.record(libelle, images)
}
