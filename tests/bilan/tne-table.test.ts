import { describe, expect, it } from 'vitest'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { readParagraphs } from '../../src/main/bilan/docx/paragraphs'
import { cellAt, readTables } from '../../src/main/bilan/docx/tables'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'
import { fillTemplate } from '../../src/main/bilan/fill-template'
import { findBuiltinTemplatesFolder } from '../../src/main/bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../../src/main/bilan/templates/template-store'
import { computeFigures } from '../../src/shared/bilan/figures'
import { documentBuilder } from '../helpers/echange-document'

/**
 * The bonus TNE form's « Types d'ateliers / séances » table asks for the TNE project's actions:
 * a café des parents outside the project must not be counted there.
 */
describe('the bonus TNE form’s table of parent actions', () => {
  it('counts the actions of the TNE project alone, in the filled .docx', async () => {
    const b = documentBuilder()
    b.actionParents({ objectifs: ['convivialite'], format: 'cafe_parents', nbParents: 6, nbEnfants: 2, bonus: 'tne' })
    b.actionParents({ objectifs: ['convivialite'], format: 'cafe_parents', nbParents: 11, nbEnfants: 4 })
    b.actionParents({ objectifs: ['convivialite'], format: 'cafe_parents', nbParents: 9, bonus: 'parents' })
    b.actionParents({ objectifs: ['numerique'], format: 'atelier_parentalite_numerique', nbParents: 5, nbEnfants: 5, bonus: 'tne' })
    b.actionParents({ objectifs: ['numerique'], format: 'atelier_parentalite_numerique', nbParents: 3, bonus: 'tne' })
    const doc = b.build()
    const figures = computeFigures(doc)
    // Every action still counts in the year's figures.
    expect(figures.values['parents.format.cafe_parents.seances']).toBe(3)
    expect(figures.values['parents.tne.format.cafe_parents.seances']).toBe(1)
    expect(figures.sources['parents.tne.format.cafe_parents.seances']).toBe('calculé depuis 3 actions avec les parents du projet TNE')

    const template = listTemplates(findBuiltinTemplatesFolder(), '/nonexistent').find((t) => t.info.id === 'bonus-tne-2025-2026')!
    const { docx } = await fillTemplate(readForm(template), readMapping(template), { figures, reponses: {} })
    const root = parseXml((await openDocx(docx)).documentXml)
    const paragraphs = readParagraphs(root)
    const [table] = readTables(root).filter((t) => t.rows.some((r) => r.cells.some((c) => paragraphs.some((p) => p.cell === c.el && p.text.includes('Café des parents')))))
    const rowOf = (heading: string) => table.rows.findIndex((r) => paragraphs.some((p) => p.cell === r.cells[0]?.el && p.text.startsWith(heading)))
    const text = (row: number, col: number) => paragraphs.filter((p) => p.cell === cellAt(table, row, col)!.el).map((p) => p.text).join(' ').trim()
    const cafe = rowOf('Café des parents')
    const atelier = rowOf('Atelier parentalité numérique')
    expect([text(cafe, 1), text(cafe, 2), text(cafe, 3)]).toEqual(['1', '6', '2'])
    // Children entered for one of the two ateliers: the one entered.
    expect([text(atelier, 1), text(atelier, 2), text(atelier, 3)]).toEqual(['2', '8', '5'])
    expect(text(rowOf('Spectacles'), 1)).toBe('0')
  })
})
