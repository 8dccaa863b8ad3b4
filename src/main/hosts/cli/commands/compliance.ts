import type { ComplianceResult } from '../../../../shared/compliance'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import type { CollectifResume } from '../../../../shared/contract/collectifs'
import type { AppStatus } from '../../../../shared/contract/app'
import { callOrFail, dateOption, openWorkspace, yearOption } from '../open-workspace'
import type { CliIO } from '../io'
import type { SeanceSansRegistre } from '../../../../shared/seances/held'
import { sansRegistreLines } from './sans-registre'

const MARK: Record<ComplianceResult['statut'], string> = { conforme: '✓', alerte: '!', non_conforme: '✗', sans_objet: '·' }
const LABEL: Record<ComplianceResult['statut'], string> = { conforme: 'conforme', alerte: 'alerte', non_conforme: 'non conforme', sans_objet: 'sans objet' }

/** `clas compliance [--date D] [--year AAAA-AAAA] [--json]`: the référentiel's rules on a year of the database. */
export function complianceCommand(flags: { db?: string; date?: string; year?: string; json?: boolean }, io: CliIO): number {
  const asked = dateOption(flags.date)
  const { workspace, dispatch } = openWorkspace(flags.db, yearOption(flags.year))
  try {
    const { date, resultats, seancesSansRegistre } = callOrFail<{ date: string; resultats: ComplianceResult[]; seancesSansRegistre: SeanceSansRegistre[] }>(
      dispatch, 'conformite.evaluer', asked ? { date: asked } : {},
    )
    if (flags.json) {
      io.out(JSON.stringify(resultats, null, 2))
      return 0
    }
    // The year and the collectifs' names as they were in a past year (its frozen copy), like the results.
    const { annee } = callOrFail<AppStatus>(dispatch, 'app.status', {})
    const noms = new Map(callOrFail<CollectifResume[]>(dispatch, 'collectifs.list', {}).map((c) => [c.id, c.nom]))
    io.out(`Conformité au référentiel national, année ${annee?.libelle ?? ''}, au ${formatDateCourteFr(date)}`)
    let current: string | undefined = ''
    for (const r of resultats) {
      if (r.collectifId !== current) {
        current = r.collectifId
        io.out(`\n${current ? `Collectif « ${noms.get(current) ?? current} »` : 'La structure'}`)
      }
      io.out(`  ${MARK[r.statut]} ${r.regle.padEnd(20)} ${LABEL[r.statut].padEnd(13)} ${r.message}`)
    }
    for (const line of sansRegistreLines(seancesSansRegistre)) io.out(line)
    return 0
  } finally {
    workspace.close()
  }
}
