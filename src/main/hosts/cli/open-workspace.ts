import { existsSync } from 'node:fs'
import { ApiError } from '../../../shared/contract/errors'
import { createDispatcher, type Dispatch } from '../../api/dispatch'
import { resolveDbPath } from '../../store/data-paths'
import { holdsNoDatabase } from '../../store/database-file'
import { DatabaseOpenError } from '../../store/database-error'
import { BackupSettingsStore } from '../../backup/backup-settings'
import { Workspace, type WorkspaceOptions } from '../../workspace'
import { CliError } from './io'
import { isoDate } from '../../../shared/validation/fields'

export interface OpenWorkspaceOptions extends WorkspaceOptions {
  /**
   * Only the commands that make a base (`demo`, `import`) may start one where there is none: any
   * other would leave an empty base behind a mistyped `--db`, or over an emptied file, after
   * which the recovery screen no longer offers the backups.
   */
  create?: boolean
}

/**
 * The file `--db`, `CLAS_DB` or the default names. Here, not in each command: a command reaches
 * the base only through the dispatcher (eslint.config.js), yet `import` must know whether it
 * creates the file and `serve` hands the path to its host.
 */
export function databasePath(dbFlag: string | undefined): string {
  return resolveDbPath(dbFlag)
}

// An unexpected failure is told on the terminal, with its stack, for the person to report it.
const cliDispatcher = (workspace: Workspace): Dispatch => createDispatcher(workspace, { onInternalError: (name, e) => console.error(`[${name}]`, e) })

/**
 * Opens the database named by `--db`, `CLAS_DB` or the default, with a dispatcher over it.
 * Automatic backups (before migrations and imports) go to the configured backup folder.
 */
export function openWorkspace(dbFlag: string | undefined, { create = false, ...options }: OpenWorkspaceOptions = {}): { workspace: Workspace; dispatch: Dispatch; path: string } {
  const path = resolveDbPath(dbFlag)
  if (!create && holdsNoDatabase(path)) {
    const what = existsSync(path) ? 'est vide (0 octet)' : "n'existe pas"
    throw new CliError(`La base « ${path} » ${what} : rien n'a été fait. Indiquez la bonne base avec --db, créez-en une avec « clas demo » ou « clas import --in FICHIER.json », ou restaurez une sauvegarde avec « clas restore --from FICHIER ».`)
  }
  try {
    const workspace = new Workspace(path, { backups: new BackupSettingsStore(), ...options })
    return { workspace, dispatch: cliDispatcher(workspace), path }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message)
    throw error
  }
}

/**
 * The base named by `--db` when there is one; else an empty base in memory standing for it, for
 * the commands that need no association (`clas templates`, `clas templates import`): the forms
 * imported beside that file are listed, and imported there, through the dispatcher all the same.
 * Nothing is created in place of the missing base.
 */
export function openWorkspaceOrStandIn(dbFlag: string | undefined): { workspace: Workspace; dispatch: Dispatch; path: string } {
  const path = resolveDbPath(dbFlag)
  if (!holdsNoDatabase(path)) return openWorkspace(dbFlag)
  const workspace = new Workspace(path, { inMemory: true })
  return { workspace, dispatch: cliDispatcher(workspace), path }
}

/** The CLI's `--year AAAA-AAAA`: another school year of the same database, instead of the current one. */
export function yearOption(year: string | undefined): WorkspaceOptions {
  if (year === undefined) return {}
  if (!/^\d{4}-\d{4}$/.test(year)) throw new CliError(`--year : « ${year} » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2024-2025).`, 2)
  return { annee: year }
}

/** « 15/06/2026 » as « 2026-06-15 »: a date option may be typed either way. */
export function frenchOrIsoDate(value: string): string {
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim())
  return fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : value.trim()
}

/** `--date`, typed AAAA-MM-JJ or JJ/MM/AAAA; a date that does not exist is refused in French. */
export function dateOption(date: string | undefined): string | undefined {
  if (date === undefined) return undefined
  const iso = frenchOrIsoDate(date)
  const parsed = isoDate().safeParse(iso)
  if (!parsed.success) throw new CliError(`date : ${parsed.error.issues[0]?.message}`, 2)
  return iso
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

/** The same for a call that may answer later (reading a large file off the thread). */
export async function callOrFailLater<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  try {
    return (await dispatch(name, input)) as T
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message)
    throw error
  }
}
