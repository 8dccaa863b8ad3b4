import { describe, expect, it } from 'vitest'
import type { Grid } from './cell'
import { fieldForHeader, proposeColumns } from './column-proposals'
import { detectHeader } from './header-detection'

describe('fieldForHeader', () => {
  it.each([
    ["Nom de l'enfant", 'nom'], ['NOM', 'nom'], ['Nom de famille', 'nom'], ['Prénom', 'prenom'], ['PRENOM ENFANT', 'prenom'],
    ['Date de naissance', 'dateNaissance'], ['Né(e) le', 'dateNaissance'], ['Née le', 'dateNaissance'], ['DDN', 'dateNaissance'],
    ['Classe', 'niveau'], ['Niveau', 'niveau'], ['École', 'etablissement'], ['Établissement scolaire', 'etablissement'], ['Groupe scolaire', 'etablissement'],
    ['Sexe', 'sexe'], ['Fille/Garçon', 'sexe'], ['F/G', 'sexe'], ['Nom du responsable', 'responsable'], ['Responsable légal', 'responsable'],
    ['Téléphone', 'telephone'], ['Tél. portable', 'telephone'], ['Mail', 'email'], ['Adresse e-mail', 'email'], ['Adresse', 'adresse'],
    ['Langue parlée', 'langueParlee'], ['QPV', 'quartierPrioritaire'], ['Collectif', 'collectif'], ['Groupe', 'collectif'],
  ])('« %s » → %s', (label, champ) => expect(fieldForHeader(label)).toBe(champ))

  it('reads a name under a merged « Responsable légal » as the responsable, under « Enfant » as the child', () => {
    expect(fieldForHeader('Nom', 'Responsable légal')).toBe('responsable')
    expect(fieldForHeader('Nom', 'Enfant')).toBe('nom')
    expect(fieldForHeader('Prénom', 'Parents')).toBeNull()
  })

  it('leaves alone what it cannot fill: remarks, one column with both names', () => {
    expect(fieldForHeader('Remarques')).toBeNull()
    expect(fieldForHeader('Nom Prénom')).toBeNull()
  })
})

describe('proposeColumns', () => {
  it('gives each field to the first column naming it', () => {
    expect(proposeColumns(['N°', 'NOM', 'Prénom', 'Classe', 'Nom', 'Observations'])).toEqual({ nom: 1, prenom: 2, niveau: 3 })
  })
})

describe('detectHeader', () => {
  it('finds the header below a title and a blank row', () => {
    const grid: Grid = [['Liste des inscrits 2025-2026'], [], ['Nom', 'Prénom', 'Classe'], ['Diallo', 'Inès', 'CM1']]
    const h = detectHeader(grid)
    expect(h.row).toBe(2)
    expect(h.groups).toEqual(['', '', ''])
  })

  it('reads a two-row header whose group cells are merged (exceljs repeats the master value)', () => {
    const grid: Grid = [
      ['Liste des familles', 'Liste des familles', 'Liste des familles', 'Liste des familles', 'Liste des familles'],
      ['Enfant', 'Enfant', 'Enfant', 'Responsable légal', 'Responsable légal'],
      ['Nom', 'Prénom', 'Classe', 'Nom', 'Téléphone'],
      ['Diallo', 'Inès', 'CM1', 'Awa Diallo', '0612345678'],
    ]
    const h = detectHeader(grid)
    expect(h.row).toBe(2)
    expect(proposeColumns(h.labels, h.groups)).toEqual({ nom: 0, prenom: 1, niveau: 2, responsable: 3, telephone: 4 })
  })

  it('ignores a title over the whole width: « familles » in it does not make the child a responsable', () => {
    const grid: Grid = [['Liste des familles', 'Liste des familles', 'Liste des familles'], ['Nom', 'Prénom', 'Classe']]
    const h = detectHeader(grid)
    expect(proposeColumns(h.labels, h.groups)).toEqual({ nom: 0, prenom: 1, niveau: 2 })
  })

  it('says when no row names two fields', () => {
    expect(detectHeader([['a', 'b'], ['c', 'd']]).score).toBeLessThan(2)
  })
})
