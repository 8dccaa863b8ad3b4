import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, compareIso, daysBetween, eachDay, formatDateCourteFr, formatDateFr, isIsoDate, mondayOf, todayIso, weekday } from './dates'

// The machine's time zone must not matter: Paris has the DST changes of 26 October 2025 and
// 29 March 2026, Los Angeles and Kiritimati sit far on either side of UTC.
const ZONES = ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']

afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(ZONES)('date arithmetic with the machine in %s', (tz) => {
  it('keeps the weekday and the Monday right across the autumn DST change (Sunday 26 October 2025)', () => {
    vi.stubEnv('TZ', tz)
    expect(weekday('2025-10-25')).toBe(6)
    expect(weekday('2025-10-26')).toBe(7)
    expect(weekday('2025-10-27')).toBe(1)
    expect(mondayOf('2025-10-26')).toBe('2025-10-20')
    expect(mondayOf('2025-10-27')).toBe('2025-10-27')
    expect(mondayOf('2025-11-02')).toBe('2025-10-27')
    expect(addDays('2025-10-25', 1)).toBe('2025-10-26')
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27')
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2)
  })

  it('keeps the weekday and the Monday right across the spring DST change (Sunday 29 March 2026)', () => {
    vi.stubEnv('TZ', tz)
    expect(weekday('2026-03-29')).toBe(7)
    expect(weekday('2026-03-30')).toBe(1)
    expect(mondayOf('2026-03-29')).toBe('2026-03-23')
    expect(mondayOf('2026-04-01')).toBe('2026-03-30')
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2026-03-30', -2)).toBe('2026-03-28')
    expect(eachDay('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30'])
  })

  it('reads today on the local calendar, not the UTC one', () => {
    vi.stubEnv('TZ', tz)
    const lateEvening = new Date(2026, 0, 5, 23, 59)
    const earlyMorning = new Date(2026, 0, 6, 0, 1)
    expect(todayIso(lateEvening)).toBe('2026-01-05')
    expect(todayIso(earlyMorning)).toBe('2026-01-06')
  })
})

describe('date arithmetic', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2025-11-03', 7 * 32)).toBe('2026-06-15')
  })

  it('counts days either way', () => {
    expect(daysBetween('2025-09-01', '2026-07-04')).toBe(306)
    expect(daysBetween('2026-07-04', '2025-09-01')).toBe(-306)
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0)
  })

  it('lists every day of a range, both ends included, and none when reversed', () => {
    expect(eachDay('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'])
    expect(eachDay('2026-01-02', '2026-01-02')).toEqual(['2026-01-02'])
    expect(eachDay('2026-01-03', '2026-01-02')).toEqual([])
    expect(eachDay('2025-09-01', '2026-08-31')).toHaveLength(365)
  })

  it('gives every weekday of one week, Monday first', () => {
    expect(eachDay('2025-11-03', '2025-11-09').map(weekday)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(eachDay('2025-11-03', '2025-11-09').map(mondayOf)).toEqual(Array(7).fill('2025-11-03'))
  })

  it('sorts dates chronologically', () => {
    expect(['2026-01-05', '2025-12-31', '2026-01-05', '2025-02-01'].sort(compareIso)).toEqual(['2025-02-01', '2025-12-31', '2026-01-05', '2026-01-05'])
    expect(compareIso('2025-11-03', '2025-11-03')).toBe(0)
  })

  it('recognises real dates only', () => {
    expect(isIsoDate('2025-11-04')).toBe(true)
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('2027-02-29')).toBe(false)
    expect(isIsoDate('2025-02-30')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-1-4')).toBe(false)
    expect(isIsoDate('04/11/2025')).toBe(false)
    expect(isIsoDate('')).toBe(false)
    expect(isIsoDate(undefined)).toBe(false)
    expect(isIsoDate(20251104)).toBe(false)
  })
})

describe('French wording', () => {
  it('writes dates in full', () => {
    expect(formatDateFr('2025-11-04')).toBe('mardi 4 novembre 2025')
    expect(formatDateFr('2025-12-01')).toBe('lundi 1 décembre 2025')
    expect(formatDateFr('2026-02-15')).toBe('dimanche 15 février 2026')
    expect(formatDateFr('2026-08-15')).toBe('samedi 15 août 2026')
  })

  it('writes short dates day first', () => {
    expect(formatDateCourteFr('2025-11-04')).toBe('04/11/2025')
    expect(formatDateCourteFr('2026-12-25')).toBe('25/12/2026')
  })
})
