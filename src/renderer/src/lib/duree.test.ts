import { describe, expect, it } from 'vitest'
import { lireDuree, saisieDuree } from './duree'

describe('lireDuree', () => {
  it.each([
    ['90', 90], [' 45 min', 45], ['1:30', 90], ['1h30', 90], ['1 h 30', 90], ['2h', 120], ['2 H', 120],
    ['0:45', 45], ['1,5 h', 90], ['1.25h', 75], ['1h05', 65],
  ])('reads « %s » as %i minutes', (saisie, minutes) => expect(lireDuree(saisie)).toBe(minutes))

  it('leaves an empty field empty', () => expect(lireDuree('  ')).toBeUndefined())

  it.each(['une heure', '1:75', '1:3', '1h30h', '-20', '1,5'])('cannot read « %s »', (saisie) => expect(lireDuree(saisie)).toBeNull())
})

describe('saisieDuree', () => {
  it('shows hours from an hour on, minutes below', () => {
    expect([90, 120, 65, 45, undefined].map(saisieDuree)).toEqual(['1:30', '2:00', '1:05', '45', ''])
  })

  it('reads back what it shows', () => {
    for (const minutes of [5, 59, 60, 61, 90, 600]) expect(lireDuree(saisieDuree(minutes))).toBe(minutes)
  })
})
