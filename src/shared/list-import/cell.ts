/** One cell as the file readers hand it over: what exceljs or a CSV line gives, reduced to plain values. */
export type CellValue = string | number | boolean | Date | null

/** A sheet, row after row; `grid[i]` is row `i + 1` of the file as its user sees it. */
export type Grid = CellValue[][]

const pad = (n: number) => String(n).padStart(2, '0')

/** What a person reads in the cell; dates (stored by exceljs as UTC midnight) as JJ/MM/AAAA. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return ''
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`
  }
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  return String(value).replace(/\s+/g, ' ').trim()
}

/** `0` → `A`, `27` → `AB`: how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export const isBlankRow = (row: readonly CellValue[] | undefined): boolean => !row || row.every((v) => cellText(v) === '')
