import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('lieux and etablissements rows, territoire.*', () => {
  it('lists the places of the collectifs run and the schools of those collectifs and of the enrolled children', () => {
    const b = documentBuilder()
    const moulin = b.lieu({ nom: 'Local du Moulin', adresse: '3 place du Moulin', commune: 'Bourg', typeLocal: 'associatif' })
    const maison = b.lieu({ nom: 'Maison de quartier', adresse: '', commune: 'Bourg', typeLocal: 'municipal', quartierPrioritaire: true })
    const ecoleB = b.lieu({ nom: 'Autre local', typeLocal: 'scolaire' })
    const jeanMoulin = b.etablissement({ nom: 'École Jean-Moulin', commune: 'Bourg', adresse: '25 avenue Jean-Moulin', email: 'ce@ac.example' })
    const hugo = b.etablissement({ nom: 'Collège Victor-Hugo', type: 'college', commune: 'Bourg', rep: true })
    const sansLien = b.etablissement({ nom: 'Lycée Lalande', type: 'lycee' })
    const a = b.collectif('A', { lieuId: moulin.id, etablissementIds: [jeanMoulin.id] })
    const c = b.collectif('B', { lieuId: maison.id })
    b.collectif('Jamais tenu', { lieuId: ecoleB.id, etablissementIds: [sansLien.id] })
    b.enfant({ dans: [c], etablissementId: hugo.id })
    b.seance(a, '2025-11-03')
    b.seance(c, '2025-11-03')
    const { rows, values } = computeFigures(b.build())
    expect(rows.lieux).toEqual([
      { nom: 'Local du Moulin', adresse: '3 place du Moulin', commune: 'Bourg', typeLocal: 'Local associatif', quartierPrioritaire: null, description: 'Local du Moulin, 3 place du Moulin, Bourg' },
      { nom: 'Maison de quartier', adresse: null, commune: 'Bourg', typeLocal: 'Local municipal', quartierPrioritaire: true, description: 'Maison de quartier, Bourg' },
    ])
    expect(rows.etablissements.map((e) => [e.nom, e.type, e.rep])).toEqual([['Collège Victor-Hugo', 'Collège', true], ['École Jean-Moulin', 'École', null]])
    expect(rows.etablissements[1].description).toBe('École Jean-Moulin, 25 avenue Jean-Moulin, Bourg, ce@ac.example')
    expect(values['territoire.lieux']).toBe('Local du Moulin, 3 place du Moulin, Bourg ; Maison de quartier, Bourg')
    expect(values['territoire.typeLocal.associatif']).toBe(true)
    expect(values['territoire.typeLocal.municipal']).toBe(true)
    expect(values['territoire.typeLocal.scolaire']).toBe(false)
    expect(values['territoire.etablissements']).toBe('Collège Victor-Hugo, École Jean-Moulin')
    expect(values['territoire.rep']).toBe(true)
    expect(values['territoire.quartierPrioritaire']).toBe(true)
  })

  it('leaves REP and politique de la ville blank when nothing says either way', () => {
    const b = documentBuilder()
    const a = b.collectif('A', { etablissementIds: [b.etablissement().id] })
    b.enfant({ dans: [a], familleId: b.famille().id })
    b.seance(a, '2025-11-03')
    const { values } = computeFigures(b.build())
    expect(values['territoire.rep']).toBeNull()
    expect(values['territoire.quartierPrioritaire']).toBeNull()
  })
})

describe('formations', () => {
  it('says whether a training was followed, and lists each with persons trained by statut, in date order', () => {
    const b = documentBuilder()
    const [s, v, b1, b2] = [b.intervenant('salarie'), b.intervenant('volontaire'), b.intervenant('benevole'), b.intervenant('benevole')]
    b.formation({ organisme: 'Fédération', intitule: 'Posture', dates: ['2026-01-24', '2026-01-17'], intervenantIds: [v.id, b1.id, b2.id] })
    b.formation({ organisme: 'Caf', intitule: 'Numérique', dates: ['2025-12-02'], intervenantIds: [s.id] })
    const { rows, values } = computeFigures(b.build())
    expect(values['formations.suivie']).toBe(true)
    expect(rows.formations).toEqual([
      { organisme: 'Caf', intitule: 'Numérique', dates: '02/12/2025', salarie: 1, volontaire: 0, benevole: 0 },
      { organisme: 'Fédération', intitule: 'Posture', dates: '17/01/2026, 24/01/2026', salarie: 0, volontaire: 1, benevole: 2 },
    ])
  })

  it('answers « non » without any training entered', () => {
    const { rows, values } = computeFigures(documentBuilder().build())
    expect(values['formations.suivie']).toBe(false)
    expect(rows.formations).toEqual([])
  })
})
