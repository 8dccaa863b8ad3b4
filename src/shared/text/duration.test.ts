import { describe, expect, it } from 'vitest'
import { formatDuree } from './duration'

describe('formatDuree', () => {
  it('writes minutes under an hour, hours and minutes over', () => {
    expect(formatDuree(45)).toBe('45 min')
    expect(formatDuree(90)).toBe('1 h 30')
    expect(formatDuree(120)).toBe('2 h')
    expect(formatDuree(65)).toBe('1 h 05')
    expect(formatDuree(0)).toBe('0 min')
    expect(formatDuree(89.6)).toBe('1 h 30')
  })

  it('takes the space a Word form needs', () => {
    expect(formatDuree(90, '\u00a0')).toBe('1\u00a0h\u00a030')
    expect(formatDuree(45, '\u00a0')).toBe('45\u00a0min')
  })
})
