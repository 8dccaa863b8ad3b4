import { writeFileSync } from 'node:fs'
import type { EchangeDocument } from '../../../../shared/exchange/schema'
import { callOrFail, openWorkspace, yearOption } from '../open-workspace'
import type { CliIO } from '../io'

/** `clas export [--out FILE] [--year AAAA-AAAA]`: the current year (or another one of the database) as an exchange document. */
export function exportCommand(flags: { db?: string; out?: string; year?: string }, io: CliIO): number {
  const { workspace, dispatch } = openWorkspace(flags.db, yearOption(flags.year))
  try {
    const doc = callOrFail<EchangeDocument>(dispatch, 'echange.export', {})
    const json = JSON.stringify(doc, null, 2) + '\n'
    if (flags.out) {
      writeFileSync(flags.out, json)
      io.err(`Exporté : ${doc.enfants.length} enfants, ${doc.seances.length} séances (${doc.anneeScolaire.libelle}) → ${flags.out}`)
    } else io.out(json)
    return 0
  } finally {
    workspace.close()
  }
}
