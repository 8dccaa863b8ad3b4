import { snapshotYear, storeArchive } from '../../src/main/years/archive'
import type { Workspace } from '../../src/main/workspace'

/**
 * Makes `libelle` the current year the way « Nouvelle année » will (another helper's work): the
 * current year is frozen first, then a new year row becomes the current one, in one transaction.
 * Returns the id of the year that became past.
 */
export function startNextYearBySql(workspace: Workspace, year: { libelle: string; debut: string; fin: string }, now = new Date('2026-07-10T08:00:00Z')): string {
  const { sqlite, db } = workspace.context()
  const past = sqlite.prepare('SELECT id, zone, intitule_projet AS intitule FROM annees_scolaires WHERE courante = 1').get() as { id: string; zone: string; intitule: string }
  const contenu = snapshotYear(sqlite)
  sqlite.transaction(() => {
    storeArchive(db, past.id, contenu, now)
    sqlite.prepare('UPDATE annees_scolaires SET courante = 0').run()
    sqlite.prepare('INSERT INTO annees_scolaires (id, libelle, debut, fin, zone, intitule_projet, courante) VALUES (?, ?, ?, ?, ?, ?, 1)')
      .run(`annee-${year.libelle}`, year.libelle, year.debut, year.fin, past.zone, past.intitule)
  }).immediate()
  workspace.results.clear()
  return past.id
}
