import type { Modele } from '../../../../shared/contract/bilan-modeles'
import { callOrFail, openWorkspaceOrStandIn } from '../open-workspace'
import type { CliIO } from '../io'

/** `clas templates [--json]`: the forms the bilan can be filled in (imported ones live beside the base). */
export function templatesCommand(flags: { db?: string; json?: boolean }, io: CliIO): number {
  // Listing needs no association: without a base, the built-in forms and those imported beside its path.
  const { workspace, dispatch } = openWorkspaceOrStandIn(flags.db)
  try {
    const rows = callOrFail<Modele[]>(dispatch, 'bilan.modeles.list', {}).map((t) => ({ id: t.id, departement: t.departement, anneeScolaire: t.anneeScolaire, titre: t.titre, origine: t.origine }))
    if (flags.json) {
      io.out(JSON.stringify(rows, null, 2))
      return 0
    }
    io.out('Modèles de bilan :')
    for (const r of rows) io.out(`  ${r.id.padEnd(24)} ${(r.departement ? `CAF ${r.departement}` : 'national').padEnd(9)} ${r.anneeScolaire}  ${r.titre}${r.origine === 'importe' ? ' (importé)' : ''}`)
    return 0
  } finally {
    workspace.close()
  }
}
