import type { SessionEtat } from '../../../shared/contract/comptes'
import type { Dispatch } from '../../api/dispatch'
import type { Caller } from '../../access/sessions'

/**
 * The largest body of a call made without a session on a protected base. Only the lock screen's
 * calls are then allowed, and the largest, `session.ouvrir`, is a name (60 characters) and a
 * secret (200): under 1.5 KB of JSON even with every character escaped as \uXXXX. 8 KB leaves
 * room and keeps a stranger from making the server read and parse anything large.
 */
export const ANONYMOUS_BODY_MAX = 8 * 1024

/** The largest body of a call with a session (an import, a template): a form of a few MB in base64. */
export const BODY_MAX = 64 * 1024 * 1024

/** Bodies above this size are read a few at a time: each costs its size several times over in memory. */
export const LARGE_BODY = 1024 * 1024
export const LARGE_BODIES_AT_ONCE = 2

/** Counts the large bodies being read, to refuse more than `max` at once instead of holding them all. */
export class LargeBodySlots {
  private used = 0
  constructor(private readonly max = LARGE_BODIES_AT_ONCE) {}

  take(): boolean {
    if (this.used >= this.max) return false
    this.used++
    return true
  }

  release(): void {
    this.used = Math.max(0, this.used - 1)
  }

  get inUse(): number {
    return this.used
  }
}

/**
 * Whether `caller` may send large bodies: with a live session, or to a base without accounts
 * (served on this laptop only: the LAN mode requires accounts). Asked before the body is read,
 * through the dispatcher, which knows the base open now and its sessions; a base that did not
 * open (recovery) answers with small calls only.
 */
export async function mayUpload(dispatch: Dispatch, caller: Caller): Promise<boolean> {
  try {
    // A copy: this question must not change the caller's cookie, whatever it finds.
    const etat = (await dispatch('session.etat', {}, { ...caller })) as SessionEtat
    return !etat.protege || etat.compte !== null
  } catch {
    return false
  }
}
