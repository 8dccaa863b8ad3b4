const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/**
 * 123450 → « 1 234,50 € », with no-break spaces. Intl groups thousands with a narrow no-break
 * space (U+202F) that the PDF's Roboto lacks (it printed as a box): a plain no-break space instead.
 */
export const formatCentimes = (centimes: number): string => euros.format(centimes / 100).replace(/\u202f/g, '\u00a0')
