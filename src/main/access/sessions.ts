import { randomBytes } from 'node:crypto'

/**
 * Who is on the other end of a host: kept by the host between calls (per browser cookie, per
 * Electron window) and given to the dispatcher with each call. `session.ouvrir` sets the token,
 * `session.fermer` clears it; the host then updates its cookie.
 */
export interface Caller {
  token: string | null
  /** Reaches us over the network (LAN mode), not from this laptop: stricter rules apply. */
  distant?: boolean
  /**
   * The page or window calling, as it names itself (not a secret, not checked): its own writes
   * are not pushed back to it, since it refreshed itself already (changes/change-feed.ts).
   */
  client?: string
  /**
   * The school year the screens show, when the user chose another than the current one (the
   * year switcher; HTTP header `X-Clas-Annee`, the IPC message): a past year is read-only.
   */
  annee?: string
}

/** Server-side end of an idle session; the renderer locks much sooner (a setting, 10 min by default). */
export const SESSION_IDLE_MS = 12 * 60 * 60_000

interface Session {
  compteId: string
  lastSeen: number
}

/**
 * Open sessions, in memory only: closing the app closes them all. Tokens are 32 random bytes;
 * a session unused for SESSION_IDLE_MS is gone.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()
  private readonly now: () => number
  private readonly idleMs: number

  constructor(options: { now?: () => number; idleMs?: number } = {}) {
    this.now = options.now ?? Date.now
    this.idleMs = options.idleMs ?? SESSION_IDLE_MS
  }

  open(compteId: string): string {
    const token = randomBytes(32).toString('base64url')
    this.sessions.set(token, { compteId, lastSeen: this.now() })
    return token
  }

  /** The account of a live session (and it stays alive); null when unknown or expired. */
  compteOf(token: string | null | undefined): string | null {
    if (!token) return null
    const session = this.sessions.get(token)
    if (!session) return null
    const now = this.now()
    if (now - session.lastSeen > this.idleMs) {
      this.sessions.delete(token)
      return null
    }
    session.lastSeen = now
    return session.compteId
  }

  close(token: string | null | undefined): void {
    if (token) this.sessions.delete(token)
  }

  /** Ends every session of an account (deactivated, deleted, secret reset), but `keep`. */
  closeAllOf(compteId: string, keep?: string | null): void {
    for (const [token, session] of this.sessions) if (session.compteId === compteId && token !== keep) this.sessions.delete(token)
  }

  get size(): number {
    return this.sessions.size
  }
}
