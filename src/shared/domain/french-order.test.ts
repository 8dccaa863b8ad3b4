import { describe, expect, it } from 'vitest'
import { sortFr } from './french-order'

describe('French order', () => {
  it('ignores case and accents, and reads numbers as numbers', () => {
    expect(sortFr(['CP-CE1', 'Collège 4e', 'Zoé', 'Élodie', 'emma', 'Collectif 10', 'Collectif 2'], (s) => s)).toEqual([
      'Collectif 2', 'Collectif 10', 'Collège 4e', 'CP-CE1', 'Élodie', 'emma', 'Zoé',
    ])
  })

  it('sorts by several keys and keeps ties in their order', () => {
    const rows = [{ nom: 'Martin', prenom: 'Léa', id: 2 }, { nom: 'martin', prenom: 'Adam', id: 3 }, { nom: 'Martin', prenom: 'Léa', id: 1 }]
    expect(sortFr(rows, (r) => r.nom, (r) => r.prenom).map((r) => r.id)).toEqual([3, 2, 1])
  })
})
