import type { Mapping, Lignes } from '../../../shared/bilan/mapping/mapping-schema'
import { followUpOf, isFootnote, unitOf, type Unit } from '../../../shared/bilan/mapping/label-cues'
import { resolveValue, rowValue, type Answers, type Resolved } from '../../../shared/bilan/mapping/resolve-value'
import { findBlanks, type Blank, type FieldSegment } from './blanks'
import { DocumentEdits } from './edits'
import { isLeaderOnly } from './leaders'
import { readParagraph, type Paragraph, type Segment } from './paragraphs'
import { cellAt, readTables, rowCells, type Table } from './tables'
import { applySplices, child, parseXml, type XmlElement } from './xml-tree'

export interface FillReport {
  remplis: { blank: string; label: string; texte: string; source: string }[]
  manquants: { blank: string; label: string; raison: string }[]
  /** Mapped blanks the document does not have (a mapping made for another version of the form). */
  introuvables: string[]
  /** Rows that did not fit their table, when the mapping says to report rather than add. */
  debordements: string[]
  /** Every other place of the document left as it was: bound to nothing, or to be left by the mapping. */
  vides: { blank: string; label: string; raison: string }[]
  /** Written, but on a weak match the coordinator did not confirm: to check in the document. */
  aVerifier: { blank: string; label: string; texte: string }[]
}

type BoxSegment = Segment & { kind: 'checkbox' }

function tick(edits: DocumentEdits, source: string, box: BoxSegment): void {
  if (box.checked) return
  switch (box.box) {
    case 'legacy': {
      const checked = child(box.el, 'w:checked')
      if (checked) edits.splice(checked.start, checked.end, '<w:checked/>')
      else if (box.el.selfClosing) edits.splice(box.el.start, box.el.end, '<w:checkBox><w:sizeAuto/><w:checked/></w:checkBox>')
      else edits.splice(box.el.closeStart, box.el.closeStart, '<w:checked/>')
      break
    }
    case 'sym': {
      const tag = source.slice(box.el.start, box.el.openEnd)
      edits.splice(box.el.start, box.el.openEnd, tag.replace(/w:char="[0-9A-Fa-f]+"/, 'w:char="F0FE"'))
      break
    }
    case 'glyph':
    case 'sdt': {
      edits.changeText(box.el, box.index, box.index + 1, '\u2612')
      const checkbox = box.sdt && child(child(box.sdt, 'w:sdtPr')!, 'w14:checkbox')
      const state = checkbox && child(checkbox, 'w14:checked')
      if (state) edits.splice(state.start, state.end, '<w14:checked w14:val="1"/>')
      break
    }
  }
}

type TextSegment = Segment & { kind: 'text' }

/** Writes over the leaders of a paragraph, or after its last text when it has none. */
function writeInParagraph(edits: DocumentEdits, source: string, p: Paragraph, text: string): void {
  const field = p.segments.find((s): s is FieldSegment => s.kind === 'formtext' || s.kind === 'control')
  if (field && writeField(edits, source, field, text)) return
  const pieces = p.segments.filter((s): s is TextSegment => s.kind === 'text' && /[…._]/.test(s.text))
  if (isLeaderOnly(p.text) && pieces.length > 0) {
    pieces.forEach((s, i) => edits.changeText(s.el, s.offset, s.offset + s.text.length, i === 0 ? text : ''))
    return
  }
  edits.appendRun(p.el, text, edits.paragraphRunProperties(p.el))
}

/** The dotted lines left below an answer once it is written: a filled form shows no empty leaders. */
function clearLeaderLines(edits: DocumentEdits, lines: Paragraph[]): void {
  for (const p of lines) {
    if (!isLeaderOnly(p.text)) continue
    for (const s of p.segments) if (s.kind === 'text' && /[…._]/.test(s.text)) edits.changeText(s.el, s.offset, s.offset + s.text.length, '')
  }
}

/**
 * Writes into a content control or a FORMTEXT field. A control showing its placeholder loses it
 * (the grey text, the placeholder style and the « showing placeholder » flag): never both.
 */
function writeField(edits: DocumentEdits, source: string, field: FieldSegment, text: string): boolean {
  if (field.kind === 'formtext') {
    if (field.results.length === 0) edits.splice(field.endRun.start, field.endRun.start, DocumentEdits.run(text))
    field.results.forEach((wt, i) => edits.changeText(wt, 0, wt.text.length, i === 0 ? text : ''))
    return true
  }
  let value = text
  if (field.options) {
    // A list takes one of its items only.
    const item = field.options.find((o) => o.trim().toLowerCase() === text.trim().toLowerCase())
    if (!item) return false
    value = item
  }
  const pr = child(field.sdt, 'w:sdtPr')!
  const showing = child(pr, 'w:showingPlcHdr')
  if (showing) edits.splice(showing.start, showing.end, '')
  const iso = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  if (field.date && iso) {
    const tag = source.slice(field.date.start, field.date.openEnd)
    edits.splice(field.date.start, field.date.openEnd, tag.replace(/\s+w:fullDate="[^"]*"/, '').replace(/^<w:date/, `<w:date w:fullDate="${iso[3]}-${iso[2]}-${iso[1]}T00:00:00Z"`))
  }
  for (const wt of field.results) {
    const rPr = wt.parent && child(wt.parent, 'w:rPr')
    const style = rPr && child(rPr, 'w:rStyle')
    if (style && /placeholder|espacerserv|textedelespace/i.test(style.attributes['w:val'] ?? '')) edits.splice(style.start, style.end, '')
  }
  if (field.results.length === 0) edits.splice(field.sdt.closeStart, field.sdt.closeStart, '')
  field.results.forEach((wt, i) => edits.changeText(wt, 0, wt.text.length, i === 0 ? value : ''))
  return field.results.length > 0
}

function writeText(edits: DocumentEdits, source: string, blank: Blank & { kind: 'texte' }, text: string, long: boolean): boolean {
  const inline = blank.inline
  if (inline?.field) return writeField(edits, source, inline.field, text)
  if (inline && (!long || blank.space.length === 0)) {
    if (inline.leaders.length > 0) {
      inline.leaders.forEach((l, i) => edits.changeText(l.segment.el, segmentIndex(l.segment, l.from), segmentIndex(l.segment, l.to), i === 0 ? ` ${text} ` : ''))
    } else {
      edits.changeText(inline.at.el, segmentIndex(inline.at, inline.index), segmentIndex(inline.at, inline.index), inline.at.text.slice(0, inline.index).endsWith(' ') ? text : ` ${text}`)
    }
    clearLeaderLines(edits, blank.space)
    return true
  }
  if (blank.space.length > 0) {
    writeInParagraph(edits, source, blank.space[0], text)
    clearLeaderLines(edits, blank.space.slice(1))
    return true
  }
  return false
}

/** A text segment may be part of its `w:t` (the rest being glyph boxes): offsets in the `w:t`. */
function segmentIndex(segment: TextSegment, index: number): number {
  return segment.offset + index
}

/** Replaces the text of a table cell (or writes into it when empty). */
function setCellText(edits: DocumentEdits, cell: XmlElement, text: string, source?: string): void {
  const paragraphs = cell.children.filter((c) => c.name === 'w:p').map(readParagraph)
  const field = paragraphs.flatMap((p) => p.segments).find((s): s is FieldSegment => s.kind === 'formtext' || s.kind === 'control')
  if (field && source !== undefined && writeField(edits, source, field, text)) return
  const texts = paragraphs.flatMap((p) => p.segments.filter((s): s is TextSegment => s.kind === 'text'))
  if (texts.length === 0) {
    if (paragraphs[0]) edits.appendRun(paragraphs[0].el, text, edits.paragraphRunProperties(paragraphs[0].el))
    return
  }
  texts.forEach((s, i) => edits.changeText(s.el, s.offset, s.offset + s.text.length, i === 0 ? text : ''))
}

function fillRows(xml: string, edits: DocumentEdits, tables: Table[], rule: Lignes, answers: Answers, report: FillReport): Set<string> {
  const covered = new Set<string>()
  const table = tables[rule.tableau]
  if (!table) {
    report.introuvables.push(`tableau ${rule.tableau + 1} (${rule.repete})`)
    return covered
  }
  const rows = answers.figures.rows[rule.repete]
  const capacity = rule.derniereLigne - rule.premiereLigne + 1
  const columns = Object.entries(rule.colonnes).map(([c, field]) => [Number(c), field] as const)
  for (let r = rule.premiereLigne; r <= rule.derniereLigne; r++) for (const [c] of columns) covered.add(`cellule:t${table.index}:r${r}:c${c}`)
  const units = new Map(columns.map(([c]) => [c, unitOf(columnHeading(table, rule.premiereLigne, c))]))
  rows.slice(0, capacity).forEach((_, i) => {
    for (const [c, field] of columns) {
      const cell = cellAt(table, rule.premiereLigne + i, c)
      const text = rowValue(answers, rule.repete, i, field, units.get(c))
      if (cell && text !== null) setCellText(edits, cell.el, text)
    }
  })
  if (rows.length > capacity) {
    if (rule.debordement === 'signaler') {
      report.debordements.push(`${rows.length - capacity} ligne(s) « ${rule.repete} » de plus que le tableau ${rule.tableau + 1} n'en a (${capacity}) : à ajouter à la main.`)
    } else {
      const last = table.rows[rule.derniereLigne]
      if (last) {
        const model = xml.slice(last.el.start, last.el.end)
        const added = rows.slice(capacity).map((_, k) => fillRowCopy(model, rule, answers, capacity + k, units)).join('')
        edits.splice(last.el.end, last.el.end, added)
      }
    }
  }
  return covered
}

/** The headings above the first filled row in column `col` (« Durée (minutes) »): their unit is the values'. */
function columnHeading(table: Table, firstRow: number, col: number): string {
  const texts: string[] = []
  for (let r = 0; r < firstRow; r++) {
    const cell = cellAt(table, r, col)
    if (cell) texts.push(...cell.el.children.filter((c) => c.name === 'w:p').map((p) => readParagraph(p).text))
  }
  return texts.join(' ')
}

/** A copy of a row's XML, emptied and filled with row `index` of the repeated figure. */
function fillRowCopy(model: string, rule: Lignes, answers: Answers, index: number, units: Map<number, Unit | null>): string {
  const root = parseXml(model)
  const tr = root.children[0]
  const local = new DocumentEdits(model)
  const cells = rowCells(tr)
  for (const [c, field] of Object.entries(rule.colonnes)) {
    const cell = cells.find((x) => x.col <= Number(c) && Number(c) < x.col + x.span)
    if (cell) setCellText(local, cell.el, rowValue(answers, rule.repete, index, field, units.get(Number(c))) ?? '')
  }
  return applySplices(model, local.toSplices())
}

/**
 * Follow-up lines whose oui/non above was answered the other way (« Lesquels : » under a « non »):
 * they stay empty, whatever they are bound to.
 */
function skippedFollowUps(found: Blank[], mapping: Mapping, answers: Answers): Set<string> {
  const valeurs = new Map(mapping.blanks.map((b) => [b.blank, b.valeur]))
  const out = new Set<string>()
  found.forEach((blank, i) => {
    const above = found[i - 1]
    if (blank.kind !== 'texte' || above?.kind !== 'choix') return
    const wanted = followUpOf(blank.label)
    const valeur = valeurs.get(above.key)
    if (!wanted || !valeur) return
    const resolved = resolveValue(valeur, answers)
    if (resolved.kind === 'valeur' && resolved.truth !== null && resolved.truth !== (wanted === 'oui')) out.add(blank.key)
  })
  return out
}

/**
 * Fills `word/document.xml` in place: every change is a splice of the original text, so
 * what the mapping does not touch stays byte for byte as it was.
 */
export function fillDocumentXml(xml: string, mapping: Mapping, answers: Answers): { xml: string; report: FillReport } {
  const root = parseXml(xml)
  const found = findBlanks(root)
  const blanks = new Map(found.map((b) => [b.key, b]))
  const unless = skippedFollowUps(found, mapping, answers)
  const tables = readTables(root)
  const edits = new DocumentEdits(xml)
  const report: FillReport = { remplis: [], manquants: [], introuvables: [], debordements: [], vides: [], aVerifier: [] }

  const covered = new Set<string>()
  for (const rule of mapping.lignes) for (const key of fillRows(xml, edits, tables, rule, answers, report)) covered.add(key)

  const bound = new Set(mapping.blanks.map((b) => b.blank))
  for (const blank of found) {
    if (covered.has(blank.key) || isFootnote(blank.label)) continue
    if (!bound.has(blank.key)) report.vides.push({ blank: blank.key, label: blank.label, raison: 'aucune correspondance dans le modèle' })
  }
  for (const binding of mapping.blanks) {
    if (covered.has(binding.blank)) continue
    const blank = blanks.get(binding.blank)
    const resolved: Resolved = resolveValue(binding.valeur, answers, blank ? unitOf(blank.kind === 'cellule' ? `${blank.ligne} ${blank.colonne}` : blank.label) : null)
    if (unless.has(binding.blank)) continue
    if (resolved.kind === 'ignore') {
      if (blank && !isFootnote(blank.label)) report.vides.push({ blank: blank.key, label: blank.label, raison: binding.note ?? (binding.aVerifier ? 'aucun chiffre ni aucune question trouvés pour cette place' : 'laissé vide par le modèle') })
      continue
    }
    if (!blank) {
      report.introuvables.push(binding.blank)
      continue
    }
    if (resolved.kind === 'manquant') {
      report.manquants.push({ blank: blank.key, label: blank.label, raison: resolved.raison })
      continue
    }
    const done = (): void => {
      report.remplis.push({ blank: blank.key, label: blank.label, texte: resolved.text, source: resolved.source })
      if (binding.aVerifier) report.aVerifier.push({ blank: blank.key, label: blank.label, texte: blank.kind === 'choix' ? (resolved.truth ? 'oui' : 'non') : blank.kind === 'case' ? (resolved.truth ? 'cochée' : 'non cochée') : resolved.text })
    }
    switch (blank.kind) {
      case 'texte':
        if (writeText(edits, xml, blank, resolved.text, 'question' in binding.valeur)) done()
        else report.manquants.push({ blank: blank.key, label: blank.label, raison: 'pas de place pour écrire dans le document' })
        break
      case 'cellule':
        setCellText(edits, blank.cell, resolved.text, xml)
        done()
        break
      case 'choix': {
        if (resolved.truth === null) {
          report.manquants.push({ blank: blank.key, label: blank.label, raison: `« ${resolved.text} » n'est ni oui ni non` })
          break
        }
        const word = resolved.truth ? 'oui' : 'non'
        for (const o of blank.options) if (o.word === word) tick(edits, xml, o.box)
        if (blank.keep) {
          // « oui / non » becomes the word kept.
          const { segment, oui, non } = blank.keep
          const [from, to] = [oui[0], non[1]]
          const kept = segment.text.slice(...(resolved.truth ? oui : non))
          edits.changeText(segment.el, segmentIndex(segment, from), segmentIndex(segment, to), kept)
        }
        done()
        break
      }
      case 'case':
        if (resolved.truth) tick(edits, xml, blank.box)
        done()
        break
    }
  }
  return { xml: applySplices(xml, edits.toSplices()), report }
}
