import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { RegisterHeading } from '../../shared/registers/heading'
import { createPdf } from '../registers/pdf-fonts'
import type { AideLigne } from './aide-saisie-rows'

const GREY = '#e8eef5'
// Roboto has no narrow no-break space: French thousands are printed with a plain no-break space.
const printable = (s: string) => s.replace(/\u202f/g, '\u00a0')

export function aideSaisiePdfDefinition(lines: AideLigne[], heading: RegisterHeading, asOf: string): TDocumentDefinitions {
  const body: TableCell[][] = [[{ text: 'Chiffre', bold: true, fillColor: GREY }, { text: 'Valeur à saisir', bold: true, fillColor: GREY }]]
  for (const line of lines) {
    if (line.kind === 'rubrique') body.push([{ text: line.titre, bold: true, fillColor: GREY, colSpan: 2, margin: [0, 4, 0, 0] }, ''])
    else body.push([printable(line.libelle), { text: printable(line.valeur + (line.note ? ` (${line.note})` : '')), bold: true }])
  }
  return {
    pageSize: 'A4',
    pageMargins: [36, 40, 36, 40],
    info: { title: `Aide à la saisie ${heading.anneeScolaire}`, author: heading.association, creator: 'Clas' },
    footer: (page: number, pages: number) => ({ text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8, margin: [36, 12, 36, 0], color: '#555555' }),
    content: [
      { text: `Aide à la saisie du bilan ${heading.anneeScolaire} (ESPADA, AFAS)`, fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
      { text: `Association : ${heading.association} — Projet : ${heading.projet}`, margin: [0, 0, 0, 2] },
      { text: `Chiffres au ${formatDateCourteFr(asOf)} (séances tenues jusqu'à ce jour) ; édité le ${formatDateCourteFr(heading.editeLe)}.`, fontSize: 9, margin: [0, 0, 0, 10] },
      { table: { headerRows: 1, widths: ['*', 130], body, dontBreakRows: true }, layout: 'lightHorizontalLines', fontSize: 9 },
    ],
  }
}

export function aideSaisiePdf(...args: Parameters<typeof aideSaisiePdfDefinition>): Promise<Buffer> {
  return createPdf(aideSaisiePdfDefinition(...args)).getBuffer()
}
