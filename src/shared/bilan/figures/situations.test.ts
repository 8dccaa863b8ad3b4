import { describe, expect, it } from 'vitest'
import { SITUATIONS } from '../../domain/lists'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('situations.*, origine.*, activites.*', () => {
  it('are null when nothing is entered: the registers cannot say « non »', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    b.enfant({ dans: [a], situations: [] })
    b.seance(a, '2025-11-03')
    const { values, sources } = computeFigures(b.build())
    for (const code of SITUATIONS) expect(values[`situations.${code}`]).toBeNull()
    expect(values['origine.famille']).toBeNull()
    expect(values['activites.numerique']).toBeNull()
    expect(sources['situations.difficulte_scolaire']).toBe('aucune situation saisie')
  })

  it('say oui for what an enrolled child has or a held séance did, non for the rest', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    b.enfant({ dans: [a], situations: ['difficulte_scolaire'], origineInscription: 'enseignant' })
    b.enfant({ dans: [a], situations: ['logement_inadapte', 'difficulte_scolaire'] })
    // Not enrolled: its situation and origin do not count.
    b.enfant({ situations: ['parents_rupture_ecole'], origineInscription: 'famille' })
    b.seance(a, '2025-11-03', { activites: ['aide_methodologique'] })
    b.seance(a, '2025-11-04', { activites: ['numerique'], annulee: true })
    const { values, sources } = computeFigures(b.build())
    expect(values['situations.difficulte_scolaire']).toBe(true)
    expect(values['situations.logement_inadapte']).toBe(true)
    expect(values['situations.parents_rupture_ecole']).toBe(false)
    expect(values['origine.enseignant']).toBe(true)
    expect(values['origine.famille']).toBe(false)
    expect(values['activites.aide_methodologique']).toBe(true)
    expect(values['activites.numerique']).toBe(false)
    expect(sources['situations.difficulte_scolaire']).toBe('calculé depuis les situations saisies pour 2 enfants inscrits')
  })
})
