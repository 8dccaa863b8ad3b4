import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../../../bilan/templates/templates-folder'
import { listTemplates } from '../../../bilan/templates/template-store'
import { resolveDbPath } from '../../../store/data-paths'
import type { CliIO } from '../io'

/** `clas templates [--json]`: the forms the bilan can be filled in. */
export function templatesCommand(flags: { db?: string; json?: boolean }, io: CliIO): number {
  const templates = listTemplates(findBuiltinTemplatesFolder(), importedTemplatesFolder(resolveDbPath(flags.db)))
  const rows = templates.map((t) => ({ id: t.info.id, departement: t.info.departement, anneeScolaire: t.info.anneeScolaire, titre: t.info.titre, origine: t.origine }))
  if (flags.json) {
    io.out(JSON.stringify(rows, null, 2))
    return 0
  }
  io.out('Modèles de bilan :')
  for (const r of rows) io.out(`  ${r.id.padEnd(24)} ${(r.departement ? `CAF ${r.departement}` : 'national').padEnd(9)} ${r.anneeScolaire}  ${r.titre}${r.origine === 'importe' ? ' (importé)' : ''}`)
  return 0
}
