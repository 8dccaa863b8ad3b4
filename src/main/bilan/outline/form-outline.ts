import type { Lignes, Mapping } from '../../../shared/bilan/mapping/mapping-schema'
import { findBlanks, isHeading, type Blank } from '../docx/blanks'
import { readParagraphs, type Paragraph } from '../docx/paragraphs'
import { readTables } from '../docx/tables'
import { ancestor, parseXml, type XmlElement } from '../docx/xml-tree'

/** A place of the form, where it sits in the document and the heading it sits under. */
export type OutlineItem =
  | { type: 'blank'; blank: Blank; position: number; heading: string }
  /** Rows of a table written from a repeated figure: one item for the whole rule. */
  | { type: 'lignes'; rule: Lignes; position: number; heading: string }

export interface FormOutline {
  items: OutlineItem[]
  /** Blanks the `lignes` rules write into: shown with their table, never on their own. */
  coveredBlanks: Set<string>
}

function startOf(blank: Blank): number {
  switch (blank.kind) {
    case 'texte':
      return blank.paragraph.el.start
    case 'choix':
      return blank.options[0]?.box.run.start ?? blank.keep?.paragraph.el.start ?? 0
    case 'case':
      return blank.box.run.start
    case 'cellule':
      return blank.cell.start
  }
}

/**
 * A paragraph holding an inline value or boxes is a label, never a heading, as the filler's
 * blank finder reads it; a heading may still be followed by answer space (« Bonification… »).
 */
function labelParagraph(blank: Blank): XmlElement | undefined {
  switch (blank.kind) {
    case 'texte':
      return blank.inline ? blank.paragraph.el : undefined
    case 'choix':
      return blank.keep?.paragraph.el ?? (blank.options[0] && ancestor(blank.options[0].box.run, 'w:p'))
    case 'case':
      return ancestor(blank.box.run, 'w:p')
    case 'cellule':
      return undefined
  }
}

const headingText = (p: Paragraph) => p.text.replace(/[\s\u2002\u00a0☐]+/g, ' ').trim()

/**
 * Every blank of a form and every table its mapping fills row by row, in document order, each
 * under the heading above it. The filler's blanks carry no heading for table cells (their
 * labels come from the table), so headings are read again here from the paragraphs, by place.
 */
export function outlineForm(documentXml: string, mapping: Mapping): FormOutline {
  const root = parseXml(documentXml)
  const blanks = findBlanks(root)
  const labels = new Set(blanks.map(labelParagraph).filter((el): el is XmlElement => el !== undefined))
  const headings = readParagraphs(root)
    .filter((p) => !p.cell && !labels.has(p.el) && isHeading(p) && headingText(p) !== '')
    .map((p) => ({ position: p.el.start, text: headingText(p) }))
  const headingAt = (position: number) => {
    let found = ''
    for (const h of headings) {
      if (h.position >= position) break
      found = h.text
    }
    return found
  }

  const tables = readTables(root)
  const coveredBlanks = new Set<string>()
  const items: OutlineItem[] = []
  for (const rule of mapping.lignes) {
    const table = tables[rule.tableau]
    // A rule for a table the document lacks is the filler's report's to tell (introuvables).
    if (!table) continue
    for (let r = rule.premiereLigne; r <= rule.derniereLigne; r++) for (const c of Object.keys(rule.colonnes)) coveredBlanks.add(`cellule:t${table.index}:r${r}:c${c}`)
    const position = table.rows[rule.premiereLigne]?.el.start ?? table.el.start
    items.push({ type: 'lignes', rule, position, heading: headingAt(position) })
  }
  for (const blank of blanks) {
    if (coveredBlanks.has(blank.key)) continue
    const position = startOf(blank)
    // The finder's own heading, where it gives one, is the one the mapping was reviewed with.
    items.push({ type: 'blank', blank, position, heading: blank.kind === 'cellule' ? headingAt(position) : blank.heading })
  }
  // Array.prototype.sort is stable: two rules on one table keep the mapping's order.
  items.sort((a, b) => a.position - b.position)
  return { items, coveredBlanks }
}
