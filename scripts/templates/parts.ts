// Shared building blocks for the four bilan templates.
//
// The templates stand in for official Word forms whose .docx we do not have, only their text.
// Every piece here writes a structure a real Word form carries (legacy form fields, Wingdings
// boxes, dot-leader tab stops, proofing marks, bookmarks) and nothing that exists only for the
// filler: no placeholder, no hidden tag.
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  ImportedXmlComponent,
  LeaderType,
  Packer,
  Paragraph,
  ShadingType,
  SymbolRun,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx'
import JSZip from 'jszip'

/** A4 with 2 cm margins: the usual CAF page; the text width is where right tab stops sit. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin // 9638

/**
 * Markers a form module may put into a source line before it becomes runs. They are private-use
 * characters: they never reach the document, they only tell `runs()` where a Wingdings box
 * stands, where the bold / underline toggles and where Word split a run.
 */
export const M = {
  box: '\uE000',
  bold: '\uE001',
  underline: '\uE002',
  split: '\uE003',
} as const

/** Numbering of legacy fields, per document, so that names are unique like Word's. */
export class FieldNames {
  private checkbox: number
  constructor(firstCheckbox = 1) {
    this.checkbox = firstCheckbox
  }
  nextCheckbox(): string {
    return `CaseACocher${this.checkbox++}`
  }
}

const xml = (s: string): ParagraphChild => ImportedXmlComponent.fromXmlString(s) as unknown as ParagraphChild

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The four runs of a legacy Word check box (FORMCHECKBOX), unchecked. */
export function legacyCheckbox(name: string, rPr = ''): ParagraphChild[] {
  return [
    xml(
      `<w:r>${rPr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="${name}"/><w:enabled/>` +
        `<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>`,
    ),
    xml(`<w:r>${rPr}<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>`),
    xml(`<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>`),
    xml(`<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`),
  ]
}

/**
 * A legacy text form field (FORMTEXT) showing Word's default five en spaces. Word names it and
 * wraps it in a bookmark of that name; a field pasted from elsewhere keeps neither.
 */
export function legacyTextField(name?: string): ParagraphChild[] {
  const nameXml = name ? `<w:name w:val="${name}"/>` : ''
  const runs = [
    xml(
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData>${nameXml}<w:enabled/><w:calcOnExit w:val="0"/>` +
        `<w:textInput/></w:ffData></w:fldChar></w:r>`,
    ),
    xml(`<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>`),
    xml(`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`),
    // A TextRun, not imported XML: the XML parser drops a text made only of spaces.
    new TextRun({ text: '\u2002'.repeat(5), noProof: true }),
    xml(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
  ]
  return name ? [new Bookmark({ id: name, children: runs })] : runs
}

/** A PAGE field with the result Word last cached. */
export function pageField(cached: string): ParagraphChild[] {
  return [
    xml(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`),
    xml(`<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>`),
    xml(`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`),
    xml(`<w:r><w:rPr><w:noProof/></w:rPr><w:t>${esc(cached)}</w:t></w:r>`),
    xml(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
  ]
}

const proofErr = (type: 'spellStart' | 'spellEnd'): ParagraphChild => xml(`<w:proofErr w:type="${type}"/>`)

/** Word's Wingdings empty box (the "case à cocher" typed with Insertion > Symbole). */
export const wingdingsBox = (run: IRunOptions = {}): ParagraphChild =>
  new SymbolRun({ ...run, char: 'F0A8', symbolfont: 'Wingdings' })

/** The ☐ glyph, as Word inserts it from MS Gothic. */
export const ballotBox = (run: IRunOptions = {}): ParagraphChild =>
  new TextRun({ ...run, text: '\u2610', font: { ascii: 'MS Gothic', hAnsi: 'MS Gothic', eastAsia: 'MS Gothic' } })

export interface RunContext {
  fields: FieldNames
  /** Words Word's speller flags in this form: wrapped in spellStart / spellEnd. */
  unknownWords?: readonly string[]
  /** Run properties of legacy check boxes, raw (a form sets their size). */
  checkboxRPr?: string
}

/**
 * Turns one line of the form's text into runs: tabs become w:tab, ` FORMCHECKBOX ` and `|_|`
 * become legacy check boxes, ☐ a glyph in MS Gothic, five en spaces an unnamed FORMTEXT field,
 * and the markers of {@link M} boxes, bold, underline and run splits.
 */
export function runs(line: string, ctx: RunContext, base: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  // A toggle flips the state the line starts in, so a bold heading can end in plain text.
  let bold = base.bold
  let underline = base.underline !== undefined
  const style = (): IRunOptions => {
    const { underline: _u, ...rest } = base
    return { ...rest, ...(bold !== undefined ? { bold } : {}), ...(underline ? { underline: base.underline ?? {} } : {}) }
  }
  const pushText = (text: string): void => {
    if (!text) return
    for (const piece of splitUnknownWords(text, ctx.unknownWords ?? [])) {
      if (piece.flagged) out.push(proofErr('spellStart'), new TextRun({ ...style(), text: piece.text }), proofErr('spellEnd'))
      else out.push(new TextRun({ ...style(), text: piece.text }))
    }
  }
  const token = / FORMCHECKBOX |\|_\||\u2610|\u2002{5}|[\t\uE000-\uE003]/g
  let last = 0
  for (const m of line.matchAll(token)) {
    pushText(line.slice(last, m.index))
    last = m.index + m[0].length
    const t = m[0]
    if (t === '\t') out.push(new TextRun({ ...style(), children: [new Tab()] }))
    else if (t === ' FORMCHECKBOX ' || t === '|_|') out.push(...legacyCheckbox(ctx.fields.nextCheckbox(), ctx.checkboxRPr))
    else if (t === '\u2610') out.push(ballotBox(style()))
    else if (t.startsWith('\u2002')) out.push(...legacyTextField())
    else if (t === M.box) out.push(wingdingsBox(style()))
    else if (t === M.bold) bold = !bold
    else if (t === M.underline) underline = !underline
    // M.split: nothing to write, the next text simply starts a new run.
  }
  pushText(line.slice(last))
  return out
}

function splitUnknownWords(text: string, words: readonly string[]): { text: string; flagged: boolean }[] {
  if (words.length === 0) return [{ text, flagged: false }]
  const re = new RegExp(`(?<![\\p{L}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu')
  const pieces: { text: string; flagged: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), flagged: false })
    pieces.push({ text: m[0], flagged: true })
    last = m.index + m[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last), flagged: false })
  return pieces
}

export type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'> & { run?: IRunOptions }

/**
 * One paragraph from one line. A leading `[bookmark: X]` (how the text shows a bookmark) becomes
 * a bookmark X around the paragraph's content, or, for a Texte… form field, the named field.
 */
export function para(line: string, ctx: RunContext, opts: ParaOptions = {}): Paragraph {
  const { run, ...paragraph } = opts
  const bm = /^\[bookmark: ([^\]]+)\]/.exec(line)
  let children: ParagraphChild[]
  if (bm && /^Texte\d+$/.test(bm[1]) && line.slice(bm[0].length).startsWith('\u2002'.repeat(5))) {
    children = [...legacyTextField(bm[1]), ...runs(line.slice(bm[0].length + 5), ctx, run)]
  } else if (bm) {
    children = [new Bookmark({ id: bm[1], children: runs(line.slice(bm[0].length), ctx, run) })]
  } else {
    children = runs(line, ctx, run)
  }
  return new Paragraph({ ...paragraph, children })
}

export const emptyPara = (opts: ParaOptions = {}): Paragraph => {
  const { run: _run, ...paragraph } = opts
  return new Paragraph({ ...paragraph })
}

/** A right tab stop with a dot leader at the right margin: the form's "……" answer blank. */
export const dotLeaderTab = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }]
export { TabStopType, LeaderType, AlignmentType }

const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
export const tableBorders = {
  top: single,
  bottom: single,
  left: single,
  right: single,
  insideHorizontal: single,
  insideVertical: single,
}

export interface CellSpec {
  /** One line per paragraph of the cell (a cell always has at least one). */
  lines: string[]
  span?: number
  vMerge?: 'restart' | 'continue'
  shade?: string
  bold?: boolean
  align?: (typeof AlignmentType)[keyof typeof AlignmentType]
}

export interface TableSpec {
  widths: number[]
  rows: { cells: CellSpec[]; header?: boolean; height?: number }[]
  run?: IRunOptions
}

/** A bordered Word table of fixed layout, header rows repeated on each page. */
export function table(spec: TableSpec, ctx: RunContext): Table {
  return new Table({
    width: { size: spec.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: spec.widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    rows: spec.rows.map((row) => {
      let col = 0
      return new TableRow({
        tableHeader: row.header,
        cantSplit: true,
        height: row.height ? { value: row.height, rule: 'atLeast' } : undefined,
        children: row.cells.map((cell) => {
          const span = cell.span ?? 1
          const width = spec.widths.slice(col, col + span).reduce((a, b) => a + b, 0)
          col += span
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            verticalMerge:
              cell.vMerge === 'restart' ? VerticalMergeType.RESTART : cell.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
            shading: cell.shade ? { fill: cell.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
            children: (cell.lines.length ? cell.lines : ['']).map((l) =>
              l === ''
                ? emptyPara({ alignment: cell.align })
                : para(l, ctx, { alignment: cell.align, run: { ...spec.run, ...(cell.bold ? { bold: true } : {}) } }),
            ),
          })
        }),
      })
    }),
  })
}

/** The lines of a form's text, numbered from 1 as an editor shows them. */
export class SourceLines {
  readonly lines: string[]
  constructor(text: string) {
    this.lines = text.split('\n')
  }
  at(n: number): string {
    const l = this.lines[n - 1]
    if (l === undefined) throw new RangeError(`line ${n} is past the end`)
    return l
  }
  /** Lines from..to inclusive, with their numbers. */
  range(from: number, to: number): { n: number; text: string }[] {
    const out = []
    for (let n = from; n <= to; n++) out.push({ n, text: this.at(n) })
    return out
  }
  /** A cell's lines as the text shows them: the first without its leading tab. */
  cell(from: number, to = from): string[] {
    return this.range(from, to).map(({ n, text }) => (n === from ? text.replace(/^\t/, '') : text))
  }
}

export interface Meta {
  id: string
  departement: '01' | '47' | null
  anneeScolaire: string
  titre: string
  source: string
}

export interface FormModule {
  meta: Meta
  /** When the form was last saved by its author, as far as its year tells: the fixed dates. */
  savedAt: string
  build(source: SourceLines): Document
}

/**
 * Packs the document so that the same input gives the same bytes: fixed core-property dates,
 * relationship ids renumbered (docx draws some at random) and zip entries dated to the form.
 */
export async function packDeterministic(doc: Document, savedAt: string): Promise<Buffer> {
  const raw = await Packer.toBuffer(doc)
  const zip = await JSZip.loadAsync(raw)
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
  const texts = new Map<string, string>()
  for (const n of names) texts.set(n, await zip.files[n].async('string'))

  // Random relationship ids (lower-case nanoid) become rIdR1, rIdR2… in order of appearance.
  const renamed = new Map<string, string>()
  for (const n of names.filter((x) => x.endsWith('.rels')).sort()) {
    for (const m of texts.get(n)!.matchAll(/Id="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(m[1]) && !renamed.has(m[1])) renamed.set(m[1], `rIdR${renamed.size + 1}`)
    }
  }
  const out = new JSZip()
  const date = new Date(savedAt)
  const ordered = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml').sort()]
  for (const n of ordered) {
    let t = texts.get(n)!
    for (const [from, to] of renamed) t = t.split(`"${from}"`).join(`"${to}"`)
    if (n === 'word/document.xml') t = renumberBookmarks(t)
    if (n === 'docProps/core.xml') {
      t = t.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${savedAt}$2`)
    }
    out.file(n, t, { date, createFolders: false })
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' })
}

/**
 * docx numbers bookmarks with a counter shared by every document of the process; Word numbers
 * them from 0 in each file. Renumbering keeps a form's bytes independent of what else was built.
 */
function renumberBookmarks(documentXml: string): string {
  const ids = new Map<string, number>()
  return documentXml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_, pre: string, id: string, post: string) => {
    if (!ids.has(id)) ids.set(id, ids.size)
    return `${pre}${ids.get(id)}${post}`
  })
}

export const docDefaults = (font: string, sizeHalfPoints: number) => ({
  default: {
    document: { run: { font, size: sizeHalfPoints }, paragraph: { spacing: { after: 0, line: 240 } } },
  },
})

export const section = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
  },
}

export type LineStyle = ParaOptions & { /** The line as written, with markers of {@link M}. */ line?: string }

/**
 * Paragraphs for lines from..to: a blank line is an empty paragraph (the answer space a
 * coordinator writes in), any other line one paragraph styled by `style`.
 */
export function flow(
  src: SourceLines,
  from: number,
  to: number,
  ctx: RunContext,
  style: (n: number, text: string) => LineStyle | undefined = () => undefined,
): Paragraph[] {
  return src.range(from, to).map(({ n, text }) => {
    const { line, ...opts } = style(n, text) ?? {}
    const written = line ?? text
    return written === '' ? emptyPara(opts) : para(written, ctx, opts)
  })
}

/** Heading-like paragraph styles a form author would have set up (Word's built-in ids). */
export function headingStyles(font: string, color: string) {
  return [
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font, size: 32, bold: true, color },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
    },
    {
      id: 'Heading1',
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font, size: 24, bold: true, color },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 60 }, outlineLevel: 0 },
    },
    {
      id: 'Heading2',
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font, size: 22, bold: true, color },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 120, after: 40 }, outlineLevel: 1 },
    },
  ]
}
