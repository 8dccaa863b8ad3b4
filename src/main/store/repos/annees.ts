import type Database from 'better-sqlite3'
import { desc, eq, lt } from 'drizzle-orm'
import type { Db } from '../open-database'
import { anneesScolaires, compteCollectifs, enfants, inscriptions, reponses } from '../schema'

/** The school year just before the one starting on `debut`, or undefined. */
export function readPreviousAnnee(db: Db, debut: string): { id: string; libelle: string } | undefined {
  return db
    .select({ id: anneesScolaires.id, libelle: anneesScolaires.libelle })
    .from(anneesScolaires)
    .where(lt(anneesScolaires.debut, debut))
    .orderBy(desc(anneesScolaires.debut))
    .limit(1)
    .get()
}

/** Every school year of the base, oldest first, with when it was closed and archived. */
export function readAnneesListe(sqlite: Database.Database) {
  const rows = sqlite.prepare(`
    SELECT a.libelle, a.debut, a.fin, a.courante, a.cloturee_le AS clotureeLe, r.archivee_le AS archiveeLe
    FROM annees_scolaires a LEFT JOIN annees_archives r ON r.annee_id = a.id ORDER BY a.debut`).all() as
    { libelle: string; debut: string; fin: string; courante: number; clotureeLe: string | null; archiveeLe: string | null }[]
  return rows.map((r) => ({ ...r, courante: r.courante === 1 }))
}

/** A new school year, made the current one. */
export function insertCurrentAnnee(db: Db, values: typeof anneesScolaires.$inferInsert): void {
  db.insert(anneesScolaires).values({ ...values, courante: false }).run()
  db.update(anneesScolaires).set({ courante: eq(anneesScolaires.id, values.id) }).run()
}

/** The bénévoles' accounts that hold a collectif hold its copy too. */
export function copyCompteCollectifs(db: Db, fromCollectifId: string, toCollectifId: string): void {
  const comptes = db.select({ compteId: compteCollectifs.compteId }).from(compteCollectifs).where(eq(compteCollectifs.collectifId, fromCollectifId)).all()
  if (comptes.length) db.insert(compteCollectifs).values(comptes.map((c) => ({ compteId: c.compteId, collectifId: toCollectifId }))).run()
}

/** A child moves to their new level and is enrolled in these collectifs from `du`. */
export function carryEnfant(db: Db, enfantId: string, niveau: string, enrolments: { id: string; collectifId: string }[], du: string): void {
  db.update(enfants).set({ niveau }).where(eq(enfants.id, enfantId)).run()
  db.insert(inscriptions).values(enrolments.map((e) => ({ id: e.id, enfantId, collectifId: e.collectifId, du, au: null }))).run()
}

/** A year's written answers, as stored (empty ones included). */
export function readReponseRows(db: Db, anneeId: string): { questionId: string; texte: string }[] {
  return db.select({ questionId: reponses.questionId, texte: reponses.texte }).from(reponses).where(eq(reponses.anneeId, anneeId)).all()
}
