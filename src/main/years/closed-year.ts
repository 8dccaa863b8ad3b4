import { desc, eq, sql } from 'drizzle-orm'
import type { CallName } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { CALL_POLICY } from '../../shared/contract/policy'
import type { Db } from '../store/open-database'
import { anneesScolaires } from '../store/schema'
import { preparedQuery } from '../store/repos/prepared-queries'

export const closedYearMessage = (libelle: string) => `L'année ${libelle} est clôturée : rouvrez-la dans Paramètres pour la modifier.`

/** When the year was closed (YYYY-MM-DD), or null while it is open. */
export function closedOn(db: Db, anneeId: string): string | null {
  return db.select({ clotureeLe: anneesScolaires.clotureeLe }).from(anneesScolaires).where(eq(anneesScolaires.id, anneeId)).get()?.clotureeLe ?? null
}

export function setClosedOn(db: Db, anneeId: string, day: string | null): void {
  db.update(anneesScolaires).set({ clotureeLe: day }).where(eq(anneesScolaires.id, anneeId)).run()
}

/**
 * Refuses a call on a closed year before it runs, unless its policy allows it (every read, and
 * the writes of `allowedWhileClosed`): nothing is written. The year is the one the call works on
 * (`--year`, else the current one); a base with no year yet has none closed.
 */
export function refuseIfClosed(db: Db, name: CallName, annee: string | undefined): void {
  if (CALL_POLICY[name].allowedWhileClosed) return
  // One read per write call: the year's libellé and closing date, chosen as `requireAnnee` does.
  // Prepared once per connection: this runs before every write.
  const query = (d: Db) => d.select({ libelle: anneesScolaires.libelle, clotureeLe: anneesScolaires.clotureeLe, courante: anneesScolaires.courante }).from(anneesScolaires)
  const year = annee !== undefined
    ? preparedQuery(db, 'refuseIfClosed:libelle', (d) => query(d).where(eq(anneesScolaires.libelle, sql.placeholder('libelle'))).prepare()).get({ libelle: annee })
    : preparedQuery(db, 'refuseIfClosed:current', (d) => query(d).orderBy(desc(anneesScolaires.courante), desc(anneesScolaires.debut)).limit(1).prepare()).get()
  // A past year chosen by the page: its own refusal (years/past-year.ts) says why; reopening is for the current year only.
  if (annee !== undefined && year && !year.courante) return
  if (year?.clotureeLe) throw new ApiError({ code: 'conflict', message: closedYearMessage(year.libelle) })
}
