// « Bilan des projets Clas 2024-2025 »: the national bilan of the year before, sent by several
// Caf. A title, an identification table (label | empty cell), a banner table, then numbered
// questions each followed by empty paragraphs to write in.
import { AlignmentType, Document } from 'docx'
import {
  FieldNames,
  M,
  docDefaults,
  emptyPara,
  flow,
  headingStyles,
  para,
  section,
  table,
  type FormModule,
  type LineStyle,
  type RunContext,
  type SourceLines,
} from '../parts.js'

const FONT = 'Arial'
const BLUE = '1F3864'

function style(n: number, text: string): LineStyle | undefined {
  if (n === 31) {
    // Word kept the question in the heading paragraph, only the title part is bold.
    const cut = text.indexOf(' : ')
    return { style: 'Heading1', line: `${text.slice(0, cut)}${M.bold}${text.slice(cut)}`, run: { bold: true } }
  }
  if (n === 50) {
    const cut = text.indexOf(' - organisation')
    return { style: 'Heading1', line: `${text.slice(0, cut)}${M.bold}${text.slice(cut)}`, run: { bold: true } }
  }
  if (/^\d- /.test(text)) return { style: 'Heading1' }
  if (/^\*Bonus /.test(text)) return { run: { bold: true, underline: {} }, spacing: { before: 120 } }
  if (/^(Expliquer|Préciser)\u00a0?:/.test(text)) return { run: { italics: true } }
  if (n === 39 || n === 41) return { indent: { left: 284 } }
  return undefined
}

function build(src: SourceLines): Document {
  const ctx: RunContext = { fields: new FieldNames(), unknownWords: ['copil'] }
  const identification = table(
    {
      widths: [3402, 6236],
      run: { size: 20 },
      rows: [
        {
          header: true,
          cells: [{ lines: src.cell(4), span: 2, shade: 'D9E2F3', bold: true, align: AlignmentType.CENTER }],
        },
        ...[6, 9, 12, 15, 18, 21].map((n) => ({
          height: 454,
          cells: [{ lines: src.cell(n), bold: true }, { lines: src.cell(n + 1) }],
        })),
      ],
    },
    ctx,
  )
  const description = table(
    {
      widths: [8618, 1020],
      rows: [{ cells: [{ lines: src.cell(26), shade: 'D9E2F3', bold: true }, { lines: src.cell(27), shade: 'D9E2F3' }] }],
    },
    ctx,
  )
  return new Document({
    creator: 'Cnaf',
    lastModifiedBy: 'Cnaf',
    title: 'Bilan des projets Clas 2024-2025',
    revision: 4,
    styles: { ...docDefaults(FONT, 20), paragraphStyles: headingStyles(FONT, BLUE) },
    sections: [
      {
        properties: section,
        children: [
          para(src.at(1), ctx, { style: 'Title' }),
          ...flow(src, 2, 3, ctx),
          identification,
          // Line 23 closes the table's last row; 24-25 are the paragraphs between the tables.
          ...flow(src, 24, 25, ctx),
          description,
          ...flow(src, 29, 287, ctx, style),
          emptyPara(),
        ],
      },
    ],
  })
}

export const bilan20242025: FormModule = {
  meta: {
    id: 'bilan-2024-2025',
    departement: null,
    anneeScolaire: '2024-2025',
    titre: 'Bilan des projets Clas 2024-2025',
    source:
      'Texte du formulaire officiel « Bilan des projets Clas 2024-2025 » (source.txt) ; le .docx d’origine n’était pas disponible, ce fichier en est une reconstitution.',
  },
  savedAt: '2025-05-15T08:00:00Z',
  build,
}
