import { describe, expect, it } from 'vitest'
import { addDays } from '../calendar/dates'
import { r4DureeAnnuelle } from './r4-duree-annuelle'
import { collectif, indexAt, input, seance } from './test-helpers'
import type { Seance } from '../exchange/schema'

/** One Tuesday séance in each of the first `n` school weeks from 3 Nov 2025 in zone A (holiday weeks skipped). */
function weeksOfSeances(n: number): Seance[] {
  const out: Seance[] = []
  for (let monday = '2025-11-03'; out.length < n; monday = addDays(monday, 7)) {
    const tuesday = addDays(monday, 1)
    const holiday = (tuesday >= '2025-12-20' && tuesday <= '2026-01-04') || (tuesday >= '2026-02-07' && tuesday <= '2026-02-22') || (tuesday >= '2026-04-04' && tuesday <= '2026-04-19')
    if (!holiday && tuesday !== '2025-11-11') out.push(seance(tuesday))
  }
  return out
}

describe('R4-duree-annuelle', () => {
  it('at the end of the year: exactly 27 weeks is enough, 26 is not', () => {
    const at27 = r4DureeAnnuelle(indexAt(input({ seances: weeksOfSeances(27) }), '2026-07-03'), collectif())
    expect(at27).toMatchObject({ statut: 'conforme', mesure: 27, seuil: 27 })
    const at26 = r4DureeAnnuelle(indexAt(input({ seances: weeksOfSeances(26) }), '2026-08-15'), collectif())
    expect(at26).toMatchObject({ statut: 'non_conforme', mesure: 26 })
    expect(at26.message).toBe("26 semaines d'activité dans l'année : 27 sont exigées.")
  })

  it('forecasts the weeks still possible up to 15 June, holidays of the zone left out', () => {
    // On Friday 16 January 2026, 9 weeks done (3 Nov → 16 Jan, without Noël and 11 Nov's week…).
    const done = weeksOfSeances(30).filter((s) => s.date <= '2026-01-16')
    const r = r4DureeAnnuelle(indexAt(input({ seances: done }), '2026-01-16'), collectif())
    // Counted by hand: weeks from 19 Jan to 15 Jun = 22 (the week of 15 June counts: its Monday
    // is not a créneau day, Tue/Thu are after 15 June → no), so weeks 19 Jan … 8 Jun = 21,
    // less zone A winter (2) and spring (2) = 17, less none for public holidays (Ascension week
    // still has its Tuesday): 17 possible.
    expect(r.mesure).toBe(done.length)
    expect(r.prevision).toBe(done.length + 17)
    expect(r.message).toContain(`À ce rythme : ${done.length + 17} semaines au 15 juin, 27 exigées`)
    expect(r.statut).toBe(done.length + 17 < 27 ? 'alerte' : 'conforme')
  })

  it('loses the holidays of its own zone', () => {
    const forecast = (zone: string, date: string) => r4DureeAnnuelle(indexAt(input({ zone, seances: [] }), date), collectif()).prevision
    // From 19 January, every zone loses its 2 winter and 2 spring weeks: 21 − 4.
    for (const zone of ['A', 'B', 'C']) expect(forecast(zone, '2026-01-16')).toBe(17)
    // On Monday 20 April, 8 weeks remain to 15 June (this one included): zone A is back from
    // holidays, zone B still off this week, zone C off this week and the next.
    expect(forecast('A', '2026-04-20')).toBe(8)
    expect(forecast('B', '2026-04-20')).toBe(7)
    expect(forecast('C', '2026-04-20')).toBe(6)
  })

  it('warns with the shortfall, and counts nothing after 15 June', () => {
    const r = r4DureeAnnuelle(indexAt(input({ seances: weeksOfSeances(5) }), '2026-03-02'), collectif())
    expect(r.statut).toBe('alerte')
    expect(r.message).toMatch(/Il manquera \d+ semaines/)
    const late = r4DureeAnnuelle(indexAt(input({ seances: weeksOfSeances(20) }), '2026-06-20'), collectif())
    expect(late).toMatchObject({ statut: 'alerte', prevision: 20 })
  })

  it('says when the calendar of the zone is unknown', () => {
    const r = r4DureeAnnuelle(indexAt(input({ zone: 'corse' }), '2026-01-16'), collectif())
    expect(r.message).toMatch(/calendrier scolaire de la zone inconnu/)
  })
})
