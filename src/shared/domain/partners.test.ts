import { describe, expect, it } from 'vitest'
import { distinctPartners } from './partners'

const meeting = (partenaire: string | null, date: string, avec = 'territoire') => ({ avec, partenaire, date })

describe('distinctPartners', () => {
  it('gives each territory partner once, in its latest spelling, in French order', () => {
    expect(distinctPartners([
      meeting('Médiathèque municipale', '2025-10-14'),
      meeting(' mediatheque   MUNICIPALE ', '2025-09-30'),
      meeting('Écrivains publics', '2025-11-06'),
      meeting('Centre social', '2025-11-05'),
      meeting('Mairie', '2025-11-07', 'ecole'),
      meeting(null, '2025-11-08'),
      meeting('   ', '2025-11-09'),
    ])).toEqual(['Centre social', 'Écrivains publics', 'Médiathèque municipale'])
  })

  it('keeps a later correction of a name rather than the first spelling', () => {
    expect(distinctPartners([meeting('mediatheque', '2025-09-01'), meeting('Médiathèque', '2025-10-01')])).toEqual(['Médiathèque'])
    expect(distinctPartners([meeting('Médiathèque', '2025-10-01'), meeting('mediatheque', '2025-11-01')])).toEqual(['mediatheque'])
  })
})
