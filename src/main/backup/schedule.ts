import type { Workspace } from '../workspace'

export interface ScheduleOptions {
  /** How often to look whether a day has passed since the last backup. */
  checkEveryMs?: number
  /** Where a failed automatic backup is told (never with personal data: only the message). */
  onError?: (message: string) => void
  now?: () => number
}

const DAY_MS = 24 * 3_600_000

/**
 * A backup when the host starts, then one a day while it stays open. The hourly check (rather
 * than a 24 h timer) survives a laptop put to sleep; the timer is unref'd so it never keeps the
 * process alive. Returns the function that stops it.
 */
export function startAutomaticBackups(workspace: Workspace, options: ScheduleOptions = {}): () => void {
  const now = options.now ?? Date.now
  let last = now()
  let running = false
  const run = async (reason: 'demarrage' | 'quotidienne') => {
    if (running) return
    running = true
    try {
      await workspace.backup(reason)
      last = now()
    } catch (error) {
      options.onError?.(`Sauvegarde automatique impossible : ${(error as Error).message}`)
    } finally {
      running = false
    }
  }
  void run('demarrage')
  const timer = setInterval(() => {
    if (now() - last >= DAY_MS) void run('quotidienne')
  }, options.checkEveryMs ?? 3_600_000)
  timer.unref()
  return () => clearInterval(timer)
}
