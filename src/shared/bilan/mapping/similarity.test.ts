import { describe, expect, it } from 'vitest'
import { coverage, matchScore, similarity, Vocabulary, wordIds } from './similarity'
import { words } from './words'

const ids = (text: string) => wordIds(words(text))

describe('similarity of two labels', () => {
  it('ignores accents, case, word order and plural marks', () => {
    expect(similarity('Nombre d’enfants inscrits', 'nombre d’enfants inscrits')).toBe(1)
    expect(similarity('Enfants inscrits : nombre', 'Nombre d’enfant inscrit')).toBe(1)
    expect(similarity('Date de début', 'Date de fin')).toBeLessThan(0.7)
    expect(similarity('Date de début', 'Nombre de salariés')).toBe(0)
  })
})

describe('matchScore', () => {
  const vocabulary = new Vocabulary([ids('nombre enfants'), ids('nombre salariés'), ids('nombre bénévoles'), ids('assiduité des enfants')])

  it('weighs rare words over common ones, and words no wording has like common enough ones', () => {
    expect(vocabulary.weight(ids('assiduité')[0])).toBeGreaterThan(vocabulary.weight(ids('nombre')[0]))
    const unseen = vocabulary.weight(ids('xylophone')[0])
    expect(unseen).toBeLessThan(vocabulary.weight(ids('assiduité')[0]))
    expect(unseen).toBeGreaterThan(0)
  })

  it('rewards the wording that has the label’s rare words', () => {
    const label = ids('Nombre de bénévoles')
    expect(matchScore(label, ids('Nombre de bénévoles'), vocabulary)).toBe(1)
    expect(matchScore(label, ids('Bénévoles'), vocabulary)).toBeGreaterThan(matchScore(label, ids('Nombre de salariés'), vocabulary))
  })

  it('lets the words around a label explain a wording’s other words, for part of their weight', () => {
    const label = ids('Les difficultés rencontrées')
    const wording = ids('Difficultés rencontrées auprès des enfants')
    const alone = matchScore(label, wording, vocabulary)
    const context = new Map(ids('Intervention auprès des enfants').map((w) => [w, 0.7]))
    const withContext = matchScore(label, wording, vocabulary, context)
    expect(withContext).toBeGreaterThan(alone)
    expect(withContext).toBeLessThan(1)
  })

  it('counts a label’s word the wording lacks for the credit `implied` gives it', () => {
    const label = ids('Écarts concernant les intervenants')
    const wording = ids('Écarts concernant les moyens humains')
    expect(matchScore(label, wording, vocabulary, undefined, new Map(ids('intervenants').map((w) => [w, 0.6])))).toBeGreaterThan(matchScore(label, wording, vocabulary))
  })

  it('coverage is the weighted share of the label found in the wording', () => {
    expect(coverage(ids('bénévoles'), ids('Nombre de bénévoles'), vocabulary)).toBe(1)
    expect(coverage(ids('Budget quantitatif'), ids('Budget réalisé'), vocabulary)).toBeLessThan(0.75)
  })
})
