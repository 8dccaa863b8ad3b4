// « Bilan Clas 2025-2026 » with the TNE (Territoire numérique éducatif) parent bonus: a national
// form of labels with dotted tab blanks, Wingdings boxes after oui / non, ☐ glyphs in two
// places, the collectif 1-14 table and the TNE workshops table.
import { AlignmentType, Document, LevelFormat } from 'docx'
import {
  FieldNames,
  M,
  TabStopType,
  LeaderType,
  TEXT_WIDTH,
  docDefaults,
  dotLeaderTab,
  emptyPara,
  flow,
  headingStyles,
  section,
  table,
  type FormModule,
  type LineStyle,
  type RunContext,
  type SourceLines,
} from '../parts.js'

const FONT = 'Calibri'
const BLUE = '1F4E79'
const BULLETS = 'objectifs'

const BULLET_LINES = new Set([62, 63, 64, 65, 66, 78, 79, 80, 81, 82, 89, 90, 91, 92])
const HEADING1 = new Set([29, 182])
const HEADING2 = new Set([54, 61, 77, 88, 115, 129, 144])
const OPTION_LINES = new Set([119, 120, 121, 133, 134, 136])
const ITALIC_NOTES = new Set([25, 96, 100, 186, 199, 204])
const BOLD_LABELS = new Set([20, 94, 118, 132, 151, 156, 168])
/** Lines Word split in two runs after an edit (where, after the split text). */
const SPLITS = new Map<number, string>([
  [13, 'Coordinateur / Réf'],
  [16, 'Intitulé du pro'],
  [147, 'Référent de l’'],
])

/** Wingdings boxes after each oui / non (OUI / NON) an answer is ticked on. */
const boxAfterYesNo = (line: string): string => line.replace(/(?<!\p{L})(oui|non|OUI|NON) /gu, `$1 ${M.box}`)

function style(n: number, text: string): LineStyle | undefined {
  let line = text
  const split = SPLITS.get(n)
  if (split) line = line.replace(split, split + M.split)
  if (HEADING1.has(n)) return { style: 'Heading1', line }
  if (HEADING2.has(n)) return { style: 'Heading2', line }
  if (BULLET_LINES.has(n)) return { numbering: { reference: BULLETS, level: 0 }, line }
  if (OPTION_LINES.has(n)) {
    // The option's box stands where the text shows the line's leading space.
    return { indent: { left: 709 }, line: line.replace(/^(\t?) /, `$1${M.box} `) }
  }
  if (n === 135) return { indent: { left: 1134 } }
  if (n === 18) return { line: line.replace(/\t\t(PRIMAIRE|COLLEGE|LYCEE)/g, `\t${M.box}\t$1`), run: { bold: true } }
  if (n === 210) {
    return {
      line,
      tabStops: [
        { type: TabStopType.RIGHT, position: 6237, leader: LeaderType.DOT },
        { type: TabStopType.LEFT, position: 6350 },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
      ],
      spacing: { before: 120, after: 60 },
    }
  }
  if (n === 211) {
    return { tabStops: [{ type: TabStopType.RIGHT, position: 3969, leader: LeaderType.DOT }, { type: TabStopType.LEFT, position: 4082 }], spacing: { after: 60 } }
  }
  if (n === 212) {
    return {
      tabStops: [
        { type: TabStopType.RIGHT, position: 4536, leader: LeaderType.DOT },
        { type: TabStopType.LEFT, position: 4649 },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
      ],
      spacing: { after: 120 },
    }
  }
  if (n === 213) return { tabStops: [{ type: TabStopType.LEFT, position: 6350 }], run: { bold: true } }
  if (n === 216) return { run: { size: 16, italics: true } }
  if (ITALIC_NOTES.has(n)) return { run: { italics: true, size: 18 }, line }
  if (BOLD_LABELS.has(n)) return { run: { bold: true }, line }
  if (!text.includes('\u2610') && /(?<!\p{L})(oui|non|OUI|NON) /u.test(text)) {
    return { line: boxAfterYesNo(line), ...(n >= 21 && n <= 24 ? { run: { bold: true }, indent: { left: 284 } } : {}) }
  }
  // A label ending on a tab, or a line of tabs alone, is a dotted blank to the right margin;
  // lines 205-208 are bare tabs before the signature.
  if ((n < 205 || n > 208) && /(^|:\s*)\t+\s*$/.test(text)) return { tabStops: dotLeaderTab, line }
  return split ? { line } : undefined
}

function build(src: SourceLines): Document {
  const ctx: RunContext = { fields: new FieldNames(), unknownWords: ['Clas', 'Pronote'] }
  const collectifs = table(
    {
      widths: [1474, 1701, 1587, 1701, 1587, 1588],
      run: { size: 18 },
      rows: [
        {
          header: true,
          cells: src
            .at(32)
            // The header's "semaine" cell ends on a tab typed in the cell; keep it there.
            .split(/\t(?!\t)/)
            .map((l) => ({ lines: [l], shade: 'DEEAF6', bold: true, align: AlignmentType.CENTER })),
        },
        ...Array.from({ length: 14 }, (_, i) => ({
          height: 340,
          // The text runs « collectif 12 » and « collectif 13 » on one line: an artefact of
          // the extraction, the form has 14 rows alike.
          cells: [{ lines: [`collectif ${i + 1}`] }, ...Array.from({ length: 5 }, () => ({ lines: [''] }))],
        })),
      ],
    },
    ctx,
  )
  const ateliers = table(
    {
      widths: [2381, 1417, 1871, 1871, 2098],
      run: { size: 18 },
      rows: [
        { header: true, cells: src.at(159).split('\t').map((l) => ({ lines: [l], shade: 'DEEAF6', bold: true, align: AlignmentType.CENTER })) },
        ...src.range(160, 165).map(({ text }) => ({ height: 397, cells: text.split('\t').map((l) => ({ lines: [l] })) })),
      ],
    },
    ctx,
  )
  return new Document({
    creator: 'Caf',
    lastModifiedBy: 'Caf',
    title: 'Bilan Clas 2025-2026',
    revision: 7,
    styles: { ...docDefaults(FONT, 20), paragraphStyles: headingStyles(FONT, BLUE) },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\uF0B7',
              alignment: AlignmentType.LEFT,
              style: { run: { font: 'Symbol' }, paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: section,
        children: [
          ...flow(src, 1, 31, ctx, style),
          collectifs,
          ...flow(src, 46, 158, ctx, style),
          ateliers,
          ...flow(src, 166, 216, ctx, style),
          emptyPara(),
        ],
      },
    ],
  })
}

export const bonusTne20252026: FormModule = {
  meta: {
    id: 'bonus-tne-2025-2026',
    departement: null,
    anneeScolaire: '2025-2026',
    titre: 'Bilan Clas 2025-2026 (bonus parentalité numérique TNE)',
    source:
      'Texte du formulaire officiel « Bilan Clas 2025-2026 – bonus TNE » (source.txt) ; le .docx d’origine n’était pas disponible, ce fichier en est une reconstitution.',
  },
  savedAt: '2025-06-02T08:00:00Z',
  build,
}
