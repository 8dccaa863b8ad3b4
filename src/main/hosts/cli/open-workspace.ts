import { ApiError } from '../../../shared/contract/errors'
import { createDispatcher, type Dispatch } from '../../api/dispatch'
import { resolveDbPath } from '../../store/data-paths'
import { DatabaseOpenError } from '../../store/database-error'
import { Workspace } from '../../workspace'
import { CliError } from './io'

/** Opens the database named by `--db`, `CLAS_DB` or the default, with a dispatcher over it. */
export function openWorkspace(dbFlag: string | undefined): { workspace: Workspace; dispatch: Dispatch; path: string } {
  const path = resolveDbPath(dbFlag)
  try {
    const workspace = new Workspace(path)
    return { workspace, dispatch: createDispatcher(workspace, { onInternalError: (name, e) => console.error(`[${name}]`, e) }), path }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message)
    throw error
  }
}

/** Runs a call; a refused call becomes the French message the user reads. */
export function callOrFail<T>(dispatch: Dispatch, name: string, input: unknown): T {
  try {
    return dispatch(name, input) as T
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message)
    throw error
  }
}
