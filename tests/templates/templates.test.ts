// The committed bilan templates: they parse, carry the structures each form uses, hold every line
// of the form's text in order, and are what the builder writes today (no stale template).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { TEMPLATES_DIR, buildTemplate } from '../../scripts/templates/build-templates'
import { FORMS } from '../../scripts/templates/forms/index'

interface Parsed {
  paragraphs: string[]
  checkboxes: number
  checkboxNames: string[]
  textFields: string[]
  wingdingsBoxes: number
  ballotBoxes: number
  tables: number
  bookmarks: string[]
  instructions: string[]
}

/** Paragraph texts (w:t, and w:tab inside runs as a tab) and counts of the form's structures. */
function parse(xml: string): Parsed {
  const out: Parsed = {
    paragraphs: [],
    checkboxes: 0,
    checkboxNames: [],
    textFields: [],
    wingdingsBoxes: 0,
    ballotBoxes: 0,
    tables: 0,
    bookmarks: [],
    instructions: [],
  }
  const stack: string[] = []
  let current = ''
  let ffName = ''
  const parser = new SaxesParser()
  parser.on('opentag', (tag) => {
    const name = tag.name
    const attr = (a: string): string => String(tag.attributes[a] ?? '')
    if (name === 'w:p') current = ''
    else if (name === 'w:tab' && stack.includes('w:r')) current += '\t'
    else if (name === 'w:br' && stack.includes('w:r')) current += '\n'
    else if (name === 'w:tbl') out.tables++
    else if (name === 'w:sym' && attr('w:font') === 'Wingdings' && attr('w:char') === 'F0A8') out.wingdingsBoxes++
    else if (name === 'w:bookmarkStart') out.bookmarks.push(attr('w:name'))
    else if (name === 'w:ffData') ffName = ''
    else if (name === 'w:name' && stack.at(-1) === 'w:ffData') ffName = attr('w:val')
    else if (name === 'w:checkBox') {
      out.checkboxes++
      out.checkboxNames.push(ffName)
    } else if (name === 'w:textInput') out.textFields.push(ffName)
    if (!tag.isSelfClosing) stack.push(name)
  })
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop()
    if (tag.name === 'w:p') out.paragraphs.push(current)
  })
  parser.on('text', (text) => {
    if (stack.at(-1) === 'w:t') {
      current += text
      out.ballotBoxes += [...text].filter((c) => c === '\u2610').length
    } else if (stack.at(-1) === 'w:instrText') out.instructions.push(text.trim())
  })
  parser.write(xml).close()
  return out
}

const normalize = (s: string): string =>
  s
    .replace(/ FORMCHECKBOX |\|_\||\[bookmark: [^\]]*\]/g, ' ')
    .replace(/[\s\u00a0\u2002]+/g, ' ')
    .trim()

const EXPECTED: Record<string, { tables: number; wingdings: number; bookmarks: string[] }> = {
  'bilan-2024-2025': { tables: 2, wingdings: 0, bookmarks: ['_Hlk197508564'] },
  'bonus-tne-2025-2026': { tables: 2, wingdings: 51, bookmarks: [] },
  'caf01-2025-2026': {
    tables: 7,
    wingdings: 0,
    bookmarks: ['Texte237', '_Hlk199855380', '_Hlk213346475', '_Hlk199860680', '_Hlk213347003'],
  },
  'caf47-2021-2022': { tables: 0, wingdings: 0, bookmarks: [] },
}

describe('bilan templates', () => {
  for (const form of FORMS) {
    const id = form.meta.id
    const dir = join(TEMPLATES_DIR, id)
    const source = readFileSync(join(dir, 'source.txt'), 'utf8')

    it(`${id}: parses and carries the form's structures`, async () => {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'form.docx')))
      const xml = await zip.file('word/document.xml')!.async('string')
      expect(xml).not.toMatch(/[\uE000-\uF8FF]/u) // no builder marker leaked into the text
      const doc = parse(xml)
      const count = (s: string): number => source.split(s).length - 1

      expect(doc.tables).toBe(EXPECTED[id].tables)
      expect(doc.wingdingsBoxes).toBe(EXPECTED[id].wingdings)
      expect(doc.ballotBoxes).toBe(count('\u2610'))
      expect(doc.checkboxes).toBe(count('FORMCHECKBOX') + count('|_|'))
      expect(new Set(doc.checkboxNames).size).toBe(doc.checkboxNames.length)
      expect(doc.checkboxNames.every((n) => /^CaseACocher\d+$/.test(n))).toBe(true)
      expect(doc.bookmarks).toEqual(EXPECTED[id].bookmarks)
      if (id === 'caf01-2025-2026') {
        expect(doc.textFields).toEqual(['Texte237', ''])
        // Each FORMTEXT shows Word's default result, five en spaces, in its result run.
        expect(xml.split('<w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t>').length - 1).toBe(2)
      }

      const meta = JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8'))
      expect(meta).toEqual(form.meta)
    })

    it(`${id}: holds every line of the form's text, in order`, async () => {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'form.docx')))
      const parts = Object.keys(zip.files)
        .filter((n) => /^word\/(document|footer\d*)\.xml$/.test(n))
        .sort() // document before its footers: the text shows the footer last
      const paragraphs: string[] = []
      for (const p of parts) paragraphs.push(...parse(await zip.file(p)!.async('string')).paragraphs)
      const text = ' ' + paragraphs.map(normalize).filter(Boolean).join(' ') + ' '
      let at = 0
      const missing: string[] = []
      for (const line of source.split('\n').map(normalize).filter(Boolean)) {
        const found = text.indexOf(` ${line} `, at)
        if (found < 0) missing.push(line)
        else at = found + line.length + 1
      }
      expect(missing).toEqual([])
    })

    it(`${id}: is what the builder writes today`, async () => {
      const built = await buildTemplate(form, dir)
      expect(built.equals(readFileSync(join(dir, 'form.docx')))).toBe(true)
    })
  }
})
