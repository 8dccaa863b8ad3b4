import { describe, expect, it } from 'vitest'
import { proposeMapping, type BlankInfo } from './propose'

/** Lines of an unknown form, each one's `previous` the label before, as the Word reader gives them. */
const lines = (...labels: string[]): BlankInfo[] => labels.map((label, i) => ({ key: `texte:${i}`, kind: 'texte', label, heading: '', previous: labels[i - 1] ?? '' }))
const cells = (list: [number, number, string, string][]): BlankInfo[] =>
  list.map(([row, col, ligne, colonne]) => ({ key: `cellule:t0:r${row}:c${col}`, kind: 'cellule', label: `${ligne} × ${colonne}`, heading: '', previous: '', table: 0, row, col, ligne, colonne }))

const propose = (blanks: BlankInfo[]) =>
  proposeMapping(blanks).mapping.blanks.map((b) => ('ignorer' in b.valeur ? null : 'chiffre' in b.valeur ? b.valeur.chiffre : b.valeur.question))

describe('template import: the budget figures are candidates', () => {
  it('binds the budget blanks of a form never seen', () => {
    expect(propose(lines("Coût total de l'action :", 'Part de la Caf dans le coût de l’action :', 'Montant de la valorisation du bénévolat :'))).toEqual([
      'budget.realise.charges', 'budget.realise.partCaf', 'budget.benevolat.valeur',
    ])
  })

  it('binds a compte rendu financier table by its row and column headings', () => {
    expect(propose(cells([[1, 1, 'Commune ou intercommunalité', 'Prévisionnel'], [1, 2, 'Commune ou intercommunalité', 'Réalisé'], [2, 2, 'Fonds propres', 'Réalisé']]))).toEqual([
      'budget.previsionnel.poste.commune', 'budget.realise.poste.commune', 'budget.realise.poste.fonds_propres',
    ])
  })
})
