// Caf de l'Ain, « Bilan CLAS 2025/2026 »: a cover page, framed boxes, legacy Word form fields
// (two check boxes, the Texte237 text field) and five tables: trainings (merged header cells),
// children per school level (level groups spanning their classes), territorial synthesis, and
// the two bonus tables answered Oui / Non.
import { AlignmentType, Document, ExternalHyperlink, Paragraph, TextRun } from 'docx'
import {
  FieldNames,
  M,
  docDefaults,
  emptyPara,
  flow,
  headingStyles,
  section,
  table,
  type CellSpec,
  type FormModule,
  type LineStyle,
  type RunContext,
  type SourceLines,
  type TableSpec,
} from '../parts.js'

const FONT = 'Arial'
const BLUE = '2E74B5'
const SHADE = 'DEEAF6'

const HEADING1 = new Set([46, 224, 285, 337, 362])
const HEADING2 = new Set([48, 68, 134, 188])
const BOLD = new Set([13, 16, 30, 184])
const SPLITS = new Map<number, string>([
  [62, 'pouvez-vous en expli'],
  [259, 'Quelles actions avez-vous dével'],
  [344, 'S’il existe des é'],
])

function style(n: number, text: string): LineStyle | undefined {
  let line = text
  const split = SPLITS.get(n)
  if (split) line = line.replace(split, split + M.split)
  if (n === 4 || n === 5) return { style: 'Title', line }
  if (n === 8) return { style: 'Title', run: { size: 28 }, line }
  if (HEADING1.has(n)) return { style: 'Heading1', line }
  if (HEADING2.has(n)) return { style: 'Heading2', line }
  if (BOLD.has(n)) return { run: { bold: true }, line }
  if (n === 23 || n === 29) return { alignment: AlignmentType.CENTER, run: { italics: true }, line }
  return { line }
}

/** The cell's title line bold, the reminder under it plain, as one cell. */
const boldFirst = ([first, ...rest]: string[]): string[] => [`${M.bold}${first}`, ...rest]

const empty = (): CellSpec => ({ lines: [''] })
const head = (lines: string[], extra: Partial<CellSpec> = {}): CellSpec => ({
  lines,
  shade: SHADE,
  bold: true,
  align: AlignmentType.CENTER,
  ...extra,
})

function tables(src: SourceLines) {
  const box = (n: number, shade?: string): TableSpec => ({
    widths: [9638],
    rows: [{ height: 567, cells: [{ lines: src.cell(n), bold: true, shade }] }],
  })
  const formations: TableSpec = {
    widths: [1928, 2551, 1304, 1247, 1361, 1247],
    run: { size: 18 },
    rows: [
      {
        header: true,
        cells: [
          head(src.cell(73, 74), { vMerge: 'restart' }),
          head(src.cell(75), { vMerge: 'restart' }),
          head(src.cell(76), { vMerge: 'restart' }),
          head(src.cell(77), { span: 3 }),
        ],
      },
      {
        header: true,
        cells: [
          head([''], { vMerge: 'continue' }),
          head([''], { vMerge: 'continue' }),
          head([''], { vMerge: 'continue' }),
          head(src.cell(82)),
          head(src.cell(83)),
          head(src.cell(84)),
        ],
      },
      // Each row's first cell holds two paragraphs: the height of a line to write on.
      ...[86, 94, 102, 110].map((n) => ({ cells: [{ lines: src.cell(n, n + 1) }, empty(), empty(), empty(), empty(), empty()] })),
    ],
  }
  const groups: [number, number][] = [
    [139, 5],
    [140, 4],
    [141, 3],
    [142, 1],
    [143, 1],
  ]
  const niveaux: TableSpec = {
    widths: [...Array(12).fill(660), 720, 998],
    run: { size: 18 },
    rows: [
      { header: true, cells: groups.map(([n, span]) => head(src.cell(n), { span })) },
      { height: 397, cells: groups.map(([, span]) => ({ lines: [''], span })) },
      { cells: src.range(151, 164).map(({ n }) => head(src.cell(n), { shade: undefined })) },
      { height: 397, cells: Array.from({ length: 14 }, empty) },
    ],
  }
  const synthese: TableSpec = {
    widths: [4819, 4819],
    run: { size: 18 },
    rows: [
      { header: true, cells: [head(src.cell(190, 191)), head(src.cell(192))] },
      ...Array.from({ length: 8 }, () => ({ height: 680, cells: [empty(), empty()] })),
    ],
  }
  const bonus = (headRow: CellSpec[], rows: CellSpec[][]): TableSpec => ({
    widths: [2268, 5670, 1700],
    run: { size: 18 },
    rows: [{ header: true, cells: headRow }, ...rows.map((cells) => ({ height: 567, cells }))],
  })
  const question = (n: number): CellSpec => ({ lines: src.cell(n) })
  const critere = (lines: string[], vMerge?: 'restart' | 'continue'): CellSpec => ({
    lines,
    vMerge,
    bold: true,
    align: AlignmentType.CENTER,
  })
  const bonusEnfants = bonus(
    [head(src.cell(228)), { lines: boldFirst(src.cell(229, 234)), shade: SHADE }, head(src.cell(235, 237))],
    [
      [critere(src.cell(239)), question(240), empty()],
      [critere(src.cell(243), 'restart'), question(244), empty()],
      [critere([''], 'continue'), question(248), empty()],
      [critere([''], 'continue'), question(252), empty()],
    ],
  )
  const bonusParents = bonus(
    [head(src.cell(289)), { lines: boldFirst(src.cell(290, 294)), shade: SHADE }, head(src.cell(295, 297))],
    [
      [critere(src.cell(299, 301)), question(302), empty()],
      [critere(src.cell(305), 'restart'), question(306), empty()],
      [critere([''], 'continue'), question(310), empty()],
    ],
  )
  return { box, formations, niveaux, synthese, bonusEnfants, bonusParents }
}

function build(src: SourceLines): Document {
  const ctx: RunContext = { fields: new FieldNames(), unknownWords: ['Clas', 'clas', 'lequels', 'Etp'] }
  const t = tables(src)
  const mail = new ExternalHyperlink({
    link: `mailto:${src.at(26)}`,
    children: [new TextRun({ text: src.at(26), style: 'Hyperlink', bold: true })],
  })
  return new Document({
    creator: 'Caf de l’Ain',
    lastModifiedBy: 'Caf de l’Ain',
    title: 'Bilan CLAS 2025/2026',
    revision: 12,
    styles: {
      ...docDefaults(FONT, 20),
      paragraphStyles: headingStyles(FONT, BLUE),
      characterStyles: [
        { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: {} } },
      ],
    },
    sections: [
      {
        properties: section,
        children: [
          ...flow(src, 1, 25, ctx, style),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [mail] }),
          ...flow(src, 27, 34, ctx, style),
          table(t.box(35, SHADE), ctx),
          // The blank line after a table's last row closes the row; the next are paragraphs.
          ...flow(src, 37, 39, ctx),
          table(t.box(40), ctx),
          ...flow(src, 42, 72, ctx, style),
          table(t.formations, ctx),
          ...flow(src, 118, 138, ctx, style),
          table(t.niveaux, ctx),
          ...flow(src, 181, 189, ctx, style),
          table(t.synthese, ctx),
          ...flow(src, 218, 227, ctx, style),
          table(t.bonusEnfants, ctx),
          ...flow(src, 255, 288, ctx, style),
          table(t.bonusParents, ctx),
          ...flow(src, 313, 369, ctx, style),
          emptyPara(),
        ],
      },
    ],
  })
}

export const caf0120252026: FormModule = {
  meta: {
    id: 'caf01-2025-2026',
    departement: '01',
    anneeScolaire: '2025-2026',
    titre: 'Bilan CLAS 2025/2026 – Caf de l’Ain',
    source:
      'Texte du formulaire de la Caf de l’Ain « Bilan CLAS 2025/2026 » (source.txt) ; le .docx d’origine n’était pas disponible, ce fichier en est une reconstitution.',
  },
  savedAt: '2025-06-16T08:00:00Z',
  build,
}
