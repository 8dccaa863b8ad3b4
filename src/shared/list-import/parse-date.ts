import { cellText, type CellValue } from './cell'
import { fold } from '../text/fold'

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, mar: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
}

const pad = (n: number) => String(n).padStart(2, '0')

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** Day 0 of Excel's serial dates, 1899-12-30, so that serial 1 falls on 1900-01-01 after Lotus's leap-day bug. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY = 86_400_000

/**
 * A date written the French way, as an ISO `AAAA-MM-JJ`, or null when it is not one. Accepts
 * exceljs's Dates (UTC midnight), Excel serial numbers, « 03/09/2015 », « 3/9/15 », « 03-09-2015 »,
 * « 03.09.2015 », « 2015-09-03 » and « 3 septembre 2015 ». A two-digit year is taken in the
 * century that does not put it after `pivotYear` (a child born « 15 » was born in 2015).
 */
export function parseDateFr(value: CellValue, pivotYear: number): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    return iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return null
    const d = new Date(EXCEL_EPOCH + Math.floor(value) * DAY)
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  const text = cellText(value)
  const year = (y: string) => {
    if (y.length === 4) return Number(y)
    const full = 2000 + Number(y)
    return full > pivotYear ? full - 100 : full
  }
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text)
  if (m) return iso(year(m[3]), Number(m[2]), Number(m[1]))
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})(?:er)? ([a-z]+) (\d{4}|\d{2})$/.exec(fold(text))
  if (m && MONTHS[m[2]] !== undefined) return iso(year(m[3]), MONTHS[m[2]], Number(m[1]))
  return null
}
