import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('enfants.parAccompagnateur', () => {
  it('averages children present per intervenant present over held séances, leaving out those with nobody', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const [x, y] = [b.intervenant('salarie'), b.intervenant('benevole')]
    const e = Array.from({ length: 5 }, () => b.enfant({ dans: [a] }))
    b.seance(a, '2025-11-03', { avec: [x, y], presents: e.slice(0, 5) }) // 5 / 2 = 2.5
    b.seance(a, '2025-11-04', { avec: [x], presents: e.slice(0, 3), absents: e.slice(3) }) // 3 / 1 = 3
    b.seance(a, '2025-11-05', { avec: [x], presents: e.slice(0, 4) }) // 4 / 1 = 4
    b.seance(a, '2025-11-06', { avec: [], presents: e.slice(0, 4) }) // no intervenant: left out
    b.seance(a, '2025-11-07', { avec: [x], absents: e }) // no child present: left out
    b.seance(a, '2025-11-10', { avec: [x], presents: e, annulee: true }) // cancelled: left out
    const { values, sources } = computeFigures(b.build())
    // (2.5 + 3 + 4) / 3 = 3.1666… → 3.2
    expect(values['enfants.parAccompagnateur']).toBe(3.2)
    expect(sources['enfants.parAccompagnateur']).toMatch(/3 séances tenues .*2 séances écartées/)
  })

  it('is null without any séance to average', () => {
    expect(computeFigures(documentBuilder().build()).values['enfants.parAccompagnateur']).toBeNull()
  })
})

describe('assiduite.moyenne', () => {
  it('averages each child’s rate over the held séances of its collectifs while enrolled', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const c = b.collectif('B')
    const p = b.enfant({ dans: [a] })
    const q = b.enfant({ dans: [a], du: '2025-11-05' })
    const r = b.enfant({ dans: [a, c] })
    b.seance(a, '2025-11-03', { presents: [p, r] })
    b.seance(a, '2025-11-06', { presents: [p, q], absents: [r] })
    b.seance(a, '2025-11-07', { absents: [p, q, r] })
    b.seance(a, '2025-11-10', { presents: [p, q, r], annulee: true })
    b.seance(c, '2025-11-04', { presents: [r] })
    // p: 2 of 3 held séances of A. q: enrolled from 5 Nov, 1 of 2. r: A and B, 2 of 4.
    // (2/3 + 1/2 + 2/4) / 3 = 0.5555… → 56 %
    const { values } = computeFigures(b.build())
    expect(values['assiduite.moyenne']).toBe(56)
  })

  it('leaves out a child with no held séance while enrolled', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const p = b.enfant({ dans: [a] })
    b.enfant({ dans: [a], du: '2026-01-05' })
    b.seance(a, '2025-11-03', { presents: [p] })
    expect(computeFigures(b.build()).values['assiduite.moyenne']).toBe(100)
  })
})
