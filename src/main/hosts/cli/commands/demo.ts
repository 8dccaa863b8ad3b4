import { fillDemo } from '../../../services/app'
import { readStructure } from '../../../store/repos/association'
import { openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/** `clas demo`: fills an empty database with the demonstration association. */
export function demoCommand(flags: { db?: string }, io: CliIO): number {
  const { workspace, path } = openWorkspace(flags.db, { create: true })
  try {
    const ctx = workspace.context()
    if (readStructure(ctx.db)) throw new CliError(`La base « ${path} » contient déjà une association : rien n'a été modifié. Choisissez un autre fichier avec --db.`)
    const n = ctx.sqlite.transaction(() => fillDemo(ctx))()
    io.err(`Association de démonstration créée dans ${path} : ${n.collectifs} collectifs, ${n.enfants} enfants, ${n.seances} séances.`)
    return 0
  } finally {
    workspace.close()
  }
}
