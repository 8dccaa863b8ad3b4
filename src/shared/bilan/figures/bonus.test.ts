import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('bonus.<type>.*', () => {
  it('sums projects of a type: collectifs once, any expense nature, total amount', () => {
    const b = documentBuilder()
    const [a, c] = [b.collectif('A'), b.collectif('B')]
    b.projetBonus({ type: 'enfants', intitule: 'Théâtre', collectifIds: [a.id, c.id], touteAnnee: false,
      depenses: [{ nature: 'materiel', libelle: 'Costumes', montantEuros: 120.4 }, { nature: 'sorties_culturelles', libelle: 'Spectacle', montantEuros: 300 }] })
    b.projetBonus({ type: 'enfants', intitule: 'Lecture', collectifIds: [a.id], touteAnnee: true,
      depenses: [{ nature: 'materiel', libelle: 'Livres', montantEuros: 79.65 }] })
    const { values } = computeFigures(b.build())
    expect(values['bonus.enfants.misEnPlace']).toBe(true)
    expect(values['bonus.enfants.intitule']).toBe('Théâtre ; Lecture')
    expect(values['bonus.enfants.collectifs']).toBe(2)
    expect(values['bonus.enfants.touteAnnee']).toBe(true)
    expect(values['bonus.enfants.depenses.materiel']).toBe(true)
    expect(values['bonus.enfants.depenses.intervenants_exterieurs']).toBe(false)
    expect(values['bonus.enfants.depenses.sorties_culturelles']).toBe(true)
    // 120.40 + 300 + 79.65
    expect(values['bonus.enfants.montant']).toBe(500.05)
  })

  it('answers only « non » and « 0 collectif » for a type without project', () => {
    const { values } = computeFigures(documentBuilder().build())
    expect(values['bonus.tne.misEnPlace']).toBe(false)
    expect(values['bonus.tne.collectifs']).toBe(0)
    expect(values['bonus.tne.touteAnnee']).toBeNull()
    expect(values['bonus.tne.depenses.materiel']).toBeNull()
    expect(values['bonus.tne.montant']).toBeNull()
  })
})
