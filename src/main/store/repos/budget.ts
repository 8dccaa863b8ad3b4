import { asc, eq } from 'drizzle-orm'
import type { Budget, BudgetLigne } from '../../../shared/budget/schema'
import type { PosteBudget } from '../../../shared/budget/postes'
import type { Db } from '../open-database'
import { budgetLignes, budgetParametres } from '../schema'

/** The year's budget, or undefined when none was ever saved (the exchange field is then left out). */
export function readBudget(db: Db, anneeId: string): Budget | undefined {
  const params = db.select().from(budgetParametres).where(eq(budgetParametres.anneeId, anneeId)).get()
  if (!params?.budgetSaisi) return undefined
  const lignes = db.select().from(budgetLignes).where(eq(budgetLignes.anneeId, anneeId)).orderBy(asc(budgetLignes.position)).all()
  return {
    ...(params.tauxHoraireBenevolatCentimes === null ? {} : { tauxHoraireBenevolatCentimes: params.tauxHoraireBenevolatCentimes }),
    lignes: lignes.map((l): BudgetLigne => ({
      poste: l.poste as PosteBudget,
      ...(l.libelle === null ? {} : { libelle: l.libelle }),
      ...(l.previsionnelCentimes === null ? {} : { previsionnelCentimes: l.previsionnelCentimes }),
      ...(l.realiseCentimes === null ? {} : { realiseCentimes: l.realiseCentimes }),
    })),
  }
}

/** Replaces the year's budget; the bénévoles' access setting is kept. */
export function writeBudget(db: Db, anneeId: string, budget: Budget): void {
  const taux = budget.tauxHoraireBenevolatCentimes ?? null
  db.insert(budgetParametres).values({ anneeId, budgetSaisi: true, tauxHoraireBenevolatCentimes: taux })
    .onConflictDoUpdate({ target: budgetParametres.anneeId, set: { budgetSaisi: true, tauxHoraireBenevolatCentimes: taux } }).run()
  db.delete(budgetLignes).where(eq(budgetLignes.anneeId, anneeId)).run()
  if (budget.lignes.length) {
    db.insert(budgetLignes).values(budget.lignes.map((l, position) => ({
      anneeId, position, poste: l.poste, libelle: l.libelle?.trim() || null,
      previsionnelCentimes: l.previsionnelCentimes ?? null, realiseCentimes: l.realiseCentimes ?? null,
    }))).run()
  }
}

export function readBenevolesVoientBudget(db: Db, anneeId: string): boolean {
  return db.select({ v: budgetParametres.benevolesVoient }).from(budgetParametres).where(eq(budgetParametres.anneeId, anneeId)).get()?.v ?? false
}

export function writeBenevolesVoientBudget(db: Db, anneeId: string, autorise: boolean): void {
  db.insert(budgetParametres).values({ anneeId, benevolesVoient: autorise })
    .onConflictDoUpdate({ target: budgetParametres.anneeId, set: { benevolesVoient: autorise } }).run()
}
