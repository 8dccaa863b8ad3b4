import { ancestor, child, descendants, type XmlElement } from './xml-tree'

/** The four ways Word forms draw a box (see templates/ and the filler's tick). */
export type CheckboxKind = 'legacy' | 'sdt' | 'sym' | 'glyph'

interface SegmentBase {
  /** Offsets of this segment in the paragraph's text. */
  from: number
  to: number
  /** The run holding it: new text is inserted next to it, with its formatting. */
  run: XmlElement
}

export type Segment =
  /** `offset`: where `text` starts in the decoded text of its `w:t` (a glyph box may precede it). */
  | (SegmentBase & { kind: 'text'; el: XmlElement; text: string; offset: number })
  | (SegmentBase & { kind: 'tab' | 'break'; el: XmlElement })
  /** `el`: the legacy `w:checkBox`, the `w:sym`, or the `w:t` holding the glyph at `index`. */
  | (SegmentBase & { kind: 'checkbox'; box: CheckboxKind; el: XmlElement; index: number; checked: boolean; sdt?: XmlElement })
  /** A legacy FORMTEXT field: its current result is held by `results` (`w:t` elements). */
  | (SegmentBase & { kind: 'formtext'; results: XmlElement[]; text: string; endRun: XmlElement })
  /**
   * A Word content control (plain text, date picker, drop-down list): `results` hold what it
   * shows; while it shows its grey placeholder (`placeholder`), it reads as empty.
   */
  | (SegmentBase & { kind: 'control'; sdt: XmlElement; results: XmlElement[]; text: string; placeholder: boolean; options: string[] | null; date: XmlElement | null })

type WithoutPlace<T> = T extends unknown ? Omit<T, 'from' | 'to'> : never

export interface Paragraph {
  el: XmlElement
  /** The text a reader sees: tabs as '\t', line breaks as '\n', each box as '☐'. */
  text: string
  segments: Segment[]
  /** The table cell holding the paragraph, if any. */
  cell?: XmlElement
  /** The style id (`Titre1`, `Heading2`…), to tell headings from labels. */
  style?: string
}

export const BOX = '\u2610'
const EMPTY_GLYPHS = new Set(['\u2610', '\u25A1'])
const CHECKED_GLYPHS = new Set(['\u2611', '\u2612'])
// Wingdings / Wingdings 2 code points of an empty box and of a ticked or crossed one.
const EMPTY_SYMS = new Set(['F0A8', 'F06F', 'F070', 'F071', 'F072', 'F0A3', 'F02A'])
const CHECKED_SYMS = new Set(['F0FE', 'F0FD', 'F078', 'F0FB', 'F052', 'F053', 'F054'])

const isOn = (el: XmlElement | undefined) => el !== undefined && !['0', 'false', 'off'].includes(el.attributes['w:val'] ?? 'true')

function legacyCheckboxOf(fldChar: XmlElement): XmlElement | undefined {
  const ff = child(fldChar, 'w:ffData')
  return ff ? child(ff, 'w:checkBox') : undefined
}

function isFormText(fldChar: XmlElement): boolean {
  const ff = child(fldChar, 'w:ffData')
  return ff !== undefined && child(ff, 'w:textInput') !== undefined
}

/** The content control (other than a box) around `el`, if any: text, date, list, rich text. */
function sdtControl(el: XmlElement): XmlElement | undefined {
  const sdt = ancestor(el, 'w:sdt')
  const pr = sdt && child(sdt, 'w:sdtPr')
  if (!pr || child(pr, 'w14:checkbox')) return undefined
  return sdt
}

function controlSegment(sdt: XmlElement, run: XmlElement) {
  const pr = child(sdt, 'w:sdtPr')!
  const list = child(pr, 'w:dropDownList') ?? child(pr, 'w:comboBox')
  const options = list ? list.children.filter((c) => c.name === 'w:listItem').map((c) => c.attributes['w:displayText'] ?? c.attributes['w:value'] ?? '').filter((x) => x && !/^choisissez/i.test(x)) : null
  return { kind: 'control' as const, sdt, results: [] as XmlElement[], text: '', placeholder: child(pr, 'w:showingPlcHdr') !== undefined, options, date: child(pr, 'w:date') ?? null, run }
}

/** The w14 checkbox content control around `el`, if any. */
function sdtCheckbox(el: XmlElement): XmlElement | undefined {
  const sdt = ancestor(el, 'w:sdt')
  const pr = sdt && child(sdt, 'w:sdtPr')
  return pr && child(pr, 'w14:checkbox') ? sdt : undefined
}

/**
 * Reads one paragraph into segments. Complex fields are followed across runs: a legacy
 * checkbox becomes one box, a FORMTEXT field one answer place, any other field (PAGE…) its
 * shown result; instruction text is never part of what the reader sees.
 */
export function readParagraph(p: XmlElement): Paragraph {
  const segments: Segment[] = []
  let text = ''
  const push = (s: WithoutPlace<Segment>, shown: string) => {
    segments.push({ ...s, from: text.length, to: text.length + shown.length } as Segment)
    text += shown
  }
  // Field state: depth of nested fields, and whether we are in the result part of a FORMTEXT.
  let field: { kind: 'checkbox' | 'formtext' | 'other'; inResult: boolean; segment?: Segment & { kind: 'formtext' } } | null = null
  let depth = 0
  for (const el of descendants(p)) {
    if (el.name === 'w:p' && el !== p) break // nested paragraphs (text boxes) are read on their own
    const run = el.parent
    if (!run || (run.name !== 'w:r' && el.name !== 'w:r')) continue
    if (el.name === 'w:fldChar') {
      const type = el.attributes['w:fldCharType']
      if (type === 'begin') {
        depth++
        if (depth > 1) continue
        const box = legacyCheckboxOf(el)
        if (box) {
          const checkedEl = child(box, 'w:checked')
          const checked = checkedEl ? isOn(checkedEl) : child(box, 'w:default')?.attributes['w:val'] === '1'
          push({ kind: 'checkbox', box: 'legacy', el: box, index: 0, checked, run }, BOX)
          field = { kind: 'checkbox', inResult: false }
        } else if (isFormText(el)) {
          const segment = { kind: 'formtext', results: [], text: '', run, endRun: run, from: text.length, to: text.length } as Segment & { kind: 'formtext' }
          segments.push(segment)
          field = { kind: 'formtext', inResult: false, segment }
        } else field = { kind: 'other', inResult: false }
      } else if (type === 'separate') {
        if (depth === 1 && field) field.inResult = true
      } else if (type === 'end') {
        depth = Math.max(0, depth - 1)
        if (depth === 0) {
          if (field?.segment) {
            field.segment.endRun = run
            field.segment.from = text.length
            text += field.segment.text
            field.segment.to = text.length
          }
          field = null
        }
      }
      continue
    }
    if (field && (!field.inResult || field.kind === 'checkbox')) continue
    if (field?.kind === 'formtext') {
      if (el.name === 'w:t') {
        field.segment!.results.push(el)
        field.segment!.text += el.text
      }
      continue
    }
    if (el.name === 'w:t' && sdtControl(el)) {
      const sdt = sdtControl(el)!
      let segment = segments.at(-1)
      if (segment?.kind !== 'control' || segment.sdt !== sdt) {
        segment = { ...controlSegment(sdt, run), from: text.length, to: text.length }
        segments.push(segment)
      }
      segment.results.push(el)
      if (!segment.placeholder) {
        segment.text += el.text
        text += el.text
        segment.to = text.length
      }
      continue
    }
    if (el.name === 'w:t') {
      const sdt = sdtCheckbox(el)
      let last = 0
      const chars = [...el.text]
      let index = 0
      for (const ch of chars) {
        if (EMPTY_GLYPHS.has(ch) || CHECKED_GLYPHS.has(ch)) {
          if (index > last) push({ kind: 'text', el, text: el.text.slice(last, index), offset: last, run }, el.text.slice(last, index))
          push({ kind: 'checkbox', box: sdt ? 'sdt' : 'glyph', el, index, checked: CHECKED_GLYPHS.has(ch), run, sdt }, BOX)
          last = index + ch.length
        }
        index += ch.length
      }
      if (el.text.length > last) push({ kind: 'text', el, text: el.text.slice(last), offset: last, run }, el.text.slice(last))
    } else if (el.name === 'w:tab' && run.name === 'w:r') {
      push({ kind: 'tab', el, run }, '\t')
    } else if ((el.name === 'w:br' || el.name === 'w:cr') && run.name === 'w:r') {
      push({ kind: 'break', el, run }, '\n')
    } else if (el.name === 'w:sym') {
      const code = (el.attributes['w:char'] ?? '').toUpperCase().padStart(4, '0').replace(/^00/, 'F0')
      if (EMPTY_SYMS.has(code) || CHECKED_SYMS.has(code)) push({ kind: 'checkbox', box: 'sym', el, index: 0, checked: CHECKED_SYMS.has(code), run }, BOX)
    }
  }
  const pPr = child(p, 'w:pPr')
  const style = pPr && child(pPr, 'w:pStyle')?.attributes['w:val']
  const cell = ancestor(p, 'w:tc')
  return { el: p, text, segments, cell, style }
}

/** Every paragraph of the document body, in reading order (table cells included). */
export function readParagraphs(root: XmlElement): Paragraph[] {
  const out: Paragraph[] = []
  for (const el of descendants(root)) if (el.name === 'w:p') out.push(readParagraph(el))
  return out
}
