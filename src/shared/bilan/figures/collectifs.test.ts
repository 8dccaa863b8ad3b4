import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('collectifs.nombre and the collectifs table', () => {
  it('counts only collectifs with a held séance, one row each in French name order', () => {
    const b = documentBuilder()
    const c10 = b.collectif('Collectif 10', { niveau: 'college' })
    const c2 = b.collectif('Collectif 2')
    const jamais = b.collectif('Collectif 1', { niveau: 'lycee' })
    b.seance(c10, '2025-11-04')
    b.seance(c2, '2025-11-04')
    b.seance(jamais, '2025-11-04', { annulee: true })
    const { values, rows } = computeFigures(b.build())
    expect(values['collectifs.nombre']).toBe(2)
    expect(rows.collectifs.map((r) => r.nom)).toEqual(['Collectif 2', 'Collectif 10'])
    expect(values['collectifs.niveau.primaire']).toBe(true)
    expect(values['collectifs.niveau.college']).toBe(true)
    // The lycée collectif never ran.
    expect(values['collectifs.niveau.lycee']).toBe(false)
  })

  it('gives weeks, children, séances per week (1 decimal), intervenants and the median duration', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const autre = b.collectif('B')
    const [x, y, z] = [b.intervenant('salarie'), b.intervenant('benevole'), b.intervenant('benevole')]
    // 3 held séances in 2 weeks (3-9 Nov: two; 10-16 Nov: one) + one cancelled with z.
    b.seance(a, '2025-11-04', { avec: [x], dureeMinutes: 60 })
    b.seance(a, '2025-11-06', { avec: [x, y], dureeMinutes: 90 })
    b.seance(a, '2025-11-13', { avec: [y], dureeMinutes: 120 })
    b.seance(a, '2025-11-20', { avec: [z], dureeMinutes: 30, annulee: true })
    // Two séances of B: an even count, the median is the mean of the two middle values.
    b.seance(autre, '2025-11-04', { dureeMinutes: 90 })
    b.seance(autre, '2025-11-05', { dureeMinutes: 105 })
    // Enrolled in A: one child from September, one from January, one in A and B (counted in both
    // rows), one whose only inscription ended before the year began (not in the row).
    b.enfant({ dans: [a] })
    b.enfant({ dans: [a], du: '2026-01-05' })
    b.enfant({ dans: [a, autre] })
    b.enfant({ inscriptions: [{ collectifId: a.id, du: '2024-09-02', au: '2025-06-30' }] })
    const { rows } = computeFigures(b.build())
    expect(rows.collectifs).toEqual([
      // 3 / 2 = 1.5; durations 60, 90, 120 → 90; x and y (z only at the cancelled one).
      { nom: 'A', semaines: 2, enfantsInscrits: 3, seancesParSemaine: 1.5, animateurs: 2, dureeSeanceMinutes: 90 },
      // 2 séances in 1 week; (90 + 105) / 2 = 97.5.
      { nom: 'B', semaines: 1, enfantsInscrits: 1, seancesParSemaine: 2, animateurs: 0, dureeSeanceMinutes: 97.5 },
    ])
  })

  it('rounds séances per week to one decimal', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    // 5 séances over 3 weeks = 1.666… → 1.7
    for (const d of ['2025-11-03', '2025-11-04', '2025-11-10', '2025-11-11', '2025-11-17']) b.seance(a, d)
    expect(computeFigures(b.build()).rows.collectifs[0].seancesParSemaine).toBe(1.7)
  })
})
