// Caf de Lot-et-Garonne, « Bilan 2021/2022 »: one long column of labels, legacy Word check boxes
// after oui / non (each in its own paragraph, empty paragraphs between, as the form was laid
// out), literal dotted leaders (……) to write on, and a footer with the page number.
import { AlignmentType, Document, Footer, Paragraph } from 'docx'
import {
  FieldNames,
  M,
  docDefaults,
  flow,
  headingStyles,
  pageField,
  section,
  type FormModule,
  type LineStyle,
  type RunContext,
  type SourceLines,
} from '../parts.js'

const FONT = 'Arial'
const GREEN = '375623'

const HEADING1 = new Set([40, 106, 301, 501, 711, 783, 796])
const HEADING2 = new Set([41, 60, 107, 314, 468, 513, 678, 717, 768, 797])
const UNDERLINED = new Set([16, 31, 302, 503, 713])
const BOLD = new Set([7, 166, 225, 443])
const SPLITS = new Map<number, string>([
  [9, 'Nom, Prénom de la personne réf'],
  [43, 'Date de début de mise en œuvre du pro'],
  [598, 'Rencontre avec les parents autour d’une thé'],
])
/** The last line of the text is the footer's page number, not body text. */
const LAST_BODY_LINE = 820
const FOOTER_LINE = 821

function style(n: number, text: string): LineStyle | undefined {
  let line = text
  const split = SPLITS.get(n)
  if (split) line = line.replace(split, split + M.split)
  if (n === 1) return { style: 'Title', line }
  if (n === 2) return { style: 'Title', run: { size: 24 }, line }
  if (n === 3) return { alignment: AlignmentType.CENTER, run: { bold: true, color: 'C00000' }, line }
  if (n === 4 || n === 26 || n === 500) return { run: { italics: true, size: 18 }, line }
  if (HEADING1.has(n)) return { style: 'Heading1', line }
  if (HEADING2.has(n)) return { style: 'Heading2', line }
  if (UNDERLINED.has(n)) return { run: { bold: true, underline: {} }, line }
  if (BOLD.has(n)) return { run: { bold: true }, line }
  if (text.startsWith('\u00b7 ')) return { indent: { left: 567 }, line }
  // A label followed by its dotted leader: the label bold, the dots plain, in two runs.
  const label = /^([^…]+?:\s*)(?=[.…])/u.exec(line)
  if (label) return { line: `${M.bold}${label[1]}${M.bold}${line.slice(label[1].length)}` }
  // oui / non with their box, indented under the question.
  if (/^(oui|non) {2}FORMCHECKBOX $/.test(text)) return { indent: { left: 709 }, line }
  return { line }
}

function build(src: SourceLines): Document {
  const ctx: RunContext = { fields: new FieldNames(), unknownWords: ['prohet', 'bers', 'Clas'] }
  return new Document({
    creator: 'Caf de Lot-et-Garonne',
    lastModifiedBy: 'Caf de Lot-et-Garonne',
    title: 'Bilan Clas 2021/2022',
    revision: 9,
    styles: { ...docDefaults(FONT, 20), paragraphStyles: headingStyles(FONT, GREEN) },
    sections: [
      {
        properties: section,
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: pageField(src.at(FOOTER_LINE)) })],
          }),
        },
        children: [...flow(src, 1, LAST_BODY_LINE, ctx, style)],
      },
    ],
  })
}


export const caf4720212022: FormModule = {
  meta: {
    id: 'caf47-2021-2022',
    departement: '47',
    anneeScolaire: '2021-2022',
    titre: 'Bilan Clas 2021/2022 – Caf de Lot-et-Garonne',
    source:
      'Texte du formulaire de la Caf de Lot-et-Garonne « Contrat local d’accompagnement à la scolarité – Bilan 2021/2022 » (source.txt) ; le .docx d’origine n’était pas disponible, ce fichier en est une reconstitution.',
  },
  savedAt: '2022-03-15T08:00:00Z',
  build,
}
