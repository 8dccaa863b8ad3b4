import { describe, expect, it } from 'vitest'
import { resultatPhrase } from './import-resultat'

const zero = { enfantsCrees: 0, famillesCreees: 0, etablissementsCrees: 0, inscriptionsCreees: 0, doublonsIgnores: 0, erreursIgnorees: 0 }

describe('resultatPhrase', () => {
  it('says what was created and what was skipped, in one sentence', () => {
    expect(resultatPhrase({ ...zero, enfantsCrees: 23, famillesCreees: 18, etablissementsCrees: 2, doublonsIgnores: 3 }))
      .toBe('23 enfants, 18 familles, 2 établissements créés ; 3 doublons ignorés')
    expect(resultatPhrase({ ...zero, enfantsCrees: 4, doublonsIgnores: 1, erreursIgnorees: 2 }))
      .toBe('4 enfants créés ; 1 doublon ignoré ; 2 lignes en erreur ignorées')
  })

  it('agrees the participle with what it is about', () => {
    expect(resultatPhrase({ ...zero, enfantsCrees: 1 })).toBe('1 enfant créé')
    expect(resultatPhrase({ ...zero, enfantsCrees: 1, famillesCreees: 1 })).toBe('1 enfant, 1 famille créés')
    expect(resultatPhrase({ ...zero, famillesCreees: 1 })).toBe('Aucun enfant créé, 1 famille créée')
    expect(resultatPhrase({ ...zero, famillesCreees: 2 })).toBe('Aucun enfant créé, 2 familles créées')
  })

  it('says so when nothing was created', () => {
    expect(resultatPhrase({ ...zero, doublonsIgnores: 2, erreursIgnorees: 1 })).toBe('Aucun enfant créé ; 2 doublons ignorés ; 1 ligne en erreur ignorée')
  })
})
