import { describe, expect, it } from 'vitest'
import { findBlanks } from '../../src/main/bilan/docx/blanks'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { readParagraphs } from '../../src/main/bilan/docx/paragraphs'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'
import { fillTemplate } from '../../src/main/bilan/fill-template'
import { findBuiltinTemplatesFolder } from '../../src/main/bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../../src/main/bilan/templates/template-store'
import { buildDemoDocument } from '../../src/main/demo'
import { computeFigures } from '../../src/shared/bilan/figures'

const doc = buildDemoDocument()
const figures = computeFigures(doc)
const template = listTemplates(findBuiltinTemplatesFolder(), '/nonexistent').find((t) => t.info.id === 'bonus-tne-2025-2026')!

/** The text of each « Lesquels : » line of the filled form, in order. */
async function lesquels(values: Record<string, unknown>): Promise<string[]> {
  const answers = { figures: { ...figures, values: { ...figures.values, ...values } }, reponses: doc.reponses ?? {} }
  const { docx } = await fillTemplate(readForm(template), readMapping(template), answers as never)
  const root = parseXml((await openDocx(docx)).documentXml)
  const keys = new Set(findBlanks(parseXml((await openDocx(readForm(template))).documentXml)).filter((b) => b.label === 'Lesquels :').map((b) => b.key))
  expect(keys.size).toBe(2)
  return readParagraphs(root).filter((p) => p.text.startsWith('Lesquels')).map((p) => p.text.replace(/^Lesquels\s*:\s*/, '').trim())
}

describe('a follow-up line under a oui/non (bonus-tne « Lesquels : »)', () => {
  it('stays empty under a partnership answered « non », and is filled under a « oui »', async () => {
    const [formalise, informel] = await lesquels({ 'concertation.territoire.formalise': false, 'concertation.territoire.informel': true, 'concertation.territoire.partenaires': 'Médiathèque du quartier' })
    expect(formalise).toBe('')
    expect(informel).toContain('Médiathèque du quartier')
  })

  it('the other way round', async () => {
    const [formalise, informel] = await lesquels({ 'concertation.territoire.formalise': true, 'concertation.territoire.informel': false, 'concertation.territoire.partenaires': 'Médiathèque du quartier' })
    expect(formalise).toContain('Médiathèque du quartier')
    expect(informel).toBe('')
  })
})
