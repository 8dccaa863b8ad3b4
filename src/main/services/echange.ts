import type { EchangeDocument } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import {
  markLatestAnneeCurrent, readEtablissements, readFamilles, readIntervenants, readLieux, readStructure,
  writeAnnee, writeEtablissement, writeFamille, writeIntervenant, writeLieu, writeStructure,
} from '../store/repos/association'
import { readCollectifs, writeCollectif } from '../store/repos/collectifs'
import { readEnfants, writeEnfant } from '../store/repos/enfants'
import {
  readActionsParents, readConcertations, readFormations, readProjetsBonus, readReponses,
  writeActionParents, writeConcertation, writeFormation, writeProjetBonus, writeReponse,
} from '../store/repos/partenariats'
import { readSeances, writeSeance } from '../store/repos/seances'
import { readBudget, writeBudget } from '../store/repos/budget'
import { ApiError } from '../../shared/contract/errors'
import type { CallsOf } from '../../shared/contract'
import type { echangeContract } from '../../shared/contract/echange'

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

/**
 * Writes a validated document: every entity is created or replaced by its id, so importing the
 * same document twice changes nothing. Runs inside the caller's transaction.
 */
export function importDocument(ctx: ServiceContext, doc: EchangeDocument): Record<string, number> {
  const { db } = ctx
  writeStructure(db, doc.structure)
  const anneeId = writeAnnee(db, doc.anneeScolaire, ctx.newId)
  markLatestAnneeCurrent(db)
  doc.lieux.forEach((x) => writeLieu(db, x))
  doc.etablissements.forEach((x) => writeEtablissement(db, x))
  doc.intervenants.forEach((x) => writeIntervenant(db, x))
  doc.familles.forEach((x) => writeFamille(db, x))
  doc.collectifs.forEach((x) => writeCollectif(db, anneeId, x))
  doc.enfants.forEach((x) => writeEnfant(db, anneeId, x, ctx.newId))
  doc.seances.forEach((x) => writeSeance(db, x))
  doc.actionsParents.forEach((x) => writeActionParents(db, anneeId, x))
  doc.concertations.forEach((x) => writeConcertation(db, anneeId, x))
  doc.formations.forEach((x) => writeFormation(db, anneeId, x))
  doc.projetsBonus.forEach((x) => writeProjetBonus(db, anneeId, x))
  for (const [questionId, texte] of Object.entries(doc.reponses)) writeReponse(db, anneeId, questionId, texte)
  // A document without a budget (made before issue 16, or a year without one) keeps the one here.
  if (doc.budget) writeBudget(db, anneeId, doc.budget)
  return {
    lieux: doc.lieux.length, etablissements: doc.etablissements.length, intervenants: doc.intervenants.length,
    collectifs: doc.collectifs.length, familles: doc.familles.length, enfants: doc.enfants.length, seances: doc.seances.length,
    presences: doc.seances.reduce((n, s) => n + s.presences.length, 0), actionsParents: doc.actionsParents.length,
    concertations: doc.concertations.length, formations: doc.formations.length, projetsBonus: doc.projetsBonus.length,
    reponses: Object.keys(doc.reponses).length,
    ...(doc.budget ? { lignesBudget: doc.budget.lignes.length } : {}),
  }
}

export const echangeHandlers: HandlerMap<CallsOf<typeof echangeContract>> = {
  'echange.export': (_input, ctx) => exportDocument(ctx),
  'echange.import': ({ document }, ctx) => ({ annee: document.anneeScolaire.libelle, nombres: importDocument(ctx, document) }),
}
