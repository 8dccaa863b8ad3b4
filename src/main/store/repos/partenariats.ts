import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { ActionParents, Concertation, Formation, ProjetBonus } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import {
  actionParentsCollectifs, actionParentsFamilles, actionsParents, concertations, depenses, formationIntervenants, formations,
  bilanCorrections, etablissements, projetBonusCollectifs, projetsBonus, reponses,
} from '../schema'
import { compact, groupBy } from './compact'

export function readActionsParents(db: Db, anneeId: string): ActionParents[] {
  const rows = db.select().from(actionsParents).where(eq(actionsParents.anneeId, anneeId)).orderBy(asc(actionsParents.date), asc(actionsParents.id)).all()
  const ids = db.select({ id: actionsParents.id }).from(actionsParents).where(eq(actionsParents.anneeId, anneeId))
  const cols = groupBy(db.select().from(actionParentsCollectifs).where(inArray(actionParentsCollectifs.actionId, ids)).orderBy(asc(actionParentsCollectifs.position)).all(), (r) => r.actionId)
  const fams = groupBy(db.select().from(actionParentsFamilles).where(inArray(actionParentsFamilles.actionId, ids)).orderBy(asc(actionParentsFamilles.position)).all(), (r) => r.actionId)
  return rows.map((r) => {
    const { anneeId: _a, famillesRenseignees, ...rest } = r
    return {
      ...compact(rest),
      collectifIds: (cols.get(r.id) ?? []).map((c) => c.collectifId),
      ...(famillesRenseignees ? { familleIds: (fams.get(r.id) ?? []).map((f) => f.familleId) } : {}),
    } as ActionParents
  })
}

export function writeActionParents(db: Db, anneeId: string, a: ActionParents): void {
  const values = {
    id: a.id, anneeId, date: a.date, dureeMinutes: a.dureeMinutes ?? null, objectifs: a.objectifs, format: a.format ?? null,
    nbParents: a.nbParents, nbEnfants: a.nbEnfants ?? null, bonus: a.bonus ?? null, intitule: a.intitule ?? null, note: a.note ?? null,
    famillesRenseignees: a.familleIds !== undefined,
  }
  db.insert(actionsParents).values(values).onConflictDoUpdate({ target: actionsParents.id, set: values }).run()
  db.delete(actionParentsCollectifs).where(eq(actionParentsCollectifs.actionId, a.id)).run()
  db.delete(actionParentsFamilles).where(eq(actionParentsFamilles.actionId, a.id)).run()
  if (a.collectifIds.length) db.insert(actionParentsCollectifs).values(a.collectifIds.map((collectifId, position) => ({ actionId: a.id, collectifId, position }))).run()
  if (a.familleIds?.length) db.insert(actionParentsFamilles).values(a.familleIds.map((familleId, position) => ({ actionId: a.id, familleId, position }))).run()
}

export function readConcertations(db: Db, anneeId: string): Concertation[] {
  return db
    .select()
    .from(concertations)
    .where(eq(concertations.anneeId, anneeId))
    .orderBy(asc(concertations.date), asc(concertations.id))
    .all()
    .map(({ anneeId: _a, ...r }) => compact(r) as Concertation)
}

export function writeConcertation(db: Db, anneeId: string, c: Concertation): void {
  const values = {
    id: c.id, anneeId, date: c.date, avec: c.avec, etablissementId: c.etablissementId ?? null, partenaire: c.partenaire ?? null,
    type: c.type, formalise: c.formalise, note: c.note ?? null,
  }
  db.insert(concertations).values(values).onConflictDoUpdate({ target: concertations.id, set: values }).run()
}

export function readFormations(db: Db, anneeId: string): Formation[] {
  const rows = db.select().from(formations).where(eq(formations.anneeId, anneeId)).orderBy(asc(formations.intitule), asc(formations.id)).all()
  const ids = db.select({ id: formations.id }).from(formations).where(eq(formations.anneeId, anneeId))
  const people = groupBy(db.select().from(formationIntervenants).where(inArray(formationIntervenants.formationId, ids)).orderBy(asc(formationIntervenants.position)).all(), (r) => r.formationId)
  return rows.map((r) => ({
    id: r.id, organisme: r.organisme, intitule: r.intitule, dates: r.dates,
    intervenantIds: (people.get(r.id) ?? []).map((p) => p.intervenantId),
  }))
}

export function writeFormation(db: Db, anneeId: string, f: Formation): void {
  const values = { id: f.id, anneeId, organisme: f.organisme, intitule: f.intitule, dates: f.dates }
  db.insert(formations).values(values).onConflictDoUpdate({ target: formations.id, set: values }).run()
  db.delete(formationIntervenants).where(eq(formationIntervenants.formationId, f.id)).run()
  if (f.intervenantIds.length) db.insert(formationIntervenants).values(f.intervenantIds.map((intervenantId, position) => ({ formationId: f.id, intervenantId, position }))).run()
}

export function readProjetsBonus(db: Db, anneeId: string): ProjetBonus[] {
  const rows = db.select().from(projetsBonus).where(eq(projetsBonus.anneeId, anneeId)).orderBy(asc(projetsBonus.intitule), asc(projetsBonus.id)).all()
  const ids = db.select({ id: projetsBonus.id }).from(projetsBonus).where(eq(projetsBonus.anneeId, anneeId))
  const cols = groupBy(db.select().from(projetBonusCollectifs).where(inArray(projetBonusCollectifs.projetId, ids)).orderBy(asc(projetBonusCollectifs.position)).all(), (r) => r.projetId)
  const spend = groupBy(db.select().from(depenses).where(inArray(depenses.projetId, ids)).orderBy(asc(depenses.position)).all(), (r) => r.projetId)
  return rows.map((r) => ({
    id: r.id, type: r.type as ProjetBonus['type'], intitule: r.intitule, touteAnnee: r.touteAnnee,
    collectifIds: (cols.get(r.id) ?? []).map((c) => c.collectifId),
    depenses: (spend.get(r.id) ?? []).map((d) => ({ nature: d.nature as ProjetBonus['depenses'][number]['nature'], libelle: d.libelle, montantEuros: d.montantEuros })),
  }))
}

export function writeProjetBonus(db: Db, anneeId: string, p: ProjetBonus): void {
  const values = { id: p.id, anneeId, type: p.type, intitule: p.intitule, touteAnnee: p.touteAnnee }
  db.insert(projetsBonus).values(values).onConflictDoUpdate({ target: projetsBonus.id, set: values }).run()
  db.delete(projetBonusCollectifs).where(eq(projetBonusCollectifs.projetId, p.id)).run()
  db.delete(depenses).where(eq(depenses.projetId, p.id)).run()
  if (p.collectifIds.length) db.insert(projetBonusCollectifs).values(p.collectifIds.map((collectifId, position) => ({ projetId: p.id, collectifId, position }))).run()
  if (p.depenses.length) db.insert(depenses).values(p.depenses.map((d, position) => ({ projetId: p.id, position, ...d }))).run()
}

export function readReponses(db: Db, anneeId: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of db.select().from(reponses).where(eq(reponses.anneeId, anneeId)).orderBy(asc(reponses.questionId)).all()) out[r.questionId] = r.texte
  return out
}

export function writeReponse(db: Db, anneeId: string, questionId: string, texte: string): void {
  db.insert(reponses).values({ anneeId, questionId, texte }).onConflictDoUpdate({ target: [reponses.anneeId, reponses.questionId], set: { texte } }).run()
}

export function deleteReponse(db: Db, anneeId: string, questionId: string): void {
  db.delete(reponses).where(and(eq(reponses.anneeId, anneeId), eq(reponses.questionId, questionId))).run()
}

/** The figures corrected by hand for the year, by figure key (never exported: see the table). */
export function readCorrections(db: Db, anneeId: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of db.select().from(bilanCorrections).where(eq(bilanCorrections.anneeId, anneeId)).orderBy(asc(bilanCorrections.cle)).all()) out[r.cle] = r.valeur
  return out
}

export function writeCorrection(db: Db, anneeId: string, cle: string, valeur: string): void {
  db.insert(bilanCorrections).values({ anneeId, cle, valeur }).onConflictDoUpdate({ target: [bilanCorrections.anneeId, bilanCorrections.cle], set: { valeur } }).run()
}

export function deleteCorrection(db: Db, anneeId: string, cle: string): void {
  db.delete(bilanCorrections).where(and(eq(bilanCorrections.anneeId, anneeId), eq(bilanCorrections.cle, cle))).run()
}

export function deleteActionParents(db: Db, id: string): void {
  db.delete(actionsParents).where(eq(actionsParents.id, id)).run()
}

export function deleteConcertation(db: Db, id: string): void {
  db.delete(concertations).where(eq(concertations.id, id)).run()
}

/** The name of an établissement, for a message. */
export function etablissementNom(db: Db, id: string): string | undefined {
  return db.select({ nom: etablissements.nom }).from(etablissements).where(eq(etablissements.id, id)).get()?.nom
}

/** Every concertation with a partner of the territory, all years. */
export function readTerritoryPartners(db: Db): { avec: string; partenaire: string | null; date: string }[] {
  return db
    .select({ avec: concertations.avec, partenaire: concertations.partenaire, date: concertations.date })
    .from(concertations)
    .where(and(eq(concertations.avec, 'territoire'), isNotNull(concertations.partenaire)))
    .all()
}

/** A bonus project's row (its year and title), or undefined. */
export function readProjetBonusRow(db: Db, id: string) {
  return db.select().from(projetsBonus).where(eq(projetsBonus.id, id)).get()
}

export function deleteProjetBonus(db: Db, id: string): void {
  db.delete(projetsBonus).where(eq(projetsBonus.id, id)).run()
}

export function deleteFormation(db: Db, id: string): void {
  db.delete(formations).where(eq(formations.id, id)).run()
}
