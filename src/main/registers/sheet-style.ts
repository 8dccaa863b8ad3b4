import type ExcelJS from 'exceljs'

/** Thin borders all round: a register printed on paper needs its grid. */
export const GRID: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
}
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }
/** Days a child was not enrolled: greyed, so that a blank there is not read as a missing mark. */
export const NOT_ENROLLED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
export const PERCENT = '0%'

/** Title lines at the top of a sheet, each merged over `width` columns. Returns the next free row. */
export function titleRows(sheet: ExcelJS.Worksheet, width: number, title: string, lines: string[]): number {
  const put = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, Math.max(width, 1))
    const cell = sheet.getCell(row, 1)
    cell.value = text
    cell.font = font
    cell.alignment = { vertical: 'middle', horizontal: 'left' }
  }
  put(1, title, { bold: true, size: 14 })
  sheet.getRow(1).height = 22
  lines.forEach((line, i) => put(i + 2, line, { size: 11 }))
  return lines.length + 3
}

/** The column headings of a table: bold, shaded, boxed, wrapped and centred. */
export function styleHeaderRow(row: ExcelJS.Row, height: number): void {
  row.height = height
  row.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = HEADER_FILL
    cell.border = GRID
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  })
}

/** A4 landscape, as wide as the page, header row repeated on each page, page numbers in the footer. */
export function printSetup(sheet: ExcelJS.Worksheet, headerRow: number, footerLeft: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
  }
  // `&` starts a code in Excel's header/footer language: a literal one is doubled.
  sheet.headerFooter = { oddFooter: `&L${footerLeft.replace(/&/g, '&&')}&RPage &P / &N` }
}
