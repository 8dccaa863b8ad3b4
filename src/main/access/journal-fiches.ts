import { eq, inArray } from 'drizzle-orm'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { Db } from '../store/open-database'
import { actionsParents, collectifs, comptes, concertations, enfants, etablissements, familles, formations, intervenants, lieux, projetsBonus, seances } from '../store/schema'

/**
 * The records a page of the journal names, in words (« fiche de Lina Martin », « séance du
 * 07/10/2025 (CM1-CM2) »), read from the database as it is now: the journal itself keeps ids only,
 * never a name. A record deleted since has no name, and the screen says what kind it was.
 */
export function nommerFiches(db: Db, ids: string[]): Map<string, string> {
  const names = new Map<string, string>()
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return names
  const put = (rows: { id: string }[], name: (r: never) => string) => rows.forEach((r) => names.set(r.id, name(r as never)))
  put(db.select({ id: enfants.id, prenom: enfants.prenom, nom: enfants.nom }).from(enfants).where(inArray(enfants.id, wanted)).all(), (r: { prenom: string; nom: string }) => `fiche de ${r.prenom} ${r.nom}`)
  put(db.select({ id: intervenants.id, prenom: intervenants.prenom, nom: intervenants.nom }).from(intervenants).where(inArray(intervenants.id, wanted)).all(), (r: { prenom: string; nom: string }) => `fiche de ${r.prenom} ${r.nom}`)
  put(db.select({ id: familles.id, nom: familles.nom }).from(familles).where(inArray(familles.id, wanted)).all(), (r: { nom: string }) => `famille ${r.nom}`)
  put(db.select({ id: collectifs.id, nom: collectifs.nom }).from(collectifs).where(inArray(collectifs.id, wanted)).all(), (r: { nom: string }) => `collectif « ${r.nom} »`)
  put(
    db.select({ id: seances.id, date: seances.date, nom: collectifs.nom }).from(seances).innerJoin(collectifs, eq(collectifs.id, seances.collectifId)).where(inArray(seances.id, wanted)).all(),
    (r: { date: string; nom: string }) => `séance du ${formatDateCourteFr(r.date)} (${r.nom})`,
  )
  put(db.select({ id: lieux.id, nom: lieux.nom }).from(lieux).where(inArray(lieux.id, wanted)).all(), (r: { nom: string }) => `lieu « ${r.nom} »`)
  put(db.select({ id: etablissements.id, nom: etablissements.nom }).from(etablissements).where(inArray(etablissements.id, wanted)).all(), (r: { nom: string }) => `« ${r.nom} »`)
  put(db.select({ id: concertations.id, date: concertations.date }).from(concertations).where(inArray(concertations.id, wanted)).all(), (r: { date: string }) => `concertation du ${formatDateCourteFr(r.date)}`)
  put(
    db.select({ id: actionsParents.id, date: actionsParents.date, intitule: actionsParents.intitule }).from(actionsParents).where(inArray(actionsParents.id, wanted)).all(),
    (r: { date: string; intitule: string | null }) => (r.intitule ? `action « ${r.intitule} » du ${formatDateCourteFr(r.date)}` : `action du ${formatDateCourteFr(r.date)}`),
  )
  put(db.select({ id: formations.id, intitule: formations.intitule }).from(formations).where(inArray(formations.id, wanted)).all(), (r: { intitule: string }) => `formation « ${r.intitule} »`)
  put(db.select({ id: projetsBonus.id, intitule: projetsBonus.intitule }).from(projetsBonus).where(inArray(projetsBonus.id, wanted)).all(), (r: { intitule: string }) => `projet « ${r.intitule} »`)
  put(db.select({ id: comptes.id, nom: comptes.nom }).from(comptes).where(inArray(comptes.id, wanted)).all(), (r: { nom: string }) => `compte de ${r.nom}`)
  return names
}
