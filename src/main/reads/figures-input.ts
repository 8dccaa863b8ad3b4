import type { EchangeDocument } from '../../shared/exchange/schema'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readEtablissements, readFamilles, readIntervenants, readLieux, readStructure } from '../store/repos/association'
import { readBudget } from '../store/repos/budget'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfants } from '../store/repos/enfants'
import { readActionsParents, readConcertations, readFormations, readProjetsBonus } from '../store/repos/partenariats'
import { readSeancesForFigures } from '../store/repos/year-seances'

/**
 * What the bilan's figures read of the year (`computeFigures`), in the exchange document's shape:
 * the year as `exportDocument` gives it, except the registers, whose marks other than « présent »
 * come as unnamed placeholders (the figures count them, never read whose they are), and the
 * written answers, which no figure reads. The same figures as from the full snapshot
 * (`figures-input.test.ts`), without building an object per mark of the year.
 */
export function readFiguresInput(ctx: ServiceContext): EchangeDocument {
  const { id: anneeId, ...anneeScolaire } = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  const budget = readBudget(ctx.db, anneeId)
  return {
    format: 'clas-echange', version: 1, exporteLe: '',
    structure, anneeScolaire,
    lieux: readLieux(ctx.db),
    etablissements: readEtablissements(ctx.db),
    intervenants: readIntervenants(ctx.db),
    collectifs: readCollectifs(ctx.db, anneeId),
    familles: readFamilles(ctx.db),
    enfants: readEnfants(ctx.db, anneeId),
    seances: readSeancesForFigures(ctx.sqlite, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    formations: readFormations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    reponses: {},
    ...(budget ? { budget } : {}),
  }
}
