const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/** « 1 250,00 € » (the spaces do not break). */
export const formatEuros = (montant: number): string => euros.format(montant)

/** What an amount field shows for a stored amount: « 1250,50 », read back by `parseEuros`. */
export const montantSaisi = (montant: number): string => montant.toFixed(2).replace('.', ',')

/**
 * An amount as people type it on a French keyboard: « 12,50 », « 12.50 », « 1 250 », « 1.250,00 »,
 * « 40 € ». Null when it is not an amount in euros and cents (« 12,505 », « douze », « -3 »).
 */
export function parseEuros(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f€]/g, '')
  // A dot grouping thousands before a decimal comma: « 1.250,00 ».
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '')
  s = s.replace(',', '.')
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null
  return Math.round(Number(s) * 100) / 100
}
