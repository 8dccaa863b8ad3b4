import { describe, expect, it } from 'vitest'
import { formatEuros, montantSaisi, parseEuros } from './euros'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('formatEuros', () => {
  it('writes euros the French way, with spaces that do not break', () => {
    expect(plain(formatEuros(1250))).toBe('1 250,00 €')
    expect(plain(formatEuros(12.5))).toBe('12,50 €')
    expect(plain(formatEuros(0))).toBe('0,00 €')
    expect(formatEuros(1250)).not.toContain(' ')
  })
})

describe('parseEuros', () => {
  it('reads amounts as they are typed', () => {
    expect(parseEuros('12,50')).toBe(12.5)
    expect(parseEuros('12.50')).toBe(12.5)
    expect(parseEuros(' 1 250 ')).toBe(1250)
    expect(parseEuros('1\u202f250,00\u00a0€')).toBe(1250)
    expect(parseEuros('1.250,5')).toBe(1250.5)
    expect(parseEuros('40 €')).toBe(40)
    expect(parseEuros('0')).toBe(0)
  })

  it('refuses what is not euros and cents', () => {
    for (const s of ['', '€', 'douze', '-3', '12,505', '12,5,0', '1.25.0', '12 ,']) expect(parseEuros(s), s).toBeNull()
  })

  it('reads back what the field shows', () => {
    for (const n of [0, 0.1, 12.5, 1250, 999999.99]) expect(parseEuros(montantSaisi(n))).toBe(n)
    expect(montantSaisi(312.5)).toBe('312,50')
  })
})
