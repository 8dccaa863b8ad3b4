import { normalizeLabel } from '../../../shared/bilan/questions/normalize'
import { isBlankText, isLeaderOnly, LEADER_CHARS } from './leaders'
import { readParagraphs, type Paragraph, type Segment } from './paragraphs'
import { cellAt, readTables, type GridCell, type Table } from './tables'
import type { BlankInfo } from '../../../shared/bilan/mapping/propose'
import type { XmlElement } from './xml-tree'

type TextSegment = Segment & { kind: 'text' }
type BoxSegment = Segment & { kind: 'checkbox' }

/** Where an inline value goes: after the label, over the leaders that follow it. */
export interface InlinePlace {
  /** The text segment the label ends in, and the index in its text where the value goes. */
  at: TextSegment
  index: number
  /** Leader characters to replace (segment, [from, to) in its text). */
  leaders: { segment: TextSegment; from: number; to: number }[]
}

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
  | (BlankBase & { kind: 'choix'; options: { word: 'oui' | 'non'; box: BoxSegment }[] })
  | (BlankBase & { kind: 'case'; box: BoxSegment })
  | (BlankBase & { kind: 'cellule'; table: number; row: number; col: number; ligne: string; colonne: string; cell: XmlElement; paragraph: Paragraph })

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
  return { label: trimLabel(body + colon), place: { at: last, index: Math.min(labelEnd, last.to) - last.from, leaders } }
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
  // A oui/non pair split over paragraphs (« oui ☐ » … « non ☐ ») waits here for its other half.
  let pending: (Blank & { kind: 'choix' }) | null = null
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]
    if (p.cell) continue
    if (isEmptyParagraph(p) || isLeaderOnly(p.text)) continue
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

  for (const table of tables) blanks.push(...cellBlanks(table, byCell))
  return blanks
}

/** Empty cells, each named by the nearest text on its left and every header above it. */
function cellBlanks(table: Table, byCell: Map<XmlElement, Paragraph[]>): Blank[] {
  const out: Blank[] = []
  for (const { cells } of table.rows) {
    for (const cell of cells) {
      const paras = byCell.get(cell.el) ?? []
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
