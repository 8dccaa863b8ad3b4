import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('intervenants.<statut>.nombre / heures / etp', () => {
  it('counts those present at a held séance, with the séances’ hours plus their hours off séances', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const sal = b.intervenant('salarie', { heuresHorsSeances: 100 })
    const ben1 = b.intervenant('benevole')
    const ben2 = b.intervenant('benevole', { heuresHorsSeances: 2.5 })
    const vol = b.intervenant('volontaire')
    // Never present at a held séance: neither counted nor their hours.
    const ancien = b.intervenant('salarie', { heuresHorsSeances: 300 })
    b.seance(a, '2025-11-03', { avec: [sal, ben1], dureeMinutes: 90 })
    b.seance(a, '2025-11-04', { avec: [sal, ben2, vol], dureeMinutes: 120 })
    b.seance(a, '2025-11-06', { avec: [sal], dureeMinutes: 45 })
    b.seance(a, '2025-11-07', { avec: [ancien, sal, ben1], dureeMinutes: 600, annulee: true })
    const { values } = computeFigures(b.build())
    // sal: 1.5 + 2 + 0.75 + 100 = 104.25 h → 104.25 / 1607 = 0.0648… → 0.06
    expect(values['intervenants.salarie.nombre']).toBe(1)
    expect(values['intervenants.salarie.heures']).toBe(104.25)
    expect(values['intervenants.salarie.etp']).toBe(0.06)
    // ben1: 1.5; ben2: 2 + 2.5 = 4.5 → 6 h
    expect(values['intervenants.benevole.nombre']).toBe(2)
    expect(values['intervenants.benevole.heures']).toBe(6)
    expect(values['intervenants.benevole.etp']).toBe(0)
    expect(values['intervenants.volontaire.nombre']).toBe(1)
    expect(values['intervenants.volontaire.heures']).toBe(2)
    expect(values['intervenants.benevolesEtVolontaires.nombre']).toBe(3)
    expect(values['intervenants.benevolesEtVolontaires.heures']).toBe(8)
    expect(values['intervenants.total.nombre']).toBe(4)
    expect(values['intervenants.total.heures']).toBe(112.25)
    expect(values['intervenants.total.etp']).toBe(0.07)
  })

  it('rounds ETP to two decimals: 1607 h is one ETP, 803.5 h is 0.5, 1.6 h is 0', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    b.seance(a, '2025-11-03', { avec: [b.intervenant('salarie', { heuresHorsSeances: 1605.5 })], dureeMinutes: 90 })
    b.seance(a, '2025-11-03', { avec: [b.intervenant('benevole', { heuresHorsSeances: 802 })], dureeMinutes: 90 })
    b.seance(a, '2025-11-03', { avec: [b.intervenant('volontaire', { heuresHorsSeances: 0.1 })], dureeMinutes: 90 })
    const { values } = computeFigures(b.build())
    expect(values['intervenants.salarie.etp']).toBe(1)
    expect(values['intervenants.benevole.etp']).toBe(0.5)
    expect(values['intervenants.volontaire.heures']).toBe(1.6)
    expect(values['intervenants.volontaire.etp']).toBe(0)
    // 1607 + 803.5 + 1.6 = 2412.1 h → 1.501… → 1.5
    expect(values['intervenants.total.etp']).toBe(1.5)
  })

  it('counts someone present at several collectifs once', () => {
    const b = documentBuilder()
    const x = b.intervenant('benevole')
    b.seance(b.collectif('A'), '2025-11-03', { avec: [x], dureeMinutes: 60 })
    b.seance(b.collectif('B'), '2025-11-04', { avec: [x], dureeMinutes: 60 })
    const { values } = computeFigures(b.build())
    expect(values['intervenants.benevole.nombre']).toBe(1)
    expect(values['intervenants.benevole.heures']).toBe(2)
  })
})
