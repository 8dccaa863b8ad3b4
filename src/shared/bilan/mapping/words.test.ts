import { describe, expect, it } from 'vitest'
import { isContentFree, stem, wordSimilarity, words } from './words'

describe('words of a label', () => {
  it('drop plural and feminine marks, so that forms of one word meet', () => {
    expect(stem('realisees')).toBe(stem('realise'))
    expect(stem('locaux')).toBe(stem('local'))
    expect(stem('porteuse')).toBe(stem('porteur'))
    expect(stem('coordinatrice')).toBe(stem('coordinateur'))
    expect(stem('educative')).toBe(stem('educatif'))
    expect(stem('benevoles')).toBe(stem('benevole'))
  })

  it('drop accents, case, little words, numbering and years', () => {
    expect(words('3.2 Nombre d’enfants inscrits en 2025-2026 :')).toEqual(words('nombre enfant inscrit'))
    expect(words('Les ÉTABLISSEMENTS scolaires')).toEqual(['etablissement', 'scolair'])
  })

  it('say alike what the forms word differently', () => {
    expect(words('plus-value du projet')).toEqual(words('effets du projet'))
    expect(words('ce qui avait été envisagé')).toEqual(words('le prévisionnel'))
    expect(words('Courriel')).toEqual(words('E-mail'))
    expect(words('Bonification enfants')).toEqual(words('Bonus enfants'))
  })

  it('tell a label that only asks for an answer from one that says about what', () => {
    expect(isContentFree('Si oui, précisez-en les raisons :')).toBe(true)
    expect(isContentFree('Préciser :')).toBe(true)
    expect(isContentFree('Lesquels :')).toBe(true)
    expect(isContentFree('Précisez les évolutions, difficultés rencontrées')).toBe(false)
    expect(isContentFree('Nombre de salariés :')).toBe(false)
  })
})

describe('wordSimilarity', () => {
  it('takes typos and other forms of a word for the word, not a different word', () => {
    expect(wordSimilarity('projet', 'projet')).toBe(1)
    expect(wordSimilarity(stem('prohet'), stem('projet'))).toBeGreaterThan(0.8)
    expect(wordSimilarity(stem('lequels'), stem('lesquels'))).toBeGreaterThan(0.8)
    expect(wordSimilarity(stem('developper'), stem('developpees'))).toBeGreaterThan(0.8)
    expect(wordSimilarity(stem('intervenant'), stem('intervention'))).toBe(0)
    expect(wordSimilarity(stem('enseignant'), stem('enseignement'))).toBe(0)
  })
})
