import type { ComplianceInput } from '../../shared/compliance/types'
import type { Seance } from '../../shared/exchange/schema'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readStructure } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfants } from '../store/repos/enfants'
import { readActionsParents, readConcertations, readProjetsBonus } from '../store/repos/partenariats'
import { readSeanceResumes } from '../store/repos/seances'
import { readBudget } from '../store/repos/budget'

// The rules and the dashboard read of a séance's register only how many marks it holds and how
// many say « présent », and of its team only how many: these stand for the marks without
// naming a child, so that a year's thousands of marks come as one count per séance.
const PRESENT = Object.freeze({ enfantId: '', statut: 'present' as const })
const NOT_PRESENT = Object.freeze({ enfantId: '', statut: 'absent' as const })

/**
 * What the compliance rules and the dashboard read (`ComplianceInput`), with each séance's
 * register and team as counts taken by SQL (`GROUP BY`) instead of every mark of the year:
 * the same results as from the exchange snapshot (`exportDocument`), at a fraction of the cost.
 */
export function readComplianceInput(ctx: ServiceContext): ComplianceInput {
  const { id: anneeId, ...anneeScolaire } = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  const seances: Seance[] = readSeanceResumes(ctx.db, anneeId).map((r) => ({
    id: r.id, collectifId: r.collectifId, date: r.date, heureDebut: r.heureDebut, dureeMinutes: r.dureeMinutes,
    ...(r.annulee ? { annulee: true } : {}),
    ...(r.motifAnnulation ? { motifAnnulation: r.motifAnnulation } : {}),
    intervenantIds: Array.from({ length: r.nbIntervenants }, () => ''),
    presences: Array.from({ length: r.nbMarques }, (_, i) => (i < r.nbPresents ? PRESENT : NOT_PRESENT)),
  }))
  const budget = readBudget(ctx.db, anneeId)
  return {
    structure, anneeScolaire, seances,
    collectifs: readCollectifs(ctx.db, anneeId),
    enfants: readEnfants(ctx.db, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    ...(budget ? { budget } : {}),
  }
}
