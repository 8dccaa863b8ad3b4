import { describe, expect, it } from 'vitest'
import { zoneDuDepartement } from './zone-departement'

describe('zoneDuDepartement', () => {
  it('gives the zone of each metropolitan department but Corsica, and of no other', () => {
    const metropole = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => d !== '20')]
    expect(metropole.filter((d) => zoneDuDepartement(d) === null)).toEqual([])
    for (const d of ['2A', '2B', '971', '976', '20', '96', '']) expect(zoneDuDepartement(d)).toBeNull()
  })

  it('knows a few by heart, as typed', () => {
    expect(zoneDuDepartement('01')).toBe('A') // Lyon
    expect(zoneDuDepartement('1')).toBe('A')
    expect(zoneDuDepartement('59')).toBe('B') // Lille
    expect(zoneDuDepartement(' 75 ')).toBe('C') // Paris
    expect(zoneDuDepartement('47')).toBe('A') // Bordeaux
    expect(zoneDuDepartement('93')).toBe('C') // Créteil
    expect(zoneDuDepartement('76')).toBe('B') // Normandie
  })
})
