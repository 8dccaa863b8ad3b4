/**
 * Today for the screens: the server's (`app.status`), so that a day fixed for tests or a
 * demonstration (`CLAS_TODAY`) holds in the browser too and the two never disagree. The
 * machine's calendar only moves it on when the server's clock is not fixed (past midnight).
 */
import { addDays, daysBetween, todayIso as localToday } from '../../../shared/calendar/dates'

let server: { today: string; fixed: boolean; localDay: string } | null = null

/** Called with each `app.status` answer. */
export function setServerClock(clock: { today: string; fixed: boolean }): void {
  server = { ...clock, localDay: localToday() }
}

export function todayIso(): string {
  if (!server) return localToday()
  return server.fixed ? server.today : addDays(server.today, daysBetween(server.localDay, localToday()))
}
