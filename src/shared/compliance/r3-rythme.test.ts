import { describe, expect, it } from 'vitest'
import { r3Rythme } from './r3-rythme'
import { collectif, indexAt, input, seance, weekly } from './test-helpers'

describe('R3-rythme', () => {
  it('wants créneaux offering two séances of 1 h 30 a week', () => {
    const one = collectif({ creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 120 }] })
    expect(r3Rythme(indexAt(input({ collectifs: [one] }), '2025-11-20'), one)).toMatchObject({ statut: 'non_conforme' })
    const short = collectif({ creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 75 }] })
    expect(r3Rythme(indexAt(input({ collectifs: [short] }), '2025-11-20'), short)).toMatchObject({ statut: 'non_conforme' })
  })

  it('accepts one séance of 2 h in a rural area, only there', () => {
    const one = collectif({ creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 120 }] })
    const seances = [seance('2025-11-05', { dureeMinutes: 120 }), seance('2025-11-12', { dureeMinutes: 120 })]
    expect(r3Rythme(indexAt(input({ rural: true, collectifs: [one], seances }), '2025-11-20'), one)).toMatchObject({ statut: 'conforme', mesure: 1 })
  })

  it('warns when fewer than 80 % of the weeks had their two séances', () => {
    // 5 full weeks, then a week with a single séance: 5/6 = 0.83 ≥ 0.8.
    const full = weekly('2025-11-03', 5)
    const data = (extra: ReturnType<typeof seance>[]) => indexAt(input({ seances: [...full, ...extra] }), '2026-01-30')
    expect(r3Rythme(data([seance('2025-12-09')]), collectif())).toMatchObject({ statut: 'conforme', mesure: 0.83, seuil: 0.8 })
    // Two weeks with a single séance: 5/7 = 0.71.
    const r = r3Rythme(data([seance('2025-12-09'), seance('2026-01-06')]), collectif())
    expect(r).toMatchObject({ statut: 'alerte', mesure: 0.71 })
    expect(r.message).toMatch(/^5 semaines sur 7 au rythme attendu \(71 %, 80 % au moins\)/)
  })
})
