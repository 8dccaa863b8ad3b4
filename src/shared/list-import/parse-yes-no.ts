import { cellText, type CellValue } from './cell'
import { fold } from '../text/fold'

const YES = new Set(['oui', 'o', 'x', 'yes', 'y', '1', 'vrai', 'true', 'qpv'])
const NO = new Set(['non', 'n', 'no', '0', 'faux', 'false', 'hors qpv'])

/** true for « oui », « x », « 1 »…, false for « non », « 0 »…, null when it says neither. */
export function parseOuiNon(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value
  const k = fold(cellText(value))
  if (YES.has(k)) return true
  if (NO.has(k)) return false
  return null
}
