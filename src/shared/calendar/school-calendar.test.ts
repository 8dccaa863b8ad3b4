import { describe, expect, it } from 'vitest'
import {
  anneeLibelleOf, avertissementCalendrier, holidayOn, holidayPeriods, isCalendarCovered, isProvisional, toussaintFin,
} from './school-calendar'

const nomOn = (zone: string, iso: string) => holidayOn(zone, iso).periode?.nom ?? null

describe('school calendar of 2025-2026', () => {
  it.each(['A', 'B', 'C'])('zone %s: Toussaint from Saturday 18 October to Sunday 2 November', (zone) => {
    expect(nomOn(zone, '2025-10-17')).toBeNull()
    expect(nomOn(zone, '2025-10-18')).toBe('Toussaint')
    expect(nomOn(zone, '2025-11-01')).toBe('Toussaint')
    expect(nomOn(zone, '2025-11-02')).toBe('Toussaint')
    expect(nomOn(zone, '2025-11-03')).toBeNull()
    expect(holidayOn(zone, '2025-11-03')).toEqual({ couvert: true, provisoire: false, periode: null })
  })

  it.each(['A', 'B', 'C'])('zone %s: Noël from Saturday 20 December to Sunday 4 January', (zone) => {
    expect(nomOn(zone, '2025-12-19')).toBeNull()
    expect(nomOn(zone, '2025-12-20')).toBe('Noël')
    expect(nomOn(zone, '2025-12-25')).toBe('Noël')
    expect(nomOn(zone, '2026-01-04')).toBe('Noël')
    expect(nomOn(zone, '2026-01-05')).toBeNull()
  })

  it('knows the last day of Toussaint, the same in every zone', () => {
    expect(toussaintFin('2025-2026')).toBe('2025-11-02')
    expect(toussaintFin('2026-2027')).toBe('2026-11-01')
    expect(toussaintFin('2030-2031')).toBeNull()
  })

  it('tells the zones apart in winter', () => {
    // A: 7-22 Feb, B: 14 Feb-1 Mar, C: 21 Feb-8 Mar.
    const days = ['2026-02-06', '2026-02-07', '2026-02-13', '2026-02-14', '2026-02-22', '2026-02-23', '2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09']
    const on = (zone: string) => days.filter((d) => nomOn(zone, d) === 'Hiver')
    expect(on('A')).toEqual(['2026-02-07', '2026-02-13', '2026-02-14', '2026-02-22'])
    expect(on('B')).toEqual(['2026-02-14', '2026-02-22', '2026-02-23', '2026-03-01'])
    expect(on('C')).toEqual(['2026-02-22', '2026-02-23', '2026-03-01', '2026-03-02', '2026-03-08'])
  })

  it('tells the zones apart in spring', () => {
    // A: 4-19 Apr, B: 11-26 Apr, C: 18 Apr-3 May.
    const days = ['2026-04-03', '2026-04-04', '2026-04-06', '2026-04-19', '2026-04-20', '2026-04-26', '2026-04-27', '2026-05-03', '2026-05-04']
    const on = (zone: string) => days.filter((d) => nomOn(zone, d) === 'Printemps')
    expect(on('A')).toEqual(['2026-04-04', '2026-04-06', '2026-04-19'])
    expect(on('B')).toEqual(['2026-04-19', '2026-04-20', '2026-04-26'])
    expect(on('C')).toEqual(['2026-04-19', '2026-04-20', '2026-04-26', '2026-04-27', '2026-05-03'])
  })

  it('lists the periods of a zone in order, with their dates', () => {
    expect(holidayPeriods('B', '2025-2026')).toEqual([
      { nom: 'Toussaint', debut: '2025-10-18', fin: '2025-11-02', provisoire: false },
      { nom: 'Noël', debut: '2025-12-20', fin: '2026-01-04', provisoire: false },
      { nom: 'Hiver', debut: '2026-02-14', fin: '2026-03-01', provisoire: false },
      { nom: 'Printemps', debut: '2026-04-11', fin: '2026-04-26', provisoire: false },
      { nom: 'Été', debut: '2026-07-04', fin: '2026-08-31', provisoire: false },
    ])
  })
})

describe('school calendar, other years', () => {
  it('keeps zone B on holiday on Easter Monday 2025, classes resuming on the Tuesday', () => {
    expect(nomOn('B', '2025-04-21')).toBe('Printemps')
    expect(nomOn('B', '2025-04-22')).toBeNull()
  })

  it('finds the summer holidays in August, which belongs to the next school year', () => {
    expect(anneeLibelleOf('2025-08-15')).toBe('2025-2026')
    expect(holidayOn('A', '2025-08-15')).toMatchObject({ couvert: true, provisoire: false, periode: { nom: 'Été', debut: '2025-07-05', fin: '2025-08-31' } })
    expect(nomOn('C', '2025-07-04')).toBeNull()
    expect(nomOn('C', '2025-07-05')).toBe('Été')
    expect(nomOn('C', '2025-08-31')).toBe('Été')
    expect(nomOn('C', '2025-09-01')).toBeNull()
    // The rentrée 2023 was on Monday 4 September.
    expect(nomOn('A', '2023-09-03')).toBe('Été')
    expect(nomOn('A', '2023-09-04')).toBeNull()
  })

  it('places a date in its school year from 1 August', () => {
    expect(anneeLibelleOf('2025-07-31')).toBe('2024-2025')
    expect(anneeLibelleOf('2025-08-01')).toBe('2025-2026')
    expect(anneeLibelleOf('2026-01-01')).toBe('2025-2026')
    expect(anneeLibelleOf('2026-06-15')).toBe('2025-2026')
  })
})

describe('what the calendar does not know', () => {
  it('does not cover Corse, the overseas académies or an unknown zone, and says so', () => {
    for (const zone of ['corse', 'guadeloupe', '974', 'a', '']) {
      expect(isCalendarCovered(zone, '2025-2026')).toBe(false)
      expect(holidayPeriods(zone, '2025-2026')).toBeNull()
      // 25 December is a holiday everywhere, yet the calendar must not claim to know it.
      expect(holidayOn(zone, '2025-12-25')).toEqual({ couvert: false, provisoire: false, periode: null })
    }
    expect(avertissementCalendrier('corse', '2025-2026')).toMatch(/zones A, B et C.*« corse ».*Vérifiez/)
  })

  it('does not cover years it does not ship, and says so', () => {
    for (const annee of ['2020-2021', '2028-2029', '2031-2032', 'constructor', 'toString', '__proto__']) {
      expect(isCalendarCovered('A', annee)).toBe(false)
      expect(holidayPeriods('A', annee)).toBeNull()
      expect(isProvisional(annee)).toBe(false)
    }
    expect(holidayOn('A', '2031-12-25').couvert).toBe(false)
    // Summer 2021 belongs to 2020-2021, which is not shipped.
    expect(holidayOn('A', '2021-08-15').couvert).toBe(false)
    expect(holidayOn('A', '2021-09-02').couvert).toBe(true)
    expect(avertissementCalendrier('A', '2031-2032')).toMatch(/2031-2032 n'est pas livré.*Vérifiez/)
    expect(avertissementCalendrier('A', '2025-2026')).toBeUndefined()
  })

  it('flags the provisional year wherever it is used', () => {
    expect(isCalendarCovered('A', '2027-2028')).toBe(true)
    expect(isProvisional('2027-2028')).toBe(true)
    expect(isProvisional('2026-2027')).toBe(false)
    expect(holidayPeriods('A', '2027-2028')!.every((p) => p.provisoire)).toBe(true)
    expect(holidayOn('B', '2028-02-07')).toMatchObject({ couvert: true, provisoire: true, periode: { nom: 'Hiver' } })
    expect(holidayOn('B', '2028-03-07')).toEqual({ couvert: true, provisoire: true, periode: null })
    // August 2027 hangs on the estimated rentrée 2027; July 2027 is published.
    expect(holidayOn('A', '2027-08-20').provisoire).toBe(true)
    expect(holidayOn('A', '2027-07-10').provisoire).toBe(false)
    expect(holidayPeriods('A', '2026-2027')!.map((p) => p.provisoire)).toEqual([false, false, false, false, true])
    expect(avertissementCalendrier('C', '2027-2028')).toMatch(/provisoire.*arrêté/)
  })
})
