import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('dates.debut, dates.fin, semaines', () => {
  it('ignores cancelled séances and counts Monday–Sunday weeks across collectifs', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const c = b.collectif('B')
    // Cancelled: before the first and after the last held séance, and alone in its week.
    b.seance(a, '2025-10-27', { annulee: true, motifAnnulation: 'grève' })
    b.seance(a, '2026-06-29', { annulee: true })
    // Week of Monday 3 November: A on Monday, B on Sunday 9 (same week).
    b.seance(a, '2025-11-03')
    b.seance(c, '2025-11-09')
    // Week of Monday 10 November: B on Monday, A on Tuesday.
    b.seance(c, '2025-11-10')
    b.seance(a, '2025-11-11')
    // Week of Monday 17 November: a single séance.
    b.seance(c, '2025-11-17')
    const { values, sources } = computeFigures(b.build())
    expect(values['dates.debut']).toBe('2025-11-03')
    expect(values['dates.fin']).toBe('2025-11-17')
    expect(values.semaines).toBe(3)
    expect(sources.semaines).toBe('calculé depuis 5 séances tenues')
  })

  it('gives no dates and 0 weeks when no séance was held', () => {
    const b = documentBuilder()
    b.seance(b.collectif('A'), '2025-11-03', { annulee: true })
    const { values, sources } = computeFigures(b.build())
    expect(values['dates.debut']).toBeNull()
    expect(values['dates.fin']).toBeNull()
    expect(values.semaines).toBe(0)
    expect(sources['dates.debut']).toBe('aucune séance tenue')
  })

  it('orders séances of the same day by time', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    b.seance(a, '2026-06-12', { heureDebut: '17:00' })
    b.seance(a, '2026-06-12', { heureDebut: '09:00' })
    b.seance(a, '2025-11-05')
    const { values } = computeFigures(b.build())
    expect([values['dates.debut'], values['dates.fin']]).toEqual(['2025-11-05', '2026-06-12'])
  })
})
