import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { COMPTE_RENDU_COLUMNS, compteRenduRows, type CompteRenduRow } from '../../shared/budget/compte-rendu'
import type { BudgetCalcule } from '../../shared/budget/compute'
import { formatCentimes } from '../../shared/budget/format'
import type { RegisterHeading } from '../../shared/registers/heading'
import { createPdf } from '../registers/pdf-fonts'

const GREY = '#e8eef5'
const pourcentage = (x: number | null) => (x === null ? '' : `${x.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`)

function cells(r: CompteRenduRow): TableCell[] {
  const bold = r.kind !== 'ligne'
  if (r.kind === 'section') return [{ text: r.intitule, bold, fillColor: GREY, colSpan: 5 }, '', '', '', '']
  const amount = (c: number | null) => (r.kind === 'pourcentage' ? pourcentage(c) : c === null ? '' : formatCentimes(c))
  return [
    { text: r.intitule, bold },
    ...[r.previsionnel, r.realise, r.ecart].map((c): TableCell => ({ text: amount(c), alignment: 'right', bold })),
    { text: pourcentage(r.ecartPourcentage), alignment: 'right', bold },
  ]
}

export function compteRenduPdfDefinition(calcul: BudgetCalcule, heading: RegisterHeading): TDocumentDefinitions {
  const body: TableCell[][] = [COMPTE_RENDU_COLUMNS.map((t): TableCell => ({ text: t, bold: true, fillColor: GREY })), ...compteRenduRows(calcul).map(cells)]
  return {
    pageSize: 'A4',
    pageMargins: [36, 40, 36, 40],
    info: { title: `Compte rendu financier ${heading.anneeScolaire}` },
    content: [
      { text: `Compte rendu financier de l'action Clas — ${heading.anneeScolaire}`, fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
      { text: `Association : ${heading.association} — Projet : ${heading.projet}`, margin: [0, 0, 0, 2] },
      { text: `Édité le ${formatDateCourteFr(heading.editeLe)}`, fontSize: 9, margin: [0, 0, 0, 10] },
      { table: { headerRows: 1, widths: ['*', 70, 70, 70, 48], body, dontBreakRows: true }, layout: 'lightHorizontalLines', fontSize: 9 },
      {
        text: 'Les contributions volontaires en nature (bénévolat) sont valorisées à part : elles ne comptent ni dans les totaux ni dans la part de la Caf.',
        fontSize: 8, italics: true, margin: [0, 8, 0, 0],
      },
    ],
  }
}

export function compteRenduPdf(calcul: BudgetCalcule, heading: RegisterHeading): Promise<Buffer> {
  return createPdf(compteRenduPdfDefinition(calcul, heading)).getBuffer()
}
