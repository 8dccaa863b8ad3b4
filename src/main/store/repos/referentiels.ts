import { asc, eq } from 'drizzle-orm'
import type { Db } from '../open-database'
import { collectifEtablissements, collectifs, concertations, enfants, etablissements, familles, lieux } from '../schema'

export function readLieuRow(db: Db, id: string) {
  return db.select().from(lieux).where(eq(lieux.id, id)).get()
}

/** The names of the collectifs (all years) held at a lieu. */
export function collectifsAtLieu(db: Db, lieuId: string): { nom: string }[] {
  return db.select({ nom: collectifs.nom }).from(collectifs).where(eq(collectifs.lieuId, lieuId)).all()
}

export function deleteLieu(db: Db, id: string): void {
  db.delete(lieux).where(eq(lieux.id, id)).run()
}

export function readEtablissementRow(db: Db, id: string) {
  return db.select().from(etablissements).where(eq(etablissements.id, id)).get()
}

/** What names an établissement, every year: collectifs, children, concertations (by date). */
export function etablissementReferences(db: Db, id: string) {
  return {
    collectifs: db.select({ nom: collectifs.nom }).from(collectifEtablissements).innerJoin(collectifs, eq(collectifs.id, collectifEtablissements.collectifId))
      .where(eq(collectifEtablissements.etablissementId, id)).all(),
    enfants: db.select({ prenom: enfants.prenom, nom: enfants.nom }).from(enfants).where(eq(enfants.etablissementId, id)).all(),
    concertationDates: db.select({ date: concertations.date }).from(concertations).where(eq(concertations.etablissementId, id)).orderBy(asc(concertations.date)).all().map((c) => c.date),
  }
}

export function deleteEtablissement(db: Db, id: string): void {
  db.delete(etablissements).where(eq(etablissements.id, id)).run()
}

export function readFamilleRow(db: Db, id: string) {
  return db.select().from(familles).where(eq(familles.id, id)).get()
}

/** The family goes; its children stay, detached. */
export function deleteFamille(db: Db, id: string): void {
  db.update(enfants).set({ familleId: null }).where(eq(enfants.familleId, id)).run()
  db.delete(familles).where(eq(familles.id, id)).run()
}
