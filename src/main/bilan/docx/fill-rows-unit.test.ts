import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '../../../shared/bilan/figures'
import { fillDocumentXml } from './fill'
import { readParagraphs } from './paragraphs'
import { parseXml } from './xml-tree'

const cell = (text = '') => `<w:tc><w:p>${text ? `<w:r><w:t>${text}</w:t></w:r>` : ''}</w:p></w:tc>`
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`
const documentXml = (heading: string) =>
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  `<w:tbl>${row(cell('Collectif'), cell(heading))}${row(cell(), cell())}</w:tbl>` +
  '</w:body></w:document>'

/** A table filled row by row, whose column heading names the unit of its values. */
describe('the unit in the heading of a column filled row by row', () => {
  const b = documentBuilder()
  const c = b.collectif('Les Tilleuls')
  b.seance(c, '2025-10-06', { dureeMinutes: 90 })
  const figures = computeFigures(b.build())
  const mapping = { version: 1 as const, blanks: [], lignes: [{ tableau: 0, repete: 'collectifs' as const, premiereLigne: 1, derniereLigne: 1, colonnes: { 0: 'nom', 1: 'dureeSeanceMinutes' }, debordement: 'ajouter' as const }] }
  const filled = (heading: string) => {
    const { xml } = fillDocumentXml(documentXml(heading), mapping, { figures, reponses: {} })
    return readParagraphs(parseXml(xml)).map((p) => p.text.replace(/\s/g, ' '))
  }

  it('writes the value in that unit', () => {
    expect(filled('Durée (minutes)')).toEqual(['Collectif', 'Durée (minutes)', 'Les Tilleuls', '90'])
    expect(filled('Durée d’une séance (en heures)')).toEqual(['Collectif', 'Durée d’une séance (en heures)', 'Les Tilleuls', '1,5'])
  })

  it('writes a length as a person does when the heading names no unit', () => {
    expect(filled('Durée d’une séance')).toEqual(['Collectif', 'Durée d’une séance', 'Les Tilleuls', '1 h 30'])
  })
})
