import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, weekday } from './dates'
import { CALENDRIER, SOURCE, type Periode, type Zone } from './school-holidays'

type Span = [debut: string, reprise: string]
interface Publie {
  rentree: string
  toussaint: Span
  noel: Span
  hiver: Record<Zone, Span>
  printemps: Record<Zone, Span>
  ete: string
}

// The calendar as the arrêtés print it: the Saturday classes end and the day they resume.
const PUBLIE: Record<string, Publie> = {
  '2021-2022': {
    rentree: '2021-09-02', toussaint: ['2021-10-23', '2021-11-08'], noel: ['2021-12-18', '2022-01-03'],
    hiver: { A: ['2022-02-12', '2022-02-28'], B: ['2022-02-05', '2022-02-21'], C: ['2022-02-19', '2022-03-07'] },
    printemps: { A: ['2022-04-16', '2022-05-02'], B: ['2022-04-09', '2022-04-25'], C: ['2022-04-23', '2022-05-09'] },
    ete: '2022-07-07',
  },
  '2022-2023': {
    rentree: '2022-09-01', toussaint: ['2022-10-22', '2022-11-07'], noel: ['2022-12-17', '2023-01-03'],
    hiver: { A: ['2023-02-04', '2023-02-20'], B: ['2023-02-11', '2023-02-27'], C: ['2023-02-18', '2023-03-06'] },
    printemps: { A: ['2023-04-08', '2023-04-24'], B: ['2023-04-15', '2023-05-02'], C: ['2023-04-22', '2023-05-09'] },
    ete: '2023-07-08',
  },
  '2023-2024': {
    rentree: '2023-09-04', toussaint: ['2023-10-21', '2023-11-06'], noel: ['2023-12-23', '2024-01-08'],
    hiver: { A: ['2024-02-17', '2024-03-04'], B: ['2024-02-24', '2024-03-11'], C: ['2024-02-10', '2024-02-26'] },
    printemps: { A: ['2024-04-13', '2024-04-29'], B: ['2024-04-20', '2024-05-06'], C: ['2024-04-06', '2024-04-22'] },
    ete: '2024-07-06',
  },
  '2024-2025': {
    rentree: '2024-09-02', toussaint: ['2024-10-19', '2024-11-04'], noel: ['2024-12-21', '2025-01-06'],
    hiver: { A: ['2025-02-22', '2025-03-10'], B: ['2025-02-08', '2025-02-24'], C: ['2025-02-15', '2025-03-03'] },
    printemps: { A: ['2025-04-19', '2025-05-05'], B: ['2025-04-05', '2025-04-22'], C: ['2025-04-12', '2025-04-28'] },
    ete: '2025-07-05',
  },
  '2025-2026': {
    rentree: '2025-09-01', toussaint: ['2025-10-18', '2025-11-03'], noel: ['2025-12-20', '2026-01-05'],
    hiver: { A: ['2026-02-07', '2026-02-23'], B: ['2026-02-14', '2026-03-02'], C: ['2026-02-21', '2026-03-09'] },
    printemps: { A: ['2026-04-04', '2026-04-20'], B: ['2026-04-11', '2026-04-27'], C: ['2026-04-18', '2026-05-04'] },
    ete: '2026-07-04',
  },
  '2026-2027': {
    rentree: '2026-09-01', toussaint: ['2026-10-17', '2026-11-02'], noel: ['2026-12-19', '2027-01-04'],
    hiver: { A: ['2027-02-13', '2027-03-01'], B: ['2027-02-20', '2027-03-08'], C: ['2027-02-06', '2027-02-22'] },
    printemps: { A: ['2027-04-10', '2027-04-26'], B: ['2027-04-17', '2027-05-03'], C: ['2027-04-03', '2027-04-19'] },
    ete: '2027-07-03',
  },
}

const ZONES: Zone[] = ['A', 'B', 'C']
const ANNEES = Object.keys(CALENDRIER)
const periode = (periods: readonly Periode[], nom: Periode['nom']) => periods.find((p) => p.nom === nom)!
const asPublished = (p: Periode): Span => [p.debut, addDays(p.fin, 1)]

describe('shipped school calendar', () => {
  it('covers every school year from 2021-2022 to 2027-2028, in order', () => {
    expect(ANNEES).toEqual(['2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028'])
  })

  it.each(Object.entries(PUBLIE))('matches the published calendar of %s', (annee, publie) => {
    const a = CALENDRIER[annee]
    expect(a.provisoire).toBeUndefined()
    expect(a.rentree).toBe(publie.rentree)
    expect(asPublished(periode(a.communes, 'Toussaint'))).toEqual(publie.toussaint)
    expect(asPublished(periode(a.communes, 'Noël'))).toEqual(publie.noel)
    expect(periode(a.communes, 'Été').debut).toBe(publie.ete)
    for (const zone of ZONES) {
      expect(asPublished(periode(a.parZone[zone], 'Hiver')), `hiver ${zone}`).toEqual(publie.hiver[zone])
      expect(asPublished(periode(a.parZone[zone], 'Printemps')), `printemps ${zone}`).toEqual(publie.printemps[zone])
    }
  })

  it('marks 2027-2028, and only it, as provisional, with a note for users', () => {
    expect(ANNEES.filter((a) => CALENDRIER[a].provisoire)).toEqual(['2027-2028'])
    expect(ANNEES.filter((a) => CALENDRIER[a].note)).toEqual(['2027-2028'])
    expect(CALENDRIER['2027-2028'].note).toMatch(/provisoire.*arrêté/)
    expect(SOURCE).toMatch(/2021-2022 à 2027-2028 \(2027-2028 provisoire/)
  })

  describe.each(ANNEES)('%s', (annee) => {
    const a = CALENDRIER[annee]

    it.each(ZONES)('zone %s: five periods in order, each from a Saturday to the eve of a Monday or Tuesday reprise', (zone) => {
      const periods = [...a.communes, ...a.parZone[zone]].sort((x, y) => x.debut.localeCompare(y.debut))
      expect(periods.map((p) => p.nom)).toEqual(['Toussaint', 'Noël', 'Hiver', 'Printemps', 'Été'])
      expect(a.rentree < periods[0].debut).toBe(true)
      periods.slice(1).forEach((p, i) => expect(periods[i].fin < p.debut).toBe(true))
      for (const p of periods.slice(0, 4)) {
        expect(weekday(p.debut), `${p.nom} starts on a Saturday`).toBe(6)
        // Two weeks; one day more when the Monday of the reprise is a public holiday.
        expect([15, 16], `${p.nom} lasts two weeks`).toContain(daysBetween(p.debut, p.fin))
        expect([1, 2], `${p.nom} resumes on a Monday or a Tuesday`).toContain(weekday(addDays(p.fin, 1)))
      }
    })

    it('has the zones take winter and spring in the same order, a week apart', () => {
      const order = (nom: Periode['nom']) => [...ZONES].sort((x, y) => periode(a.parZone[x], nom).debut.localeCompare(periode(a.parZone[y], nom).debut))
      expect(order('Printemps')).toEqual(order('Hiver'))
      for (const nom of ['Hiver', 'Printemps'] as const) {
        const starts = order(nom).map((z) => periode(a.parZone[z], nom).debut)
        expect(daysBetween(starts[0], starts[1])).toBe(7)
        expect(daysBetween(starts[1], starts[2])).toBe(7)
      }
    })
  })

  it('ends each summer the day before the next rentrée', () => {
    ANNEES.slice(1).forEach((annee, i) => {
      expect(addDays(periode(CALENDRIER[ANNEES[i]].communes, 'Été').fin, 1), annee).toBe(CALENDRIER[annee].rentree)
    })
  })

  it('rotates the winter zones on a three-year cycle since 2022-2023, the estimate included', () => {
    const firstZone = (annee: string) => ZONES.reduce((x, y) => (periode(CALENDRIER[annee].parZone[y], 'Hiver').debut < periode(CALENDRIER[annee].parZone[x], 'Hiver').debut ? y : x))
    expect(['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028'].map(firstZone)).toEqual(['A', 'C', 'B', 'A', 'C', 'B'])
  })
})
