import type { ComplianceResult } from '../../../../shared/compliance'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import { readCollectifs } from '../../../store/repos/collectifs'
import { readCurrentAnnee } from '../../../store/repos/association'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const MARK: Record<ComplianceResult['statut'], string> = { conforme: '✓', alerte: '!', non_conforme: '✗', sans_objet: '·' }
const LABEL: Record<ComplianceResult['statut'], string> = { conforme: 'conforme', alerte: 'alerte', non_conforme: 'non conforme', sans_objet: 'sans objet' }

/** `clas compliance [--date D] [--json]`: the référentiel's rules on the year of the database. */
export function complianceCommand(flags: { db?: string; date?: string; json?: boolean }, io: CliIO): number {
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const { date, resultats } = callOrFail<{ date: string; resultats: ComplianceResult[] }>(dispatch, 'conformite.evaluer', flags.date ? { date: flags.date } : {})
    if (flags.json) {
      io.out(JSON.stringify(resultats, null, 2))
      return 0
    }
    const ctx = workspace.context()
    const annee = readCurrentAnnee(ctx.db)
    if (!annee) throw new CliError("L'association n'est pas encore configurée.")
    const noms = new Map(readCollectifs(ctx.db, annee.id).map((c) => [c.id, c.nom]))
    io.out(`Conformité au référentiel national, année ${annee.libelle}, au ${formatDateCourteFr(date)}`)
    let current: string | undefined = ''
    for (const r of resultats) {
      if (r.collectifId !== current) {
        current = r.collectifId
        io.out(`\n${current ? `Collectif « ${noms.get(current) ?? current} »` : 'La structure'}`)
      }
      io.out(`  ${MARK[r.statut]} ${r.regle.padEnd(20)} ${LABEL[r.statut].padEnd(13)} ${r.message}`)
    }
    return 0
  } finally {
    workspace.close()
  }
}
