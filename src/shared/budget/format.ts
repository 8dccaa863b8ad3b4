const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/** 123450 → « 1 234,50 € » (non-breaking spaces, as Intl writes French amounts). */
export const formatCentimes = (centimes: number): string => euros.format(centimes / 100)
