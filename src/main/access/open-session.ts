import type { Db } from '../store/open-database'
import { readCompteCourant } from '../store/repos/comptes'
import type { CallAccess } from './call-access'

/** The caller now acts as this account (after a login, or on creating the first account). */
export function openSession(access: CallAccess, db: Db, compteId: string): void {
  if (!access.caller) return
  access.sessions.close(access.caller.token)
  access.caller.token = access.sessions.open(compteId)
  access.compte = readCompteCourant(db, compteId)
}
