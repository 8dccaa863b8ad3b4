import { describe, expect, it } from 'vitest'
import { presentsDeLaSeance, seancesTenuesSurPrevues } from './seances-compte'

describe('seancesTenuesSurPrevues', () => {
  it('says the counts in words, singular for 0 and 1 as French does', () => {
    expect(seancesTenuesSurPrevues(27, 51)).toBe('27 tenues sur 51 prévues')
    expect(seancesTenuesSurPrevues(0, 3)).toBe('0 tenue sur 3 prévues')
    expect(seancesTenuesSurPrevues(1, 1)).toBe('1 tenue sur 1 prévue')
    expect(seancesTenuesSurPrevues(0, 0)).toBe('Aucune séance prévue')
  })
})

describe('presentsDeLaSeance', () => {
  it('shows no figure for a séance still to come, the figures for one held', () => {
    expect(presentsDeLaSeance({ date: '2026-03-11', nbPresents: 0, nbMarques: 0 }, '2026-03-10')).toBe('—')
    expect(presentsDeLaSeance({ date: '2026-03-10', nbPresents: 0, nbMarques: 0 }, '2026-03-10')).toBe('0 / 0')
    expect(presentsDeLaSeance({ date: '2026-03-09', nbPresents: 9, nbMarques: 11 }, '2026-03-10')).toBe('9 / 11')
  })
})
