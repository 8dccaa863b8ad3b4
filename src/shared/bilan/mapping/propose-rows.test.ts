import { describe, expect, it } from 'vitest'
import { candidateBank } from './candidates'
import type { BlankInfo } from './propose'
import { proposeRows } from './propose-rows'

/** The empty cells of table 0 under `colonnes`, rows `from` to `to`, each row named `ligne(row)` on its left. */
function grid(colonnes: string[], from: number, to: number, ligne: (row: number) => string = () => ''): BlankInfo[] {
  const out: BlankInfo[] = []
  for (let row = from; row <= to; row++) {
    colonnes.forEach((colonne, col) => out.push({ key: `cellule:t0:r${row}:c${col}`, kind: 'cellule', label: colonne, heading: '', previous: '', table: 0, row, col, ligne: ligne(row), colonne }))
  }
  return out
}

const rows = (blanks: BlankInfo[]) => proposeRows(blanks, candidateBank().vocabulary)

describe('proposeRows', () => {
  it('takes a table whose column headings are a bilan table’s for its repeated rows', () => {
    const blanks = grid(['Organisme de formation', 'Intitulé de la formation', 'Dates', 'Nombre de personnes formées › Salariés', 'Nombre de personnes formées › Bénévoles'], 2, 5)
    expect(rows(blanks)).toEqual([{ tableau: 0, repete: 'formations', premiereLigne: 2, derniereLigne: 5, colonnes: { 0: 'organisme', 1: 'intitule', 2: 'dates', 3: 'salarie', 4: 'benevole' }, debordement: 'ajouter' }])
  })

  it('finds two lists side by side, each of one column', () => {
    const blanks = grid(['Territoire d’intervention (quartier, adresse, local)', 'Établissement scolaire concerné : nom, adresse, mail'], 1, 6)
    expect(rows(blanks).map((r) => [r.repete, r.colonnes])).toEqual([['lieux', { 0: 'description' }], ['etablissements', { 1: 'description' }]])
  })

  it('numbers rows « collectif 1 », « collectif 2 » without taking them for names, and says when there are more', () => {
    const blanks = grid(['Nombre de semaines', 'Nombre d’enfants inscrits', 'Durée d’une séance'], 1, 3, (row) => `collectif ${row}`)
    expect(rows(blanks)).toEqual([{ tableau: 0, repete: 'collectifs', premiereLigne: 1, derniereLigne: 3, colonnes: { 0: 'semaines', 1: 'enfantsInscrits', 2: 'dureeSeanceMinutes' }, debordement: 'signaler' }])
  })

  it('leaves tables whose rows are named, and a lone column of a single row', () => {
    expect(rows(grid(['Nombre', 'Nombre d’heures'], 1, 3, (row) => ['Salariés', 'Volontaires', 'Bénévoles'][row - 1]))).toEqual([])
    expect(rows(grid(['Établissement scolaire concerné : nom, adresse, mail'], 1, 1))).toEqual([])
  })
})
