import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { NIVEAU_LABELS, type Niveau } from '../../shared/domain/lists'
import type { AttendanceSummary, AttendanceTotals } from '../../shared/registers/attendance-table'
import type { RegisterHeading } from '../../shared/registers/heading'
import { GRID, PERCENT, printSetup, styleHeaderRow, titleRows } from './sheet-style'

export const SUMMARY_TOTAL_HEADERS = ["Séances tenues pendant l'inscription", 'Présent', 'Absent', 'Excusé', 'Non saisi', 'Taux de présence'] as const
const totalsValues = (t: AttendanceTotals) => [t.seances, t.presents, t.absents, t.excuses, t.nonSaisis, t.taux]
const niveau = (code: string) => NIVEAU_LABELS[code as Niveau] ?? code

/** Where the header row is on both sheets, for whoever reads the file back. */
export const SUMMARY_HEADER_ROW = 6

function addSheet(wb: ExcelJS.Workbook, name: string, heading: RegisterHeading, au: string, subtitle: string, rows: (string | number | null)[][], overall: AttendanceTotals) {
  const headers = ['Nom', 'Prénom', 'Niveau', subtitle, ...SUMMARY_TOTAL_HEADERS]
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: SUMMARY_HEADER_ROW }] })
  titleRows(sheet, headers.length, `Assiduité de l'année ${heading.anneeScolaire} — ${name.toLowerCase()}`, [
    `Association : ${heading.association} — Projet : ${heading.projet}`,
    `Séances tenues jusqu'au ${formatDateCourteFr(au)} (les séances annulées ne comptent pas) ; taux = présences / séances tenues pendant l'inscription`,
    `Édité le ${formatDateCourteFr(heading.editeLe)}`,
  ])
  const header = sheet.getRow(SUMMARY_HEADER_ROW)
  header.values = headers
  styleHeaderRow(header, 46)
  const all = [...rows, ['Ensemble', '', '', '', ...totalsValues(overall)]]
  all.forEach((values, i) => {
    const row = sheet.getRow(SUMMARY_HEADER_ROW + 1 + i)
    row.values = values
    for (let c = 1; c <= headers.length; c++) {
      const cell = row.getCell(c)
      cell.border = GRID
      if (c >= 5) cell.alignment = { horizontal: 'center' }
    }
    row.getCell(headers.length).numFmt = PERCENT
    if (i === rows.length) row.font = { bold: true }
  })
  ;[20, 15, 9, 34, 18, 9, 9, 9, 10, 11].forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  printSetup(sheet, SUMMARY_HEADER_ROW, `${heading.association} — assiduité ${heading.anneeScolaire}`)
}

/**
 * The year's attendance per child: one sheet with all collectifs together, one with a row per
 * child and collectif (a child who changed collectif appears on two rows there).
 */
export function attendanceSummaryWorkbook(summary: AttendanceSummary, heading: RegisterHeading): ExcelJS.Workbook {
  const wb = new (loadExcelJS().Workbook)()
  wb.creator = 'Clas'
  wb.created = new Date(`${heading.editeLe}T12:00:00Z`)
  addSheet(
    wb, 'Par enfant', heading, summary.au, 'Collectif(s)',
    summary.enfants.map((e) => [e.enfant.nom, e.enfant.prenom, niveau(e.enfant.niveau), e.collectifs.join(', '), ...totalsValues(e.totals)]),
    summary.totals,
  )
  addSheet(
    wb, 'Par collectif', heading, summary.au, 'Collectif',
    summary.rows.map((r) => [r.enfant.nom, r.enfant.prenom, niveau(r.enfant.niveau), r.collectif.nom, ...totalsValues(r.totals)]),
    summary.totals,
  )
  return wb
}

export async function attendanceSummaryXlsx(summary: AttendanceSummary, heading: RegisterHeading): Promise<Buffer> {
  return Buffer.from(await attendanceSummaryWorkbook(summary, heading).xlsx.writeBuffer())
}
