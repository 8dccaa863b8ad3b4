import type { AppStatus } from '../../../../shared/contract/app'
import { clockFromEnv } from '../../../workspace'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/**
 * `clas demo`: fills an empty database with the demonstration association as seen on today
 * (`--today`, else `CLAS_TODAY`, else the machine's day): séances after it are still planned.
 */
export function demoCommand(flags: { db?: string; today?: string }, io: CliIO): number {
  let today: (() => string) | undefined
  try {
    today = clockFromEnv(flags.today ?? process.env.CLAS_TODAY) ?? undefined
  } catch (error) {
    throw new CliError((error as Error).message.replace('CLAS_TODAY', flags.today === undefined ? 'CLAS_TODAY' : '--today'), 2)
  }
  const { workspace, dispatch, path } = openWorkspace(flags.db, { create: true, ...(today ? { today } : {}) })
  try {
    // Asked first so that the refusal names the file, that --db may change.
    if (callOrFail<AppStatus>(dispatch, 'app.status', {}).structureNom !== null) throw new CliError(`La base « ${path} » contient déjà une association : rien n'a été modifié. Choisissez un autre fichier avec --db.`)
    const n = callOrFail<Record<string, number>>(dispatch, 'app.remplirDemo', {})
    io.err(`Association de démonstration créée dans ${path} : ${n.collectifs} collectifs, ${n.enfants} enfants, ${n.seances} séances.`)
    return 0
  } finally {
    workspace.close()
  }
}
