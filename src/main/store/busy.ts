/** What the coordinator reads when another program holds the base's write lock. */
export const BUSY_MESSAGE =
  "La base est occupée par un autre programme (une autre fenêtre de Clas, un outil de sauvegarde ou de synchronisation…) : rien n'a été enregistré, réessayez dans un instant."

/**
 * How long a write of the desktop and browser hosts waits for the write lock. Their one thread
 * also answers every other request (and, in Electron, draws the window): better-sqlite3 waits
 * synchronously, so SQLite's usual 5 s froze the whole app for 5 s per write while another program
 * held the lock. Clas's own writes last milliseconds, so 200 ms still lets one window wait for
 * another's; a program holding the lock longer gets BUSY_MESSAGE instead, and reads (which WAL
 * never makes wait) keep being answered meanwhile. The command line keeps 5 s: it has no one else
 * to answer.
 */
export const UI_HOST_BUSY_TIMEOUT_MS = 200

/** SQLITE_BUSY (another connection holds the lock) or SQLITE_LOCKED, in any of their variants. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}
