import type { CallName } from '../../shared/contract'

/**
 * A write that happened, as told to the other windows and LAN clients: the call's name (its
 * domain and verb, part of the public contract) and nothing of its input or result, so that no
 * personal data ever travels with it. `origine` names the client that made it (the page's own
 * id, or the window), which already refreshed itself and is not told again.
 */
export interface Change {
  appel: CallName
  origine?: string
}

/**
 * A write made by another program on the same file (the CLI, another host): nothing says what
 * changed, so the screens hear it as an import, after which they read everything again.
 */
export const OTHER_PROGRAM_WRITE: CallName = 'echange.import'

type Listener = (change: Change) => void

/** The writes of one host, published by its dispatcher and heard by its event streams. */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  publish(change: Change): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change)
      } catch {
        // One stream that failed (a client gone) must not keep the others from hearing it.
      }
    }
  }

  get listening(): number {
    return this.listeners.size
  }
}
