import { normalizeLabel } from '../../../shared/bilan/questions/normalize'
import { isBlankText, isLeaderOnly, LEADER_CHARS } from './leaders'
import { readParagraphs, type Paragraph, type Segment } from './paragraphs'
import { cellAt, readTables, type GridCell, type Table } from './tables'
import type { BlankInfo } from '../../../shared/bilan/mapping/propose'
import { ancestor, type XmlElement } from './xml-tree'

type TextSegment = Segment & { kind: 'text' }
type BoxSegment = Segment & { kind: 'checkbox' }

/** Where an inline value goes: after the label, over the leaders that follow it. */
export interface InlinePlace {
  /** The text segment the label ends in, and the index in its text where the value goes. */
  at: TextSegment
  index: number
  /** Leader characters to replace (segment, [from, to) in its text). */
  leaders: { segment: TextSegment; from: number; to: number }[]
  /** A content control or FORMTEXT field after the label: the value goes into it. */
  field?: FieldSegment
}

export type FieldSegment = Segment & { kind: 'control' | 'formtext' }
const isField = (s: Segment): s is FieldSegment => s.kind === 'control' || s.kind === 'formtext'

interface BlankBase {
  /** Stable within one document: `texte:nombre de salaries#1`, `cellule:t2:r3:c1`. */
  key: string
  /** What a person reads as the question of this blank. */
  label: string
  /** The heading above it and the label of the line before: to tell identical labels apart. */
  heading: string
  previous: string
}

export type Blank =
  | (BlankBase & { kind: 'texte'; paragraph: Paragraph; inline: InlinePlace | null; space: Paragraph[] })
  /** `keep`: « oui / non » written as text on the label's line, of which the answer keeps one word. */
  | (BlankBase & { kind: 'choix'; options: { word: 'oui' | 'non'; box: BoxSegment }[]; keep?: KeepOne })
  | (BlankBase & { kind: 'case'; box: BoxSegment })
  | (BlankBase & { kind: 'cellule'; table: number; row: number; col: number; ligne: string; colonne: string; cell: XmlElement; paragraph: Paragraph })

/** « oui / non » in one text segment: [from, to) of each word and of the whole, in the segment's text. */
export interface KeepOne {
  paragraph: Paragraph
  segment: TextSegment
  oui: [number, number]
  non: [number, number]
}

/** « Intervention en milieu rural : oui / non »: the label and where each word is. */
function keepOneOf(p: Paragraph): { label: string; keep: KeepOne } | null {
  if (p.segments.some((x) => x.kind === 'checkbox')) return null
  for (const segment of p.segments) {
    if (segment.kind !== 'text') continue
    const m = /\b(oui)(\s*[/|]\s*|\s+ou\s+)(non)\b\s*\.?\s*$/iu.exec(segment.text)
    if (!m || p.text.slice(segment.to).trim() !== '') continue
    const label = trimLabel(p.text.slice(0, segment.from + m.index))
    if (!/\p{L}/u.test(label)) return null
    const ouiFrom = m.index
    const nonFrom = m.index + m[1].length + m[2].length
    return { label, keep: { paragraph: p, segment: segment as TextSegment, oui: [ouiFrom, ouiFrom + 3], non: [nonFrom, nonFrom + 3] } }
  }
  return null
}

const YES_NO = new Set(['oui', 'non'])
/** Empty lines under a numbered heading that make it a question to answer there, not a title. */
const ANSWER_LINES = 3
const trimLabel = (s: string) => s.replace(/[\s\u2002\u00a0]+/g, ' ').replace(/^[\s*·•\-–]+/, '').trim()
const isEmptyParagraph = (p: Paragraph) => isBlankText(p.text) && !p.segments.some((s) => s.kind === 'checkbox')
// A FORMTEXT field showing only en spaces reads as blank text, so it is answer space too.
const isAnswerSpace = (p: Paragraph) => !p.segments.some((s) => s.kind === 'checkbox') && (isBlankText(p.text) || isLeaderOnly(p.text))
export const isHeading = (p: Paragraph) => /^(titre|heading|title)/i.test(p.style ?? '') || (p.text.trim().length > 3 && p.text === p.text.toUpperCase() && /\p{L}{3}/u.test(p.text))

/** The text segments covering paragraph offsets [from, to), with the part of each. */
function textPieces(p: Paragraph, from: number, to: number) {
  return p.segments.filter((s): s is TextSegment => s.kind === 'text' && s.to > from && s.from < to).map((segment) => ({ segment, from: Math.max(from, segment.from) - segment.from, to: Math.min(to, segment.to) - segment.from }))
}

/**
 * A label followed by nothing but space or leaders (« Nombre de salariés : », « N° de
 * téléphone :..……… », « Date de début : ……… »): the value goes after the label.
 */
function inlinePlace(p: Paragraph, text: string): { label: string; place: InlinePlace } | null {
  const leaderClass = `[\\s${LEADER_CHARS},]`
  const m = new RegExp(`^(.*?\\S)(\\s*[:?])?(${leaderClass}*)$`, 'su').exec(text)
  if (!m) return null
  const [, body, colon = '', tail] = m
  const leaderCount = (tail.match(/[._]/g) ?? []).length + 3 * (tail.match(/…/g) ?? []).length
  if (!colon && leaderCount < 3) return null
  const labelEnd = body.length + colon.length
  // The value goes right after the label, in the text segment holding its last character.
  const last = p.segments.filter((s): s is TextSegment => s.kind === 'text' && s.from < labelEnd).at(-1)
  if (!last) return null
  const leaders = textPieces(p, labelEnd, text.length).filter((x) => /[…._]/.test(x.segment.text.slice(x.from, x.to)))
  const field = p.segments.find((x): x is FieldSegment => isField(x) && x.from >= labelEnd)
  return { label: trimLabel(body + colon), place: { at: last, index: Math.min(labelEnd, last.to) - last.from, leaders, field } }
}

/** A run of leaders long enough to write on (« …… », « ____ », « ..... »). */
const HOLE = /[\s\u2002\u2003\u00a0]*(?:…{2,}[….]*|[._]{3,}[….\s_]*)/gu

/**
 * The places of a line holding several (« du …… au …… », « Nom : …… Prénom : …… », « Fait à
 * ……, le …… »), or a label followed by a content control: each label with the hole after it.
 * Null when the line has one place at its end (read by `inlinePlace`) or none.
 */
function linePlaces(p: Paragraph): { label: string; place: InlinePlace }[] | null {
  const holes: { from: number; to: number; field?: FieldSegment }[] = []
  for (const m of p.text.matchAll(HOLE)) holes.push({ from: m.index, to: m.index + m[0].length })
  for (const seg of p.segments) if (isField(seg) && (seg.kind === 'formtext' ? isBlankText(seg.text) : seg.placeholder || seg.text.trim() === '')) holes.push({ from: seg.from, to: seg.to, field: seg })
  holes.sort((a, b) => a.from - b.from)
  if (holes.length === 0) return null
  if (holes.length === 1 && !holes[0].field && !/\p{L}/u.test(p.text.slice(holes[0].to))) return null
  const out: { label: string; place: InlinePlace }[] = []
  let start = 0
  for (const hole of holes) {
    const raw = p.text.slice(start, hole.from)
    start = hole.to
    const label = trimLabel(raw.replace(/^[\s,;]+/, '').replace(/\t+/g, ' '))
    if (!/\p{L}/u.test(label)) continue
    const labelEnd = hole.from
    const last = p.segments.filter((s): s is TextSegment => s.kind === 'text' && s.from < labelEnd).at(-1)
    if (!last) continue
    const leaders = hole.field ? [] : textPieces(p, hole.from, hole.to).filter((x) => /[…._]/.test(x.segment.text.slice(x.from, x.to)))
    out.push({ label, place: { at: last, index: Math.min(labelEnd, last.to) - last.from, leaders, field: hole.field } })
  }
  // « du …… au …… »: the first and last day of what the line names.
  for (let k = 0; k + 1 < out.length; k++) {
    if (/\bdu$/i.test(out[k].label) && /^au$/i.test(out[k + 1].label)) {
      const what = out[k].label.replace(/\s*\bdu$/i, '')
      out[k].label = `${what} : date de début`
      out[k + 1].label = `${what} : date de fin`
    }
  }
  return out.length > 0 ? out : null
}

/** The words of a box: « oui ☐ », « ☐ Oui », « ☐ L'achat de matériel… ». */
function optionsOf(p: Paragraph) {
  const boxes = p.segments.filter((s): s is BoxSegment => s.kind === 'checkbox')
  const stops = (i: number) => p.text[i] === '\t' || p.text[i] === '\u2610' || p.text[i] === '\n'
  // A word may sit one tab away from its box (« ☐⇥PRIMAIRE »).
  const after = (b: BoxSegment) => {
    let from = b.to
    while (from < p.text.length && /[\s]/.test(p.text[from]) ) from++
    let i = from
    while (i < p.text.length && !stops(i)) i++
    return { text: p.text.slice(from, i).trim(), to: i }
  }
  const before = (b: BoxSegment) => {
    let i = b.from
    while (i > 0 && !stops(i - 1) && p.text[i - 1] !== ':' && p.text[i - 1] !== '?') i--
    return { text: p.text.slice(i, b.from).trim(), from: i }
  }
  // Words after the boxes (« ☐ Oui ☐ Non ») or before them (« oui ☐ non ☐ »): one side for the whole paragraph.
  const afterWords = boxes.map(after)
  const beforeWords = boxes.map(before)
  const useAfter = afterWords.filter((w) => /\p{L}/u.test(w.text)).length > beforeWords.filter((w) => /\p{L}/u.test(w.text)).length
  const words = (useAfter ? afterWords : beforeWords).map((w) => w.text.replace(/^[*\s]+|[\s:]+$/g, ''))
  const labelEnd = useAfter ? (boxes[0]?.from ?? 0) : (beforeWords[0]?.from ?? 0)
  const trailingFrom = useAfter ? (afterWords.at(-1)?.to ?? p.text.length) : (boxes.at(-1)?.to ?? p.text.length)
  return { boxes, words, label: trimLabel(p.text.slice(0, labelEnd).replace(/[\t☐]/g, ' ')), trailing: trimLabel(p.text.slice(trailingFrom).replace(/[\t☐]/g, ' ')) }
}

function cellText(paragraphs: Map<XmlElement, Paragraph[]>, cell: GridCell | undefined): string {
  if (!cell) return ''
  return trimLabel((paragraphs.get(cell.el) ?? []).map((p) => p.text.replace(/☐/g, '')).join(' '))
}

/**
 * Finds every place of a form a person would write in or tick: labels followed by space or
 * leaders, oui/non boxes (also across paragraphs), single boxes, and empty table cells with
 * their row and column headers.
 */
export function findBlanks(root: XmlElement): Blank[] {
  const paragraphs = readParagraphs(root)
  const tables = readTables(root)
  const byCell = new Map<XmlElement, Paragraph[]>()
  for (const p of paragraphs) if (p.cell) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p])

  const blanks: Blank[] = []
  const seen = new Map<string, number>()
  const around = () => ({ heading, previous: lastLabel })
  const keyOf = (kind: string, label: string) => {
    const base = `${kind}:${normalizeLabel(label).slice(0, 120)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return `${base}#${n}`
  }

  let heading = ''
  let lastLabel = ''
  // The heading above each table: what its cells are about (« 1. L'ORGANISME PORTEUR »).
  const tableHeadings = new Map<XmlElement, string>()
  // A oui/non pair split over paragraphs (« oui ☐ » … « non ☐ ») waits here for its other half.
  let pending: (Blank & { kind: 'choix' }) | null = null
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]
    if (p.cell) {
      const table = ancestor(p.cell, 'w:tbl')
      if (table && !tableHeadings.has(table)) tableHeadings.set(table, heading)
      blanks.push(...labelsInCell(p, byCell, keyOf, around()))
      continue
    }
    if (isEmptyParagraph(p) || isLeaderOnly(p.text)) continue
    const keep = keepOneOf(p)
    if (keep) {
      blanks.push({ kind: 'choix', key: keyOf('choix', keep.label), label: keep.label, ...around(), options: [], keep: keep.keep })
      lastLabel = keep.label
      pending = null
      continue
    }
    const boxes = p.segments.some((s) => s.kind === 'checkbox')
    const space: Paragraph[] = []
    for (let j = i + 1; j < paragraphs.length && !paragraphs[j].cell && paragraphs[j].el.parent === p.el.parent && isAnswerSpace(paragraphs[j]); j++) space.push(paragraphs[j])

    if (boxes) {
      const { boxes: list, words, label, trailing } = optionsOf(p)
      const normalized = words.map((w) => normalizeLabel(w))
      if (normalized.every((w) => YES_NO.has(w))) {
        const options = list.map((box, k) => ({ word: normalized[k] as 'oui' | 'non', box }))
        const groupLabel = label || lastLabel
        if (!label && pending && pending.label === groupLabel && !pending.options.some((o) => options.some((x) => x.word === o.word))) {
          pending.options.push(...options)
        } else {
          pending = { kind: 'choix', key: keyOf('choix', groupLabel), label: groupLabel, ...around(), options }
          blanks.push(pending)
        }
      } else {
        list.forEach((box, k) => {
          const own = words[k] && /\p{L}/u.test(words[k]) ? words[k] : ''
          const caseLabel = trimLabel([label, own].filter(Boolean).join(' ')) || lastLabel
          blanks.push({ kind: 'case', key: keyOf('case', caseLabel), label: caseLabel, ...around(), box })
        })
      }
      if (trailing && /\p{L}/u.test(trailing) && space.length > 0) {
        blanks.push({ kind: 'texte', key: keyOf('texte', trailing), label: trailing, ...around(), paragraph: p, inline: null, space })
      } else if (label && space.length > 1) {
        blanks.push({ kind: 'texte', key: keyOf('texte', label), label, ...around(), paragraph: p, inline: null, space })
      }
      if (label) lastLabel = label
      continue
    }

    // A label whose answer is the boxes of the next lines (« Difficulté scolaire : » … « oui ☐ » … « non ☐ »).
    const next = paragraphs[i + 1 + space.length]
    if (next && !next.cell && next.segments.some((s) => s.kind === 'checkbox') && !optionsOf(next).label) {
      lastLabel = inlinePlace(p, p.text)?.label ?? trimLabel(p.text)
      pending = null
      continue
    }
    const several = linePlaces(p)
    if (several) {
      for (const { label, place } of several) {
        blanks.push({ kind: 'texte', key: keyOf('texte', label), label, ...around(), paragraph: p, inline: place, space: several.length === 1 ? space : [] })
        lastLabel = label
      }
      pending = null
      continue
    }
    const inline = inlinePlace(p, p.text)
    if (inline) {
      blanks.push({ kind: 'texte', key: keyOf('texte', inline.label), label: inline.label, ...around(), paragraph: p, inline: inline.place, space })
      lastLabel = inline.label
      pending = null
      continue
    }
    const label = trimLabel(p.text)
    // A heading with room to write under it asks something (« 3- Nombre de collectifs menés – organisation … »).
    if (space.length > 0 && (!isHeading(p) || /[?:]/.test(label) || (space.length >= ANSWER_LINES && /^\d+\s*[-–.)]/.test(label))) && /\p{L}/u.test(label)) {
      blanks.push({ kind: 'texte', key: keyOf('texte', label), label, ...around(), paragraph: p, inline: null, space })
    }
    if (isHeading(p)) heading = label
    lastLabel = label
    pending = null
  }

  for (const table of tables) blanks.push(...cellBlanks(table, byCell).map((b) => ({ ...b, heading: tableHeadings.get(table.el) ?? '' })))
  return blanks
}

/**
 * Labels inside a cell that holds other text too (« IDENTIFICATION » / « Intitulé du projet : »
 * / « (tel qu'il figure…) »), or followed by leaders or a field: the value goes after the label.
 * A lone label in its cell (« Adresse : ») is the row heading of the empty cell beside it instead.
 */
function labelsInCell(p: Paragraph, byCell: Map<XmlElement, Paragraph[]>, keyOf: (kind: string, label: string) => string, around: { heading: string; previous: string }): Blank[] {
  if (isEmptyParagraph(p) || p.segments.some((x) => x.kind === 'checkbox') || !p.cell) return []
  const cellParagraphs = byCell.get(p.cell) ?? []
  // The row heading of a row with empty cells: those cells are the places (« Autres ….. | | »).
  const rowCells = (p.cell.parent?.children ?? []).filter((c) => c.name === 'w:tc')
  if (rowCells.some((c) => c !== p.cell && (byCell.get(c) ?? []).every(isEmptyParagraph))) return []
  const several = linePlaces(p)
  if (several) return several.map(({ label, place }) => ({ kind: 'texte' as const, key: keyOf('texte', label), label, ...around, paragraph: p, inline: place, space: [] }))
  const worded = cellParagraphs.filter((x) => /\p{L}/u.test(x.text))
  const inline = inlinePlace(p, p.text)
  if (!inline) return []
  const alone = rowCells.at(-1) === p.cell && worded.length === 1
  if (inline.place.leaders.length === 0 && (!/:\s*$/.test(p.text) || (worded.length < 2 && !alone))) return []
  // « Rappel des objectifs : » over a list: an introduction, not a place.
  const next = worded[worded.indexOf(p) + 1]
  if (next && /^\s*[-–•·*]/.test(next.text)) return []
  const heading = trimLabel(worded[0] === p ? around.heading : worded[0].text)
  return [{ kind: 'texte', key: keyOf('texte', inline.label), label: inline.label, heading, previous: around.previous, paragraph: p, inline: inline.place, space: [] }]
}

/** « ☐ oui ☐ non » in a cell: the question is the row's heading on its left, or the column's. */
function yesNoCell(table: Table, cell: GridCell, cells: GridCell[], paras: Paragraph[], byCell: Map<XmlElement, Paragraph[]>): Blank | null {
  const options = paras.flatMap((p) => {
    const { boxes, words } = optionsOf(p)
    return boxes.map((box, k) => ({ word: normalizeLabel(words[k] ?? ''), box }))
  })
  if (options.length < 2 || !options.every((o) => YES_NO.has(o.word))) return null
  const left = [...cells].reverse().find((c) => c.col < cell.col && cellText(byCell, c) !== '')
  const above = cellText(byCell, cellAt(table, 0, cell.col))
  const label = (left ? cellText(byCell, left) : '') || above
  if (!/\p{L}/u.test(label)) return null
  return { kind: 'choix', key: `choix:t${table.index}:r${cell.row}:c${cell.col}`, label, heading: '', previous: '', options: options as { word: 'oui' | 'non'; box: BoxSegment }[] }
}

/** Empty cells, each named by the nearest text on its left and every header above it. */
function cellBlanks(table: Table, byCell: Map<XmlElement, Paragraph[]>): Blank[] {
  const out: Blank[] = []
  for (const { cells } of table.rows) {
    for (const cell of cells) {
      const paras = byCell.get(cell.el) ?? []
      if (!cell.continued && paras.some((p) => p.segments.some((x) => x.kind === 'checkbox'))) {
        const choice = yesNoCell(table, cell, cells, paras, byCell)
        if (choice) out.push(choice)
        continue
      }
      if (cell.continued || paras.length === 0 || !paras.every(isEmptyParagraph)) continue
      const left = [...cells].reverse().find((c) => c.col < cell.col && cellText(byCell, c) !== '')
      const above: string[] = []
      for (let r = 0; r < cell.row; r++) {
        const c = cellAt(table, r, cell.col)
        const t = cellText(byCell, c)
        if (t && !above.includes(t)) above.push(t)
      }
      const ligne = left ? cellText(byCell, left) : ''
      const colonne = above.join(' › ')
      const label = [ligne, colonne].filter(Boolean).join(' × ') || `tableau ${table.index + 1}, ligne ${cell.row + 1}, colonne ${cell.col + 1}`
      out.push({ kind: 'cellule', key: `cellule:t${table.index}:r${cell.row}:c${cell.col}`, label, heading: '', previous: '', table: table.index, row: cell.row, col: cell.col, ligne, colonne, cell: cell.el, paragraph: paras[0] })
    }
  }
  return out
}

/** What the proposals need of a blank, without the document. */
export function blankInfo(b: Blank): BlankInfo {
  const base = { key: b.key, kind: b.kind, label: b.label, heading: b.heading, previous: b.previous }
  return b.kind === 'cellule' ? { ...base, table: b.table, row: b.row, col: b.col, ligne: b.ligne, colonne: b.colonne } : base
}
