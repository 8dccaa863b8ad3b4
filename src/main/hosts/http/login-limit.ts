/**
 * Login attempts per network address, on top of each account's own lock-out: someone trying
 * names and secrets from one machine is slowed down whatever the account. Attempts count when
 * they start (scrypt runs meanwhile), a success clears the address.
 */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>()
  private readonly now: () => number

  constructor(
    private readonly max = 10,
    private readonly windowMs = 15 * 60_000,
    now?: () => number,
  ) {
    this.now = now ?? Date.now
  }

  /** Milliseconds before `address` may try again; 0 when it may now (and the attempt is counted). */
  attempt(address: string): number {
    const now = this.now()
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < this.windowMs)
    if (recent.length >= this.max) {
      this.attempts.set(address, recent)
      return recent[0] + this.windowMs - now
    }
    recent.push(now)
    this.attempts.set(address, recent)
    // Many addresses (a hostile network): drop the oldest rather than grow without end.
    if (this.attempts.size > 10_000) this.attempts.delete(this.attempts.keys().next().value as string)
    return 0
  }

  succeeded(address: string): void {
    this.attempts.delete(address)
  }
}
