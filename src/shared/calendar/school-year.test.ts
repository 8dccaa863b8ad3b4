import { describe, expect, it } from 'vitest'
import { nextSchoolYear, schoolYearDates } from './school-year'

describe('school year helpers', () => {
  it('gives the next libellé', () => {
    expect(nextSchoolYear('2025-2026')).toBe('2026-2027')
    expect(nextSchoolYear('2029-2030')).toBe('2030-2031')
  })

  it('refuses what is not a school year', () => {
    expect(() => nextSchoolYear('2025-2027')).toThrow(RangeError)
    expect(() => schoolYearDates('2025')).toThrow(RangeError)
  })

  it('runs from 1 September to the first Saturday of July', () => {
    expect(schoolYearDates('2026-2027')).toEqual({ debut: '2026-09-01', fin: '2027-07-03' })
    expect(schoolYearDates('2025-2026')).toEqual({ debut: '2025-09-01', fin: '2026-07-04' })
    // 1 July 2028 is itself a Saturday.
    expect(schoolYearDates('2027-2028')).toEqual({ debut: '2027-09-01', fin: '2028-07-01' })
  })
})
