import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('parents.*', () => {
  it('counts actions by objective, and by format the actions, parents and children present', () => {
    const b = documentBuilder()
    const [f1, f2, f3] = [b.famille(), b.famille(), b.famille()]
    b.actionParents({ objectifs: ['information_inscription', 'convivialite'], format: 'reunion', nbParents: 12, nbEnfants: 3, familleIds: [f1.id, f2.id] })
    b.actionParents({ objectifs: ['convivialite'], format: 'cafe_parents', nbParents: 6, familleIds: [f2.id, f3.id] })
    b.actionParents({ objectifs: ['codes_ecole'], format: 'cafe_parents', nbParents: 4, nbEnfants: 2 })
    b.actionParents({ objectifs: ['numerique'], format: 'atelier_parentalite_numerique', nbParents: 5 })
    b.actionParents({ objectifs: ['autre'], nbParents: 9, nbEnfants: 9 })
    const { values, sources } = computeFigures(b.build())
    expect(values['parents.objectif.information_inscription']).toBe(1)
    expect(values['parents.objectif.convivialite']).toBe(2)
    expect(values['parents.objectif.codes_ecole']).toBe(1)
    expect(values['parents.objectif.echanges_informels']).toBe(0)
    expect(values['parents.format.reunion.seances']).toBe(1)
    expect(values['parents.format.reunion.parents']).toBe(12)
    expect(values['parents.format.reunion.enfants']).toBe(3)
    expect(values['parents.format.cafe_parents.seances']).toBe(2)
    expect(values['parents.format.cafe_parents.parents']).toBe(10)
    // Children entered for one café of two: the total of those entered, and the source says so.
    expect(values['parents.format.cafe_parents.enfants']).toBe(2)
    expect(sources['parents.format.cafe_parents.enfants']).toBe("calculé depuis 5 actions avec les parents, nombre d'enfants saisi pour 1 sur 2")
    // Children entered for none: unknown, not 0.
    expect(values['parents.format.atelier_parentalite_numerique.enfants']).toBeNull()
    // No action of that format: 0 everywhere.
    expect(values['parents.format.spectacle.seances']).toBe(0)
    expect(values['parents.format.spectacle.enfants']).toBe(0)
    // The action without a format is in no format's row.
    expect(values['parents.format.autre.seances']).toBe(0)
    expect(values['parents.familles']).toBe(3)
  })
})
