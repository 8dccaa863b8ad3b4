import type { ComplianceInput } from '../../shared/compliance/types'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readCollectifs } from '../store/repos/collectifs'
import { readActionsParents, readConcertations, readProjetsBonus } from '../store/repos/partenariats'
import { readBudget } from '../store/repos/budget'
import { readSeancesAsCounts } from '../store/repos/year-seances'
import { readEnrolledLevels, readEnrolledQuartiers } from '../store/repos/enrolled'
import { requireConfiguredYear } from './year-document'

/** The children enrolled as of `day` (spec/chiffres.md), each with its family's quartier, for the dashboard's count per quartier. */
export function enrolledQuartiers(ctx: ServiceContext, day: string): { quartier: string | null }[] {
  const annee = requireAnnee(ctx)
  const upTo = day < annee.fin ? day : annee.fin
  return readEnrolledQuartiers(ctx.sqlite, annee.id, upTo, annee.debut)
}

/**
 * What the compliance rules and the dashboard read (`ComplianceInput`), with each séance's
 * register and team as counts (kept between calls: `seance-registers.ts`) instead of every mark of the year:
 * the same results as from the exchange snapshot (`exportDocument`), at a fraction of the cost.
 */
export function readComplianceInput(ctx: ServiceContext): ComplianceInput {
  const { anneeId, anneeScolaire, structure } = requireConfiguredYear(ctx)
  const budget = readBudget(ctx.db, anneeId)
  return {
    structure, anneeScolaire,
    seances: readSeancesAsCounts(ctx.sqlite, anneeId),
    collectifs: readCollectifs(ctx.db, anneeId),
    enfants: readEnrolledLevels(ctx.sqlite, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    ...(budget ? { budget } : {}),
  }
}
