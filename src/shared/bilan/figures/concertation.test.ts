import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('concertation.*', () => {
  it('are null when no concertation is entered', () => {
    const { values } = computeFigures(documentBuilder().build())
    expect(values['concertation.ecole.formalise']).toBeNull()
    expect(values['concertation.rencontresRegulieres']).toBeNull()
    expect(values['concertation.territoire.partenaires']).toBeNull()
  })

  it('say which kinds exist, and name the partners of the territory once each, in French order', () => {
    const b = documentBuilder()
    const ecole = b.etablissement()
    b.concertation({ avec: 'ecole', etablissementId: ecole.id, type: 'convention', formalise: true })
    b.concertation({ avec: 'ecole', etablissementId: ecole.id, type: 'orientation_enfants', formalise: true })
    b.concertation({ avec: 'territoire', partenaire: 'Médiathèque municipale', type: 'projet_commun', formalise: false })
    b.concertation({ avec: 'territoire', partenaire: ' mediatheque municipale ', type: 'comite_local', formalise: false })
    b.concertation({ avec: 'territoire', partenaire: 'Centre social', type: 'autre', formalise: false })
    const { values } = computeFigures(b.build())
    expect(values['concertation.ecole.formalise']).toBe(true)
    expect(values['concertation.ecole.informel']).toBe(false)
    expect(values['concertation.territoire.formalise']).toBe(false)
    expect(values['concertation.territoire.informel']).toBe(true)
    expect(values['concertation.orientation']).toBe(true)
    expect(values['concertation.rencontresRegulieres']).toBe(false)
    expect(values['concertation.territoire.partenaires']).toBe('Centre social, Médiathèque municipale')
  })

  it('counts a regular exchange with the school as « rencontres régulières »', () => {
    const b = documentBuilder()
    b.concertation({ avec: 'ecole', type: 'echange_regulier', formalise: false })
    const { values } = computeFigures(b.build())
    expect(values['concertation.rencontresRegulieres']).toBe(true)
    expect(values['concertation.ecole.informel']).toBe(true)
    expect(values['concertation.orientation']).toBe(false)
    expect(values['concertation.territoire.partenaires']).toBeNull()
  })
})
