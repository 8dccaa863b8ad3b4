import { describe, expect, it } from 'vitest'
import { r5Periode } from './r5-periode'
import { collectif, indexAt, input, seance } from './test-helpers'

const r5 = (dates: string[], at = '2026-07-03') => r5Periode(indexAt(input({ seances: dates.map((d) => seance(d)) }), at), collectif())

describe('R5-periode', () => {
  it('recommends starting after the Toussaint holidays (ending 2 November 2025)', () => {
    expect(r5(['2025-11-03', '2026-06-15'])).toMatchObject({ statut: 'conforme' })
    const early = r5(['2025-10-16', '2025-11-04'])
    expect(early.statut).toBe('alerte')
    expect(early.message).toMatch(/^1 séance avant la fin des vacances de la Toussaint \(le 02\/11\/2025\)/)
  })

  it('recommends ending by 15 June', () => {
    expect(r5(['2025-11-04', '2026-06-16'])).toMatchObject({ statut: 'alerte', message: expect.stringMatching(/^1 séance après le 15 juin/) })
    // A séance planned after 15 June is not held yet in May.
    expect(r5(['2025-11-04', '2026-06-16'], '2026-05-20')).toMatchObject({ statut: 'conforme' })
  })

  it('has nothing to measure before the first séance', () => {
    expect(r5([], '2025-11-20')).toMatchObject({ statut: 'sans_objet' })
  })
})
