import { describe, expect, it } from 'vitest'
import { formatHeures, heuresText, parseHeures } from './heures'

describe('hours', () => {
  it('are written with a decimal comma', () => {
    expect(formatHeures(13.5)).toBe('13,5\u00a0h')
    expect(formatHeures(4.25)).toBe('4,25\u00a0h')
    expect(formatHeures(0)).toBe('0\u00a0h')
    expect(heuresText(12.5)).toBe('12,5')
    expect(heuresText(undefined)).toBe('')
  })

  it('are read with a comma or a point, an empty field being no value', () => {
    expect(parseHeures(' 12,5 ')).toBe(12.5)
    expect(parseHeures('12.5')).toBe(12.5)
    expect(parseHeures('12 h')).toBe(12)
    expect(parseHeures('')).toBeNull()
    expect(parseHeures('douze')).toBeNaN()
    expect(parseHeures('-3')).toBeNaN()
    expect(parseHeures('1,2,3')).toBeNaN()
  })
})
