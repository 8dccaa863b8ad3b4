import type Database from 'better-sqlite3'
import { OTHER_PROGRAM_WRITE, type ChangeFeed } from './change-feed'

/** Often enough that a CLI import shows on screen at once, rare enough to cost nothing. */
export const OTHER_WRITES_POLL_MS = 1500

/**
 * Tells the feed when another connection wrote to the file (`clas import` while the app is open):
 * SQLite's `data_version` moves with every commit of another connection, never with our own.
 * A pragma read every tick costs nothing; a switched connection (demo, restore) starts afresh.
 */
export function watchOtherWrites(connection: () => Database.Database | null, feed: ChangeFeed, intervalMs = OTHER_WRITES_POLL_MS): () => void {
  let seen: { sqlite: Database.Database; version: unknown } | null = null
  const timer = setInterval(() => {
    const sqlite = connection()
    if (!sqlite?.open) return void (seen = null)
    let version: unknown
    try {
      version = sqlite.pragma('data_version', { simple: true })
    } catch {
      return // busy or closing: asked again at the next tick
    }
    if (seen?.sqlite === sqlite && seen.version !== version && feed.listening > 0) feed.publish({ appel: OTHER_PROGRAM_WRITE })
    seen = { sqlite, version }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
