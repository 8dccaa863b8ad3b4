import { cellText, type CellValue } from './cell'

/**
 * A phone number written the French way, « 06 12 34 56 78 », or null when it is not one.
 * Accepts « 0612345678 », « 06.12.34.56.78 », « +33 6 12 34 56 78 », « 0033… » and the nine
 * digits left when a spreadsheet stored the number as a number and dropped its leading zero.
 * Other international numbers (+…) are kept with their digits only.
 */
export function normalizePhone(value: CellValue): string | null {
  const text = cellText(value)
  if (!/^[\d\s.+()/-]+$/.test(text)) return null
  let digits = text.replace(/\D/g, '')
  const international = text.trimStart().startsWith('+') || digits.startsWith('00')
  if (international) {
    digits = digits.replace(/^00/, '')
    if (!digits.startsWith('33')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null
    digits = '0' + digits.slice(2).replace(/^0/, '')
  }
  if (digits.length === 9 && /^[1-9]/.test(digits)) digits = '0' + digits
  if (!/^0[1-9]\d{8}$/.test(digits)) return null
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ')
}
