import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import type { CellValue, Grid } from '../../shared/list-import/cell'
import { MAX_COLUMNS, MAX_ROWS } from '../../shared/list-import/limits'
import { inflateZipSafely, type ZipRefusal } from '../zip/inflate-zip-safely'
import { loadWorkbook, UNREADABLE_XLSX } from './load-workbook'
import { ListFileError } from './list-file-error'


/**
 * A cell reduced to what it shows: a formula gives its last computed result, a rich text or a
 * hyperlink its text, a merged cell its master's value, an error (#N/A) nothing.
 */
function plainValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value
  const { ValueType } = loadExcelJS()
  switch (cell.type) {
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
      return v as number | string | boolean
    case ValueType.Date:
      return v as Date
    case ValueType.Merge:
      return cell.master === cell ? null : plainValue(cell.master)
    case ValueType.Formula: {
      const result = (v as ExcelJS.CellFormulaValue).result
      if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return null
      return result
    }
    case ValueType.RichText:
    case ValueType.Hyperlink:
    case ValueType.SharedString:
      return cell.text
    default:
      return null
  }
}

/** The sheet the list is on: the first visible one holding something, else the first holding something. */
function listSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const filled = workbook.worksheets.filter((s) => s.actualRowCount > 0)
  return filled.find((s) => s.state === 'visible' || s.state === undefined) ?? filled[0]
}

/** A list of children inflates to a few megabytes at most; an archive past this is no such list. */
const XLSX_LIMITS = {
  maxInflated: 60 * 1024 * 1024, maxEntries: 500, fichier: 'Le fichier Excel', nature: "une liste d'enfants", origine: "d'Excel",
  refuse: (message: string, reason: ZipRefusal): never => {
    throw new ListFileError(reason === 'damaged' ? UNREADABLE_XLSX : `${message} Rien n'a été importé.`)
  },
}

/** Checked before exceljs sees it: a bomb would otherwise fill the reading thread's memory and leave the app waiting for its time limit. */
const refuseBomb = (bytes: Uint8Array) => inflateZipSafely(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), XLSX_LIMITS, () => false)

/** exceljs reads in its worker while this thread answers other calls. */
export async function readXlsx(bytes: Uint8Array): Promise<{ grid: Grid; feuille: string }> {
  refuseBomb(bytes)
  return gridOf(await loadWorkbook(bytes))
}

function gridOf(workbook: ExcelJS.Workbook): { grid: Grid; feuille: string } {
  const sheet = listSheet(workbook)
  if (!sheet) throw new ListFileError("Ce classeur Excel ne contient aucune feuille remplie : rien n'a été importé.")
  if (sheet.rowCount > MAX_ROWS) throw new ListFileError(`La feuille « ${sheet.name} » compte ${sheet.rowCount} lignes : une liste d'enfants en a moins de ${MAX_ROWS}. Copiez la liste seule dans un nouveau fichier.`)
  const width = Math.min(sheet.columnCount, MAX_COLUMNS)
  const grid: Grid = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    grid[number - 1] = Array.from({ length: width }, (_, c) => plainValue(row.getCell(c + 1)))
  })
  for (let i = 0; i < grid.length; i++) grid[i] ??= []
  return { grid, feuille: sheet.name }
}
