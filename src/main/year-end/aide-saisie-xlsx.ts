import { loadExcelJS } from '../heavy-libraries'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { RegisterHeading } from '../../shared/registers/heading'
import { GRID, HEADER_FILL, printSetup, styleHeaderRow, titleRows } from '../registers/sheet-style'
import { AIDE_SAISIE_COLUMNS, type AideLigne } from './aide-saisie-rows'

/** Where the column headings are, for whoever reads the file back. */
export const AIDE_SAISIE_HEADER_ROW = 5

/** Values are written as the text to type (« 0,33 », « 1 h 30 »): the sheet is read, not computed. */
export async function aideSaisieXlsx(lines: AideLigne[], heading: RegisterHeading, asOf: string): Promise<Buffer> {
  const wb = new (loadExcelJS().Workbook)()
  wb.creator = 'Clas'
  wb.created = new Date(`${heading.editeLe}T12:00:00Z`)
  const sheet = wb.addWorksheet('Aide à la saisie', { views: [{ state: 'frozen', ySplit: AIDE_SAISIE_HEADER_ROW }] })
  titleRows(sheet, AIDE_SAISIE_COLUMNS.length, `Aide à la saisie du bilan ${heading.anneeScolaire} (ESPADA, AFAS)`, [
    `Association : ${heading.association} — Projet : ${heading.projet}`,
    `Chiffres au ${formatDateCourteFr(asOf)} (séances tenues jusqu'à ce jour) ; édité le ${formatDateCourteFr(heading.editeLe)}`,
  ])
  const header = sheet.getRow(AIDE_SAISIE_HEADER_ROW)
  header.values = [...AIDE_SAISIE_COLUMNS]
  styleHeaderRow(header, 24)
  lines.forEach((line, i) => {
    const row = sheet.getRow(AIDE_SAISIE_HEADER_ROW + 1 + i)
    if (line.kind === 'rubrique') {
      row.values = [line.titre]
      sheet.mergeCells(row.number, 1, row.number, AIDE_SAISIE_COLUMNS.length)
      row.font = { bold: true }
      row.getCell(1).fill = HEADER_FILL
      return
    }
    row.values = [line.libelle, line.valeur, line.note, line.cle]
    for (let c = 1; c <= AIDE_SAISIE_COLUMNS.length; c++) row.getCell(c).border = GRID
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    row.getCell(4).font = { color: { argb: 'FF777777' }, size: 9 }
  })
  ;[70, 24, 18, 34].forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  printSetup(sheet, AIDE_SAISIE_HEADER_ROW, `${heading.association} — aide à la saisie ${heading.anneeScolaire}`)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
