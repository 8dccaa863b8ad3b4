/**
 * How long an account stays locked after failed attempts: the first five are free (a slip of the
 * finger), then one minute, doubling with each further failure, up to a day. A PIN of six digits
 * then takes years to guess, which is what makes a PIN acceptable for the lock screen.
 */
export const FREE_FAILURES = 5
export const FIRST_LOCK_MS = 60_000
export const MAX_LOCK_MS = 24 * 60 * 60_000

/** Milliseconds of lock-out after `failures` failed attempts in a row; 0 while some are left. */
export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - FREE_FAILURES, 30))
}

/** « 1 minute », « 4 minutes », « 2 heures ». */
export function dureeFr(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000))
  if (minutes < 120) return `${minutes} minute${minutes > 1 ? 's' : ''}`
  const heures = Math.ceil(minutes / 60)
  return `${heures} heures`
}
