import { describe, expect, it } from 'vitest'
import { formatDuree, formatHeure, proposerAnneeScolaire } from './dates'

describe('proposerAnneeScolaire', () => {
  it('proposes the year starting now from August on', () => {
    expect(proposerAnneeScolaire('2026-08-01')).toEqual({ libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03' })
    expect(proposerAnneeScolaire('2026-11-25').libelle).toBe('2026-2027')
  })

  it('proposes the current year until July', () => {
    expect(proposerAnneeScolaire('2026-07-31')).toEqual({ libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-04' })
  })
})

describe('durations and times', () => {
  it('reads as a French speaker says them', () => {
    expect(formatDuree(90)).toBe('1 h 30')
    expect(formatDuree(120)).toBe('2 h')
    expect(formatDuree(45)).toBe('45 min')
    expect(formatHeure('09:05')).toBe('9 h 05')
  })
})
