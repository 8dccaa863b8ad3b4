import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, eachDay, formatDateCourteFr, formatDateFr, mondayOf, todayIso, weekday } from './dates'
import { easterSunday, publicHolidayOn, publicHolidays } from './public-holidays'
import { anneeLibelleOf, holidayOn, holidayPeriods, isCalendarCovered, isProvisional, toussaintFin } from './school-calendar'
import { CALENDRIER } from './school-holidays'

describe('dates', () => {
  it('keeps days right across daylight-saving changes', () => {
    expect(addDays('2025-10-25', 1)).toBe('2025-10-26')
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27')
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(weekday('2025-10-26')).toBe(7)
    expect(weekday('2026-03-30')).toBe(1)
    expect(mondayOf('2025-10-26')).toBe('2025-10-20')
    expect(mondayOf('2026-03-29')).toBe('2026-03-23')
    expect(mondayOf('2025-11-03')).toBe('2025-11-03')
    expect(daysBetween('2025-09-01', '2026-07-03')).toBe(305)
    expect(eachDay('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'])
  })

  it('formats dates in French', () => {
    expect(formatDateFr('2025-11-04')).toBe('mardi 4 novembre 2025')
    expect(formatDateCourteFr('2025-11-04')).toBe('04/11/2025')
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('public holidays', () => {
  it('computes Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
  })

  it('lists the eleven holidays with the movable ones', () => {
    const h2026 = publicHolidays(2026)
    expect(h2026).toHaveLength(11)
    expect(publicHolidayOn('2026-04-06')?.nom).toBe('Lundi de Pâques')
    expect(publicHolidayOn('2026-05-14')?.nom).toBe('Ascension')
    expect(publicHolidayOn('2026-05-25')?.nom).toBe('Lundi de Pentecôte')
    expect(publicHolidayOn('2025-11-11')?.nom).toMatch(/11 novembre/)
    expect(publicHolidayOn('2025-11-12')).toBeNull()
  })
})

describe('school calendar', () => {
  it('covers zones A, B and C from 2021-2022 to 2027-2028, and says when it does not', () => {
    for (const annee of ['2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028']) {
      for (const zone of ['A', 'B', 'C']) {
        expect(isCalendarCovered(zone, annee)).toBe(true)
        const periods = holidayPeriods(zone, annee)!
        expect(periods.map((p) => p.nom)).toEqual(['Toussaint', 'Noël', 'Hiver', 'Printemps', 'Été'])
        for (const p of periods) {
          expect(weekday(p.debut), `${annee} ${zone} ${p.nom} starts on a Saturday`).toBe(p.nom === 'Été' ? weekday(p.debut) : 6)
          expect(p.debut < p.fin).toBe(true)
        }
        // The periods follow each other without overlapping.
        periods.slice(1).forEach((p, i) => expect(periods[i].fin < p.debut).toBe(true))
      }
    }
    expect(isCalendarCovered('corse', '2025-2026')).toBe(false)
    expect(holidayPeriods('C', '2030-2031')).toBeNull()
    expect(isProvisional('2027-2028')).toBe(true)
    expect(isProvisional('2025-2026')).toBe(false)
    expect(Object.keys(CALENDRIER).filter(isProvisional)).toEqual(['2027-2028'])
  })

  it('knows the Toussaint edges of 2025-2026, the same for every zone', () => {
    expect(toussaintFin('2025-2026')).toBe('2025-11-02')
    for (const zone of ['A', 'B', 'C']) {
      expect(holidayOn(zone, '2025-10-17')).toBeNull()
      expect(holidayOn(zone, '2025-10-18')?.nom).toBe('Toussaint')
      expect(holidayOn(zone, '2025-11-02')?.nom).toBe('Toussaint')
      expect(holidayOn(zone, '2025-11-03')).toBeNull()
      expect(holidayOn(zone, '2026-01-01')?.nom).toBe('Noël')
    }
  })

  it('tells the zones apart in winter and spring', () => {
    expect(holidayOn('A', '2026-02-10')?.nom).toBe('Hiver')
    expect(holidayOn('B', '2026-02-10')).toBeNull()
    expect(holidayOn('C', '2026-03-05')?.nom).toBe('Hiver')
    expect(holidayOn('A', '2026-03-05')).toBeNull()
    expect(holidayOn('A', '2026-04-19')?.nom).toBe('Printemps')
    expect(holidayOn('A', '2026-04-20')).toBeNull()
    expect(holidayOn('C', '2026-05-03')?.nom).toBe('Printemps')
    // 2024-2025, zone B: classes resumed on Tuesday 22 April, after Easter Monday.
    expect(holidayOn('B', '2025-04-21')?.nom).toBe('Printemps')
    expect(holidayOn('B', '2025-04-22')).toBeNull()
  })

  it('finds the school year of a date from 1 August', () => {
    expect(anneeLibelleOf('2025-07-31')).toBe('2024-2025')
    expect(anneeLibelleOf('2025-08-01')).toBe('2025-2026')
    expect(anneeLibelleOf('2026-06-15')).toBe('2025-2026')
  })
})
