import { describe, expect, it } from 'vitest'
import { enfantDejaEnregistre } from './doublon-enfant'

const connus = [
  { id: 'lina', prenom: 'Lina', nom: 'Martin', dateNaissance: '2015-03-02' },
  { id: 'ines', prenom: 'Inès', nom: "N'Diaye" },
]

describe('enfantDejaEnregistre', () => {
  it('finds the same name with the same birth date, accents and case aside', () => {
    expect(enfantDejaEnregistre(connus, { prenom: 'lina', nom: 'MARTIN', dateNaissance: '2015-03-02' })).toEqual({ enfant: connus[0], memeDate: true })
  })

  it('finds the same name when either side has no birth date', () => {
    expect(enfantDejaEnregistre(connus, { prenom: 'Lina', nom: 'Martin' })).toEqual({ enfant: connus[0], memeDate: false })
    expect(enfantDejaEnregistre(connus, { prenom: 'Ines', nom: 'Ndiaye', dateNaissance: '2014-01-01' })).toEqual({ enfant: connus[1], memeDate: false })
  })

  it('says nothing for another birth date, another name, or a name not typed in full', () => {
    expect(enfantDejaEnregistre(connus, { prenom: 'Lina', nom: 'Martin', dateNaissance: '2016-03-02' })).toBeNull()
    expect(enfantDejaEnregistre(connus, { prenom: 'Lino', nom: 'Martin' })).toBeNull()
    expect(enfantDejaEnregistre(connus, { prenom: 'Lina', nom: ' ' })).toBeNull()
  })
})
