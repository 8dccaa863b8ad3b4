import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { COMPTE_RENDU_COLUMNS, compteRenduRows } from '../../shared/budget/compte-rendu'
import type { BudgetCalcule } from '../../shared/budget/compute'
import type { RegisterHeading } from '../../shared/registers/heading'
import { GRID, HEADER_FILL, printSetup, styleHeaderRow, titleRows } from '../registers/sheet-style'

/** Where the column headings are, for whoever reads the file back. */
export const COMPTE_RENDU_HEADER_ROW = 5
const EUROS = '#,##0.00 "€"'
const PERCENT_2 = '0.00 "%"'

/** Amounts are written as numbers of euros, so that the association can go on computing in the sheet. */
export function compteRenduWorkbook(calcul: BudgetCalcule, heading: RegisterHeading): ExcelJS.Workbook {
  const wb = new (loadExcelJS().Workbook)()
  wb.creator = 'Clas'
  wb.created = new Date(`${heading.editeLe}T12:00:00Z`)
  const sheet = wb.addWorksheet('Compte rendu financier', { views: [{ state: 'frozen', ySplit: COMPTE_RENDU_HEADER_ROW }] })
  titleRows(sheet, COMPTE_RENDU_COLUMNS.length, `Compte rendu financier de l'action Clas — ${heading.anneeScolaire}`, [
    `Association : ${heading.association} — Projet : ${heading.projet}`,
    `Édité le ${formatDateCourteFr(heading.editeLe)} ; montants en euros`,
  ])
  const header = sheet.getRow(COMPTE_RENDU_HEADER_ROW)
  header.values = [...COMPTE_RENDU_COLUMNS]
  styleHeaderRow(header, 32)
  compteRenduRows(calcul).forEach((r, i) => {
    const row = sheet.getRow(COMPTE_RENDU_HEADER_ROW + 1 + i)
    const money = (c: number | null) => (c === null ? null : r.kind === 'pourcentage' ? c : c / 100)
    row.values = [r.intitule, money(r.previsionnel), money(r.realise), money(r.ecart), r.ecartPourcentage]
    for (let c = 1; c <= COMPTE_RENDU_COLUMNS.length; c++) {
      const cell = row.getCell(c)
      cell.border = GRID
      if (c >= 2 && c <= 4) cell.numFmt = r.kind === 'pourcentage' ? PERCENT_2 : EUROS
      if (c === 5) cell.numFmt = PERCENT_2
    }
    if (r.kind === 'section') {
      row.font = { bold: true }
      row.getCell(1).fill = HEADER_FILL
    }
    if (r.kind === 'total') row.font = { bold: true }
  })
  ;[58, 16, 16, 18, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  printSetup(sheet, COMPTE_RENDU_HEADER_ROW, `${heading.association} — compte rendu financier ${heading.anneeScolaire}`)
  return wb
}

export async function compteRenduXlsx(calcul: BudgetCalcule, heading: RegisterHeading): Promise<Buffer> {
  return Buffer.from(await compteRenduWorkbook(calcul, heading).xlsx.writeBuffer())
}
