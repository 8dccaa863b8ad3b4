import type { AppStatus } from '../../../../shared/contract/app'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/** `clas demo`: fills an empty database with the demonstration association. */
export function demoCommand(flags: { db?: string }, io: CliIO): number {
  const { workspace, dispatch, path } = openWorkspace(flags.db, { create: true })
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
