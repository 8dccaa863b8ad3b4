/**
 * Login attempts per network address, on top of each account's own lock-out: someone trying
 * names and secrets from one machine is slowed down whatever the account. Attempts count when
 * they start (scrypt runs meanwhile). A success forgets only that address's attempts at the same
 * account (a person who mistyped their password): one's own account opened now and then must not
 * wipe the guesses at the others.
 */
export class LoginLimiter {
  private readonly attempts = new Map<string, { at: number; who: string }[]>()
  private readonly now: () => number

  constructor(
    private readonly max = 10,
    private readonly windowMs = 15 * 60_000,
    now?: () => number,
  ) {
    this.now = now ?? Date.now
  }

  /**
   * Milliseconds before `address` may try again; 0 when it may now (and the attempt at `who`,
   * the account as typed, is counted).
   */
  attempt(address: string, who: string): number {
    const now = this.now()
    const recent = (this.attempts.get(address) ?? []).filter((a) => now - a.at < this.windowMs)
    if (recent.length >= this.max) {
      this.attempts.set(address, recent)
      return recent[0].at + this.windowMs - now
    }
    recent.push({ at: now, who })
    this.attempts.set(address, recent)
    // Many addresses (a hostile network): drop the oldest rather than grow without end.
    if (this.attempts.size > 10_000) this.attempts.delete(this.attempts.keys().next().value as string)
    return 0
  }

  succeeded(address: string, who: string): void {
    const left = (this.attempts.get(address) ?? []).filter((a) => a.who !== who)
    if (left.length > 0) this.attempts.set(address, left)
    else this.attempts.delete(address)
  }
}

/** The account a login names, as the limiter tells attempts apart: by id, or by name without case. */
export function loginTarget(input: unknown): string {
  const { compteId, nom } = (typeof input === 'object' && input !== null ? input : {}) as { compteId?: unknown; nom?: unknown }
  if (typeof compteId === 'string') return `id:${compteId}`
  return typeof nom === 'string' ? `nom:${nom.trim().toLowerCase()}` : ''
}
