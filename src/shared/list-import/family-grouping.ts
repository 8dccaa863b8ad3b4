import { fold } from '../text/fold'

/** A family as one row of the list describes it. */
export interface FamilleLue {
  nom: string
  telephone?: string
  email?: string
  adresse?: string
  quartier?: string
  quartierPrioritaire?: boolean
  langueParlee?: string
}

/**
 * Rows belong to the same family when they give the same family name (the responsable's, or the
 * child's surname when there is no responsable column) and the same contact: the same phone,
 * else the same e-mail, else the same address. A name alone never groups rows: two « Mme Diallo »
 * without a phone may be two families, and merging them would mix two households' data.
 * Returns null when the row cannot be grouped (its family stands alone).
 */
export function familyKey(f: FamilleLue): string | null {
  const nom = fold(f.nom)
  if (f.telephone) return `${nom}|tel:${f.telephone.replace(/\D/g, '')}`
  if (f.email) return `${nom}|mail:${f.email.trim().toLowerCase()}`
  if (f.adresse && fold(f.adresse) !== '') return `${nom}|adr:${fold(f.adresse)}`
  return null
}

/**
 * The family of the database this row describes, by the same rule; the database keeps no
 * address, so only the phone or the e-mail can find it there.
 */
export function findExistingFamily<F extends { id: string; nom: string; telephone?: string; email?: string }>(f: FamilleLue, existing: readonly F[]): F | null {
  const nom = fold(f.nom)
  const digits = f.telephone?.replace(/\D/g, '')
  const mail = f.email?.trim().toLowerCase()
  return (
    existing.find((e) => fold(e.nom) === nom && ((digits && e.telephone?.replace(/\D/g, '') === digits) || (mail && e.email?.trim().toLowerCase() === mail))) ?? null
  )
}
