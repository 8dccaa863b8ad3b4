import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillTemplate } from '../../src/main/bilan/fill-template'
import { docxToPdf } from '../../src/main/bilan/pdf/bilan-pdf'
import { findChromium } from '../../src/main/bilan/pdf/chromium'
import { findBuiltinTemplatesFolder } from '../../src/main/bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../../src/main/bilan/templates/template-store'
import { buildDemoDocument } from '../../src/main/demo'
import { computeFigures } from '../../src/shared/bilan/figures'

const doc = buildDemoDocument()
const figures = computeFigures(doc)
const template = listTemplates(findBuiltinTemplatesFolder(), '/nonexistent').find((t) => t.info.id === 'caf01-2025-2026')!
const ARTIFACTS = join(process.cwd(), 'test-results', 'bilan')

describe('the bilan as PDF without LibreOffice', () => {
  it.runIf(findChromium() !== null)('is printed by Chromium from the filled document: its text, figures and tables are in the PDF', async () => {
    const { docx } = await fillTemplate(readForm(template), readMapping(template), { figures, reponses: doc.reponses ?? {} })
    const { pdf, moteur } = await docxToPdf(docx, 'Bilan CLAS', { soffice: null })
    expect(moteur).toBe('chromium')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    mkdirSync(ARTIFACTS, { recursive: true })
    const file = join(ARTIFACTS, 'caf01-chromium.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8')
    expect(text).toContain(doc.structure.nom)
    expect(text).toContain(String(figures.values['enfants.total']))
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(ARTIFACTS, 'caf01-chromium')])
  }, 120_000)

  it('says in French that no PDF can be made when neither program is there', async () => {
    const { docx } = await fillTemplate(readForm(template), readMapping(template), { figures, reponses: {} })
    await expect(docxToPdf(docx, 'Bilan', { soffice: null, chromium: null })).rejects.toThrow(/Ni LibreOffice ni Chromium.*Le \.docx, lui, est prêt/)
  })
})
