import { describe, expect, it } from 'vitest'
import { assignColumn, columnOptionLabel } from './import-colonnes'

describe('assignColumn', () => {
  it('moves a column to the field chosen, and says which field lost it', () => {
    expect(assignColumn({ nom: 1, prenom: 2, responsable: 6 }, 'nom', 6)).toEqual({ mapping: { nom: 6, prenom: 2 }, retire: 'responsable' })
  })

  it('changes or drops a field without touching the others', () => {
    expect(assignColumn({ nom: 1, prenom: 2 }, 'sexe', 7)).toEqual({ mapping: { nom: 1, prenom: 2, sexe: 7 }, retire: null })
    expect(assignColumn({ nom: 1, prenom: 2 }, 'prenom', undefined)).toEqual({ mapping: { nom: 1 }, retire: null })
    expect(assignColumn({ nom: 1, prenom: 2 }, 'nom', 1)).toEqual({ mapping: { nom: 1, prenom: 2 }, retire: null })
  })
})

describe('columnOptionLabel', () => {
  it('names a column by its letter, its merged group and its header', () => {
    expect(columnOptionLabel({ index: 2, lettre: 'C', libelle: 'Classe', groupe: '' })).toBe('C — Classe')
    expect(columnOptionLabel({ index: 6, lettre: 'G', libelle: 'Nom', groupe: 'Responsable légal' })).toBe('G — Responsable légal › Nom')
    expect(columnOptionLabel({ index: 0, lettre: 'A', libelle: 'N°', groupe: 'N°' })).toBe('A — N°')
    expect(columnOptionLabel({ index: 9, lettre: 'J', libelle: ' ', groupe: '' })).toBe('J — (sans titre)')
  })
})
