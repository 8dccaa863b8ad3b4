import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBlanks } from '../../src/main/bilan/docx/blanks'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { readParagraphs, type Paragraph } from '../../src/main/bilan/docx/paragraphs'
import { readTables, cellAt } from '../../src/main/bilan/docx/tables'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'
import { fillTemplate } from '../../src/main/bilan/fill-template'
import { docxToPdfWithLibreOffice, findSoffice } from '../../src/main/bilan/pdf/libreoffice'
import { findBuiltinTemplatesFolder } from '../../src/main/bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../../src/main/bilan/templates/template-store'
import { buildDemoDocument } from '../../src/main/demo'
import { computeFigures } from '../../src/shared/bilan/figures'
import { resolveValue } from '../../src/shared/bilan/mapping/resolve-value'

const doc = buildDemoDocument()
const figures = computeFigures(doc)
const answers = { figures, reponses: doc.reponses ?? {} }
const templates = listTemplates(findBuiltinTemplatesFolder(), '/nonexistent')
const ARTIFACTS = join(process.cwd(), 'test-results', 'bilan')

async function read(bytes: Uint8Array) {
  const root = parseXml((await openDocx(bytes)).documentXml)
  return { root, paragraphs: readParagraphs(root), tables: readTables(root) }
}

const boxesOf = (ps: Paragraph[]) => ps.flatMap((p) => p.segments.filter((s) => s.kind === 'checkbox'))

describe('the built-in forms filled from the demo association', () => {
  it('ships the four forms of the reference, each with a mapping', () => {
    expect(templates.map((t) => t.info.id).sort()).toEqual(['bilan-2024-2025', 'bonus-tne-2025-2026', 'caf01-2025-2026', 'caf47-2021-2022'])
  })

  // Computed here from the document, not by computeFigures: what the forms must show.
  it('figures the forms rely on agree with a count made in the test', () => {
    const { debut, fin } = doc.anneeScolaire
    const enrolled = doc.enfants.filter((e) => e.inscriptions.some((i) => i.du <= fin && (i.au === undefined || i.au >= debut)))
    expect(figures.values['enfants.total']).toBe(enrolled.length)
    const held = doc.seances.filter((s) => !s.annulee)
    expect(figures.values['dates.debut']).toBe(held.map((s) => s.date).sort()[0])
    expect(figures.rows.collectifs).toHaveLength(new Set(held.map((s) => s.collectifId)).size)
  })

  for (const template of templates) {
    it(`${template.info.id}: every mapped blank holds its value, each box is in the right state, the rest is unchanged`, async () => {
      const form = readForm(template)
      const mapping = readMapping(template)
      const { docx, report } = await fillTemplate(form, mapping, answers)
      expect(report.introuvables).toEqual([])

      const before = await read(form)
      const after = await read(docx)
      expect(after.paragraphs.length).toBe(before.paragraphs.length)
      const blanks = new Map(findBlanks(before.root).map((b) => [b.key, b]))
      const index = new Map(before.paragraphs.map((p, i) => [p.el, i]))
      const beforeBoxes = boxesOf(before.paragraphs)
      const afterBoxes = boxesOf(after.paragraphs)
      const touched = new Set<number>()
      const boxIndex = (seg: (typeof beforeBoxes)[number]) => beforeBoxes.findIndex((s) => s.el === seg.el && s.index === seg.index)
      const ticked = new Set<number>()

      let checked = 0
      for (const binding of mapping.blanks) {
        const blank = blanks.get(binding.blank)
        expect(blank, binding.blank).toBeDefined()
        if (!blank) continue
        const resolved = resolveValue(binding.valeur, answers)
        if (blank.kind === 'texte') {
          const places = [blank.paragraph, ...blank.space].map((p) => index.get(p.el)!)
          places.forEach((i) => touched.add(i))
          if (resolved.kind !== 'valeur') continue
          const text = places.map((i) => after.paragraphs[i].text).join('\n')
          expect(text.replace(/\s+/g, ' '), binding.blank).toContain(resolved.text.replace(/\s+/g, ' '))
          checked++
        } else if (blank.kind === 'cellule') {
          touched.add(index.get(blank.paragraph.el)!)
          const cell = cellAt(after.tables[blank.table], blank.row, blank.col)!
          const text = after.paragraphs.filter((p) => p.cell === cell.el).map((p) => p.text).join(' ').trim()
          expect(text, binding.blank).toBe(resolved.kind === 'valeur' ? resolved.text : '')
          if (resolved.kind === 'valeur') checked++
        } else {
          const options = blank.kind === 'choix' ? blank.options : [{ word: 'oui' as const, box: blank.box }]
          for (const o of options) {
            const i = boxIndex(o.box)
            const want = resolved.kind === 'valeur' && resolved.truth !== null && (blank.kind === 'case' ? resolved.truth : (o.word === 'oui') === resolved.truth)
            if (want) ticked.add(i)
          }
          if (resolved.kind === 'valeur') checked++
        }
      }
      for (const rule of mapping.lignes) {
        const rows = figures.rows[rule.repete]
        for (let r = rule.premiereLigne; r <= rule.derniereLigne; r++) {
          for (const [c, field] of Object.entries(rule.colonnes)) {
            const cell = cellAt(after.tables[rule.tableau], r, Number(c))!
            const text = after.paragraphs.filter((p) => p.cell === cell.el).map((p) => p.text).join(' ').trim()
            const value = rows[r - rule.premiereLigne]?.[field]
            if (value === undefined || value === null) continue
            expect(text, `${rule.repete}[${r - rule.premiereLigne}].${field}`).not.toBe('')
            if (typeof value === 'number' && field !== 'dureeSeanceMinutes') expect(text).toBe(String(value).replace('.', ','))
            if (typeof value === 'string') expect(text).toBe(value)
            checked++
          }
        }
      }
      expect(checked).toBeGreaterThan(10)
      // Every box: ticked exactly when its blank says so (none is ticked in the blank forms).
      expect(afterBoxes).toHaveLength(beforeBoxes.length)
      afterBoxes.forEach((b, i) => expect(b.checked, `case n° ${i + 1}`).toBe(ticked.has(i)))
      // Whatever no blank covers reads as before.
      before.paragraphs.forEach((p, i) => {
        if (!touched.has(i) && !p.cell) expect(after.paragraphs[i].text, `paragraphe ${i}`).toBe(p.text)
      })
      // The other parts of the file are untouched.
      const JSZip = (await import('jszip')).default
      const [a, b] = await Promise.all([JSZip.loadAsync(form), JSZip.loadAsync(docx)])
      // The same entries in the same order: no folder entry added (Word and the CAF's tools read it as is).
      expect(Object.keys(b.files)).toEqual(Object.keys(a.files))
      for (const name of Object.keys(a.files).filter((n) => n !== 'word/document.xml' && !a.files[n].dir)) {
        expect(await b.file(name)!.async('string'), name).toBe(await a.file(name)!.async('string'))
      }

      mkdirSync(ARTIFACTS, { recursive: true })
      writeFileSync(join(ARTIFACTS, `${template.info.id}.docx`), docx)
      if (findSoffice()) {
        const pdf = await docxToPdfWithLibreOffice(docx)
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
        const pdfPath = join(ARTIFACTS, `${template.info.id}.pdf`)
        writeFileSync(pdfPath, pdf)
        try {
          execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(ARTIFACTS, template.info.id)])
        } catch {
          // poppler-utils absent: the PDF itself is the artifact.
        }
      } else {
        console.warn('LibreOffice absent : conversion en PDF non vérifiée')
      }
    }, 120_000)
  }

  it('refuses a file that is not a Word document, with a French message', async () => {
    await expect(fillTemplate(readFileSync(join(findBuiltinTemplatesFolder(), 'README.md')), { version: 1, blanks: [], lignes: [] }, answers)).rejects.toThrow(/document Word/)
  })
})
