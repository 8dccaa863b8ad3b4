import type { AnneeScolaire, EchangeDocument, Seance, Structure } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readEtablissements, readFamilles, readIntervenants, readLieux, readStructure } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfants } from '../store/repos/enfants'
import { readActionsParents, readConcertations, readFormations, readProjetsBonus, readReponses } from '../store/repos/partenariats'
import { readSeances } from '../store/repos/seances'
import { readBudget } from '../store/repos/budget'
import { ApiError } from '../../shared/contract/errors'

/** The current year and its association; a clear refusal while the association is not set up. */
export function requireConfiguredYear(ctx: ServiceContext): { anneeId: string; anneeScolaire: AnneeScolaire; structure: Structure } {
  const { id: anneeId, ...anneeScolaire } = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  return { anneeId, anneeScolaire, structure }
}

/**
 * The current year in the exchange document's shape, its séances and written answers read as the
 * caller needs them (every mark for an export, the figures' lean registers for the bilan): one
 * list of what a year holds, for every reader of the whole year.
 */
export function readYearDocument(
  ctx: ServiceContext,
  parts: { exporteLe: string; seances: (anneeId: string) => Seance[]; reponses: (anneeId: string) => EchangeDocument['reponses'] },
): EchangeDocument {
  const { anneeId, anneeScolaire, structure } = requireConfiguredYear(ctx)
  return {
    format: 'clas-echange',
    version: 1,
    exporteLe: parts.exporteLe,
    structure,
    anneeScolaire,
    lieux: readLieux(ctx.db),
    etablissements: readEtablissements(ctx.db),
    intervenants: readIntervenants(ctx.db),
    collectifs: readCollectifs(ctx.db, anneeId),
    familles: readFamilles(ctx.db),
    enfants: readEnfants(ctx.db, anneeId),
    seances: parts.seances(anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    formations: readFormations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    reponses: parts.reponses(anneeId),
    ...withBudget(readBudget(ctx.db, anneeId)),
  }
}

// Left out when none was saved: a year without a budget exports as before issue 16.
const withBudget = (budget: EchangeDocument['budget']) => (budget ? { budget } : {})

/** The current year as one exchange document (spec/echange-v1.md). */
export function exportDocument(ctx: ServiceContext, now = new Date()): EchangeDocument {
  return readYearDocument(ctx, {
    exporteLe: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    seances: (anneeId) => readSeances(ctx.db, anneeId),
    reponses: (anneeId) => readReponses(ctx.db, anneeId),
  })
}
