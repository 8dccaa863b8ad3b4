import type { EchangeDocument } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import { markLatestAnneeCurrent, writeAnnee, writeEtablissement, writeFamille, writeIntervenant, writeLieu, writeStructure } from '../store/repos/association'
import { writeCollectif } from '../store/repos/collectifs'
import { writeEnfant } from '../store/repos/enfants'
import { writeActionParents, writeConcertation, writeFormation, writeProjetBonus, writeReponse } from '../store/repos/partenariats'
import { writeSeance } from '../store/repos/seances'
import { writeBudget } from '../store/repos/budget'

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
