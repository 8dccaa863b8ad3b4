import { describe, expect, it } from 'vitest'
import { weekday } from './dates'
import { easterSunday, publicHolidayOn, publicHolidays } from './public-holidays'

describe('Easter', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2019, '2019-04-21'],
    [2008, '2008-03-23'],
    // The latest and the earliest possible dates.
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s, a Sunday', (year, date) => {
    expect(easterSunday(year)).toBe(date)
    expect(weekday(date)).toBe(7)
  })
})

describe('public holidays', () => {
  it('lists the eleven holidays of 2026 by date, movable ones included', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', nom: 'Jour de l’an' },
      { date: '2026-04-06', nom: 'Lundi de Pâques' },
      { date: '2026-05-01', nom: 'Fête du Travail (1er mai)' },
      { date: '2026-05-08', nom: 'Victoire 1945 (8 mai)' },
      { date: '2026-05-14', nom: 'Ascension' },
      { date: '2026-05-25', nom: 'Lundi de Pentecôte' },
      { date: '2026-07-14', nom: 'Fête nationale (14 juillet)' },
      { date: '2026-08-15', nom: 'Assomption (15 août)' },
      { date: '2026-11-01', nom: 'Toussaint (1er novembre)' },
      { date: '2026-11-11', nom: 'Armistice du 11 novembre' },
      { date: '2026-12-25', nom: 'Noël (25 décembre)' },
    ])
  })

  it('keeps the movable feasts on their weekdays and in order, whatever the year', () => {
    for (let year = 2020; year <= 2040; year++) {
      const byName = new Map(publicHolidays(year).map((h) => [h.nom, h.date]))
      expect(weekday(byName.get('Lundi de Pâques')!), `${year}`).toBe(1)
      expect(weekday(byName.get('Ascension')!), `${year}`).toBe(4)
      expect(weekday(byName.get('Lundi de Pentecôte')!), `${year}`).toBe(1)
      const dates = publicHolidays(year).map((h) => h.date)
      expect(dates, `${year}`).toEqual([...dates].sort())
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true)
    }
  })

  it('finds the holiday of a given day', () => {
    expect(publicHolidayOn('2025-11-11')).toEqual({ date: '2025-11-11', nom: 'Armistice du 11 novembre' })
    expect(weekday('2025-11-11')).toBe(2)
    expect(publicHolidayOn('2027-03-29')?.nom).toBe('Lundi de Pâques')
    expect(publicHolidayOn('2025-05-29')?.nom).toBe('Ascension')
    expect(publicHolidayOn('2025-06-09')?.nom).toBe('Lundi de Pentecôte')
    expect(publicHolidayOn('2025-11-12')).toBeNull()
    // Good Friday and 26 December are holidays in Alsace-Moselle only.
    expect(publicHolidayOn('2026-04-03')).toBeNull()
    expect(publicHolidayOn('2026-12-26')).toBeNull()
  })

  it('hands out lists that callers may change without harm', () => {
    const list = publicHolidays(2030)
    list.length = 0
    expect(publicHolidays(2030)).toHaveLength(11)
    expect(publicHolidayOn('2030-12-25')?.nom).toBe('Noël (25 décembre)')
  })
})
