import type { Db } from '../store/open-database'
import { hasComptes, readCompteCourant } from '../store/repos/comptes'
import type { Identity } from './permissions'
import type { Caller, SessionStore } from './sessions'

/** The command line and the tests: they work on the file directly, without sessions. */
export const FILE_ACCESS: Identity = { protege: false, compte: null }

/**
 * Who is calling: read again at every call, so that an account deactivated or deleted, or a role
 * changed, takes effect at once; a session whose account is gone is closed.
 */
export function identify(db: Db, sessions: SessionStore, caller: Caller | undefined): Identity {
  if (!caller) return FILE_ACCESS
  const protege = hasComptes(db)
  const compteId = sessions.compteOf(caller.token)
  const compte = compteId ? readCompteCourant(db, compteId) : null
  if (caller.token && !compte) {
    sessions.close(caller.token)
    caller.token = null
  }
  return { protege, compte }
}
