import { randomUUID } from 'node:crypto'
import type { RowImage } from './row-images'

/** How long a deletion can be undone. The rows wait in memory only: nothing of them stays on disk. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000
const MAX_ENTRIES = 50

interface Entry {
  libelle: string
  images: RowImage[]
  expires: number
}

/**
 * The recent deletions of one open database, each kept under a token with the rows it removed.
 * In memory: a deletion undone "for a while", not a recycle bin of minors' data on disk.
 */
export class UndoLog {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly now: () => number = Date.now) {}

  record(libelle: string, images: RowImage[]): { jeton: string; libelle: string; expireLe: string } {
    this.prune()
    const jeton = randomUUID()
    const expires = this.now() + UNDO_WINDOW_MS
    this.entries.set(jeton, { libelle, images, expires })
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
    return { jeton, libelle, expireLe: new Date(expires).toISOString() }
  }

  /** The deletion under `jeton`, removed from the log; undefined when unknown or too old. */
  take(jeton: string): { libelle: string; images: RowImage[] } | undefined {
    this.prune()
    const entry = this.entries.get(jeton)
    if (!entry) return undefined
    this.entries.delete(jeton)
    return entry
  }

  /** Puts an entry back after a failed undo, so that it can be tried again. */
  putBack(jeton: string, entry: { libelle: string; images: RowImage[] }): void {
    this.entries.set(jeton, { ...entry, expires: this.now() + UNDO_WINDOW_MS })
  }

  clear(): void {
    this.entries.clear()
  }

  private prune(): void {
    const now = this.now()
    for (const [jeton, entry] of this.entries) if (entry.expires <= now) this.entries.delete(jeton)
  }
}
