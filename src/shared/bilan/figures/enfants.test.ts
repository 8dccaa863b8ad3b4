import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('enfants.*: distinct children enrolled in the year', () => {
  it('counts a child enrolled in two collectifs once, and leaves out inscriptions outside the year', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const c = b.collectif('B')
    b.enfant({ niveau: 'CM1', dans: [a, c] })
    b.enfant({ niveau: 'CM2', dans: [a] })
    // Ended on the eve of the year: not enrolled in it.
    b.enfant({ niveau: '6E', inscriptions: [{ collectifId: a.id, du: '2024-09-02', au: '2025-08-31' }] })
    // Starts the day after the year ends: not enrolled in it either.
    b.enfant({ niveau: '6E', inscriptions: [{ collectifId: c.id, du: '2026-07-04' }] })
    // On the last day of the year, and from the previous year into this one: both enrolled.
    b.enfant({ niveau: '5E', inscriptions: [{ collectifId: c.id, du: '2026-07-03' }] })
    b.enfant({ niveau: '2NDE', inscriptions: [{ collectifId: c.id, du: '2025-03-01', au: '2025-09-01' }] })
    // Never enrolled.
    b.enfant({ niveau: 'CP' })
    const { values, sources } = computeFigures(b.build())
    expect(values['enfants.total']).toBe(4)
    expect(values['enfants.niveau.CM1']).toBe(1)
    expect(values['enfants.niveau.CM2']).toBe(1)
    expect(values['enfants.niveau.6E']).toBe(0)
    expect(values['enfants.niveau.5E']).toBe(1)
    expect(values['enfants.niveau.2NDE']).toBe(1)
    expect(values['enfants.niveau.CP']).toBe(0)
    expect(values['enfants.elementaire']).toBe(2)
    expect(values['enfants.college']).toBe(1)
    expect(values['enfants.lycee']).toBe(1)
    expect(values['enfants.autre']).toBe(0)
    // 5 inscriptions overlap the year (the first child has two).
    expect(sources['enfants.total']).toBe('calculé depuis 5 inscriptions')
  })

  it('takes ages on 31 December of the year the school year starts, at the edges of each bracket', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const child = (dateNaissance: string | undefined, sexe?: 'F' | 'M') => b.enfant({ dans: [a], dateNaissance, sexe })
    child('2019-12-31', 'F') // 6 on 31/12/2025 → 6-10
    child('2020-01-01', 'M') // 5 → autre
    child('2015-01-01', 'F') // 10 → 6-10
    child('2014-12-31', 'M') // 11 → 11-14
    child('2011-06-15', 'F') // 14 → 11-14
    child('2010-12-31') // 15 → 15-18, sex unknown
    child('2007-01-01', 'M') // 18 → 15-18
    child('2006-12-31', 'F') // 19 → autre
    child(undefined, 'F') // inconnu
    const { values } = computeFigures(b.build())
    expect(values['enfants.age.6-10']).toBe(2)
    expect(values['enfants.age.6-10.sexe.F']).toBe(2)
    expect(values['enfants.age.6-10.sexe.M']).toBe(0)
    expect(values['enfants.age.11-14']).toBe(2)
    expect(values['enfants.age.11-14.sexe.F']).toBe(1)
    expect(values['enfants.age.11-14.sexe.M']).toBe(1)
    expect(values['enfants.age.15-18']).toBe(2)
    expect(values['enfants.age.15-18.sexe.F']).toBe(0)
    expect(values['enfants.age.15-18.sexe.M']).toBe(1)
    expect(values['enfants.age.autre']).toBe(2)
    expect(values['enfants.age.autre.sexe.M']).toBe(1)
    expect(values['enfants.age.autre.sexe.F']).toBe(1)
    expect(values['enfants.age.inconnu']).toBe(1)
    expect(values['enfants.sexe.F']).toBe(5)
    expect(values['enfants.sexe.M']).toBe(3)
    expect(values['enfants.sexe.inconnu']).toBe(1)
  })

  it('uses the start year of the school year, whatever the year of the data', () => {
    const b = documentBuilder({ libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
    // 6 on 31/12/2026, 5 on 31/12/2025.
    b.enfant({ dans: [b.collectif('A')], dateNaissance: '2020-03-01' })
    const { values, sources } = computeFigures(b.build())
    expect(values['enfants.age.6-10']).toBe(1)
    expect(sources['enfants.age.6-10']).toMatch(/^âge au 31\/12\/2026/)
  })

  it('counts children of QPV families and distinct families, a child without family as one', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const qpv = b.famille({ quartierPrioritaire: true })
    const horsQpv = b.famille({ quartierPrioritaire: false })
    const nonDit = b.famille()
    const pasInscrite = b.famille({ quartierPrioritaire: true })
    b.enfant({ dans: [a], familleId: qpv.id })
    b.enfant({ dans: [a], familleId: qpv.id })
    b.enfant({ dans: [a], familleId: horsQpv.id })
    b.enfant({ dans: [a], familleId: nonDit.id })
    b.enfant({ dans: [a] })
    b.enfant({ familleId: pasInscrite.id })
    const { values } = computeFigures(b.build())
    expect(values['enfants.qpv']).toBe(2)
    // qpv, horsQpv, nonDit + the child without a family.
    expect(values['familles.nombre']).toBe(4)
  })

  it('gives zeros when nobody is enrolled', () => {
    const b = documentBuilder()
    b.enfant({ niveau: 'CP' })
    const { values, sources } = computeFigures(b.build())
    expect(values['enfants.total']).toBe(0)
    expect(values['familles.nombre']).toBe(0)
    expect(sources['enfants.total']).toBe('aucun enfant inscrit')
  })
})
