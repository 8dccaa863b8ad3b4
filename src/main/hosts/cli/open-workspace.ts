import { ApiError } from '../../../shared/contract/errors'
import { createDispatcher, type Dispatch } from '../../api/dispatch'
import { resolveDbPath } from '../../store/data-paths'
import { DatabaseOpenError } from '../../store/database-error'
import { BackupSettingsStore } from '../../backup/backup-settings'
import { Workspace, type WorkspaceOptions } from '../../workspace'
import { CliError } from './io'
import { isoDate } from '../../../shared/validation/fields'

/**
 * Opens the database named by `--db`, `CLAS_DB` or the default, with a dispatcher over it.
 * Automatic backups (before migrations and imports) go to the configured backup folder.
 */
export function openWorkspace(dbFlag: string | undefined, options: WorkspaceOptions = {}): { workspace: Workspace; dispatch: Dispatch; path: string } {
  const path = resolveDbPath(dbFlag)
  try {
    const workspace = new Workspace(path, { backups: new BackupSettingsStore(), ...options })
    return { workspace, dispatch: createDispatcher(workspace, { onInternalError: (name, e) => console.error(`[${name}]`, e) }), path }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message)
    throw error
  }
}

/** The CLI's `--year AAAA-AAAA`: another school year of the same database, instead of the current one. */
export function yearOption(year: string | undefined): WorkspaceOptions {
  if (year === undefined) return {}
  if (!/^\d{4}-\d{4}$/.test(year)) throw new CliError(`--year : « ${year} » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2024-2025).`, 2)
  return { annee: year }
}

/** The CLI's `--date AAAA-MM-JJ`, checked as the calls check it, so that the message is the same. */
export function dateOption(date: string | undefined): string | undefined {
  if (date === undefined) return undefined
  const parsed = isoDate().safeParse(date)
  if (!parsed.success) throw new CliError(`date : ${parsed.error.issues[0]?.message}`, 2)
  return date
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
