import { foldCase } from '../text/fold'
import { sortFr } from './french-order'

/** What the rule reads of a concertation (the exchange format's, or a row of the store). */
export interface PartnerMeeting {
  avec: string
  partenaire?: string | null
  date: string
}

/**
 * The territory's partners met, each once, in French order: the one rule behind the bilan's
 * « Lesquels ? » and the lists on screen, so that they cannot disagree. Names differing only by
 * case, accents or spaces are one partner; the latest meeting's spelling wins (a name corrected
 * later is the one kept). School meetings and meetings with no partner named are left out.
 */
export function distinctPartners(meetings: readonly PartnerMeeting[]): string[] {
  const byKey = new Map<string, string>()
  const latestFirst = meetings
    .filter((m) => m.avec === 'territoire')
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  for (const m of latestFirst) {
    const name = (m.partenaire ?? '').trim().replace(/\s+/g, ' ')
    const key = foldCase(name)
    if (name && !byKey.has(key)) byKey.set(key, name)
  }
  return sortFr([...byKey.values()], (n) => n)
}
