import { describe, expect, it } from 'vitest'
import type { TemplateId } from '../questions/templates'
import { proposeMapping, type BlankInfo } from './propose'

type Line = { label: string; kind?: 'texte' | 'choix' | 'case'; heading?: string }

/** Lines of a form in order: each one's `previous` is the label of the line before, as the reader of a Word form gives it. */
function lines(...list: Line[]): BlankInfo[] {
  return list.map((l, i) => ({ key: `${l.kind ?? 'texte'}:${i}`, kind: l.kind ?? 'texte', label: l.label, heading: l.heading ?? '', previous: list[i - 1]?.label ?? '' }))
}

/** Empty cells of table `table`: [row, col, ligne, colonne]. */
const cells = (table: number, list: [number, number, string, string][]): BlankInfo[] =>
  list.map(([row, col, ligne, colonne]) => ({ key: `cellule:t${table}:r${row}:c${col}`, kind: 'cellule', label: [ligne, colonne].filter(Boolean).join(' × '), heading: '', previous: '', table, row, col, ligne, colonne }))

function propose(blanks: BlankInfo[], exclude?: TemplateId) {
  const { mapping } = proposeMapping(blanks, { exclude })
  return mapping.blanks.map((b) => ('ignorer' in b.valeur ? null : 'chiffre' in b.valeur ? b.valeur.chiffre : b.valeur.question))
}

describe('proposeMapping', () => {
  it('binds a table cell by its row and column headings', () => {
    const blanks = cells(0, [[1, 1, 'Salariés', 'Nombre'], [1, 2, 'Salariés', 'Nombre d’heures'], [2, 1, 'Bénévoles', 'Nombre'], [2, 2, 'Bénévoles', 'Nombre d’heures']])
    expect(propose(blanks)).toEqual(['intervenants.salarie.nombre', 'intervenants.salarie.heures', 'intervenants.benevole.nombre', 'intervenants.benevole.heures'])
  })

  it('binds the table of parent actions to the TNE project’s actions under a TNE heading, else to the year’s', () => {
    const table = (heading: string) => cells(0, [[1, 1, 'Café des parents', 'Nombre de séances réalisées'], [1, 2, 'Café des parents', 'Nombre de parents présents']]).map((b) => ({ ...b, heading }))
    expect(propose(table('3.3 Bonification TNE'))).toEqual(['parents.tne.format.cafe_parents.seances', 'parents.tne.format.cafe_parents.parents'])
    expect(propose(table('Actions avec les parents'))).toEqual(['parents.format.cafe_parents.seances', 'parents.format.cafe_parents.parents'])
    expect(propose(table(''))).toEqual(['parents.format.cafe_parents.seances', 'parents.format.cafe_parents.parents'])
  })

  it('reads labels whatever their numbering, accents and case', () => {
    expect(propose(lines({ label: '3.2 NOMBRE TOTAL D’INTERVENANTS :' }, { label: 'Date de debut des seances :' }))).toEqual(['intervenants.total.nombre', 'dates.debut'])
  })

  it('gives a oui/non question to boxes, and to a line only when it asks a question', () => {
    expect(propose(lines({ label: 'Le projet se poursuit-il à l’identique, avec le même nombre de collectifs ?', kind: 'choix' }))).toEqual(['poursuite_identique'])
    expect(propose(lines({ label: 'Le projet se poursuit-il à l’identique, avec le même nombre de collectifs ?' }))).toEqual(['poursuite_identique'])
    expect(propose(lines({ label: 'Bonus parents' }))).toEqual([null])
  })

  it('gives a count to a line only when it asks a number', () => {
    expect(propose(lines({ label: 'Temps de convivialité avec les parents' }))).toEqual([null])
    expect(propose(lines({ label: 'Nombre de temps de convivialité avec les parents :' }))).toEqual(['parents.objectif.convivialite'])
  })

  it('follows a oui/non with its « Si oui, précisez », though the words of neither say which', () => {
    const heading = 'Intervention auprès des parents'
    const blanks = lines({ label: 'Existe-t-il des écarts entre le prévisionnel et le réel ?', kind: 'choix', heading }, { label: 'Si oui, précisez comment :', heading })
    expect(propose(blanks, 'caf47-2021-2022')).toEqual(['parents_ecarts_existe', 'parents_ecarts'])
  })

  it('reads a label with the part of the bilan its heading names and the lines around it', () => {
    const heading = '3.3 Bonification TNE'
    const blanks = lines(
      { label: 'Un projet Bonus Parentalité numérique a-t-il été mis en place ?', kind: 'choix', heading },
      { label: 'Nom de l’action « parentalité numérique » proposée :', heading },
      { label: 'Référent de l’action :', heading },
      { label: 'Communes concernées :', heading },
    )
    // « Référent de l'action » alone would be the coordinator.
    expect(propose(blanks, 'bonus-tne-2025-2026')).toEqual(['bonus.tne.misEnPlace', 'bonus.tne.intitule', 'tne_referent', 'tne_communes'])
    expect(propose(lines({ label: 'Référent de l’action :' }), 'bonus-tne-2025-2026')).toEqual(['coordinateur.nomComplet'])
  })

  it('tells identical labels apart by the heading above them', () => {
    const blanks = lines(
      { label: 'Les difficultés rencontrées', heading: 'Intervention auprès des enfants' },
      { label: 'Les difficultés rencontrées', heading: 'Intervention auprès des parents' },
    )
    expect(propose(blanks, 'bilan-2024-2025')).toEqual(['difficultes_enfants', 'difficultes_parents'])
  })

  it('leaves a heading that the next line repeats and says more of', () => {
    const heading = 'Bonification TNE'
    expect(propose(lines({ label: 'Budget :', heading }, { label: 'Budget réalisé pour l’action parentalité numérique (€) :', heading }))).toEqual([null, 'bonus.tne.montant'])
  })

  it('leaves what it cannot tell: unknown labels, footnotes', () => {
    expect(propose(lines({ label: 'Couleur préférée de la mascotte :' }))).toEqual([null])
    const footnote = '(1) Si le signataire n’est pas le représentant légal de l’association, joindre le pouvoir lui permettant d’engager celle-ci.'
    expect(propose(lines({ label: footnote }))).toEqual([null])
    expect(propose(lines({ label: footnote.slice(4) }))).toEqual(['signataire_qualite'])
  })

  it('leaves crossed-out cells and the empty cells of a heading row, and reads a title over every cell as no column', () => {
    const blanks = [
      ...cells(0, [[1, 1, 'Gestionnaire', 'IDENTIFICATION'], [2, 1, 'Téléphone', 'IDENTIFICATION']]),
      ...cells(1, [[1, 0, '', 'Elémentaire'], [1, 1, '', 'TOTAL › /'], [2, 1, 'CP', 'TOTAL'], [3, 0, '', 'Elémentaire › CP']]),
    ]
    expect(propose(blanks)).toEqual(['structure.nom', 'coordinateur.telephone', 'enfants.elementaire', null, null, 'enfants.niveau.CP'])
  })

  it('reads an ambiguous cell by the rest of its row: « Autre » beside cycles, beside class levels', () => {
    const blanks = cells(0, [
      [1, 0, '', 'Elémentaire'], [1, 1, '', 'Collège'], [1, 2, '', 'Lycée'], [1, 3, '', 'Autre'],
      [3, 0, '', 'Elémentaire › CP'], [3, 1, '', 'Elémentaire › CE1'], [3, 2, '', 'Collège › 6e'], [3, 3, '', 'Autre'],
    ])
    expect(propose(blanks)).toEqual(['enfants.elementaire', 'enfants.college', 'enfants.lycee', 'enfants.autre', 'enfants.niveau.CP', 'enfants.niveau.CE1', 'enfants.niveau.6E', 'enfants.niveau.AUTRE'])
  })
})
