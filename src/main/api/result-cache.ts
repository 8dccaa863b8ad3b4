import type Database from 'better-sqlite3'

/**
 * Results of costly read calls (the dashboard, the figures), kept until the next write: the
 * dispatcher empties it after every write call (undo, restore and the demo switch included).
 * A write it cannot see (another process on the same file) is noticed through SQLite's
 * `data_version`, and a database switched or reopened through its connection.
 */
export class ResultCache {
  private readonly entries = new Map<string, unknown>()
  private connection: Database.Database | null = null
  private version: unknown = null

  /** The result kept for `key` on this connection, else `compute()`'s, kept. */
  get<T>(sqlite: Database.Database, key: string, compute: () => T): T {
    const version = sqlite.pragma('data_version', { simple: true })
    if (sqlite !== this.connection || version !== this.version) {
      this.entries.clear()
      this.connection = sqlite
      this.version = version
    }
    if (this.entries.has(key)) return this.entries.get(key) as T
    const result = compute()
    // A promise would be kept before it settles, failure included: only plain results are.
    if (!(result instanceof Promise)) this.entries.set(key, result)
    return result
  }

  clear(): void {
    this.entries.clear()
  }
}
