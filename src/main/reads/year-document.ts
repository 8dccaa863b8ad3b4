import type { EchangeDocument } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readEtablissements, readFamilles, readIntervenants, readLieux, readStructure } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfants } from '../store/repos/enfants'
import { readActionsParents, readConcertations, readFormations, readProjetsBonus, readReponses } from '../store/repos/partenariats'
import { readSeances } from '../store/repos/seances'
import { readBudget } from '../store/repos/budget'
import { ApiError } from '../../shared/contract/errors'

/** The current year as one exchange document (spec/echange-v1.md). */
export function exportDocument(ctx: ServiceContext, now = new Date()): EchangeDocument {
  const annee = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  const { id: anneeId, ...anneeScolaire } = annee
  return {
    format: 'clas-echange',
    version: 1,
    exporteLe: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    structure,
    anneeScolaire,
    lieux: readLieux(ctx.db),
    etablissements: readEtablissements(ctx.db),
    intervenants: readIntervenants(ctx.db),
    collectifs: readCollectifs(ctx.db, anneeId),
    familles: readFamilles(ctx.db),
    enfants: readEnfants(ctx.db, anneeId),
    seances: readSeances(ctx.db, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    formations: readFormations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    reponses: readReponses(ctx.db, anneeId),
    ...withBudget(readBudget(ctx.db, anneeId)),
  }
}

// Left out when none was saved: a year without a budget exports as before issue 16.
const withBudget = (budget: EchangeDocument['budget']) => (budget ? { budget } : {})
