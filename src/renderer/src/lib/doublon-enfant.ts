import { DuplicateFinder } from '../../../shared/list-import/duplicates'

interface Connu { id: string; prenom: string; nom: string; dateNaissance?: string }

/**
 * The child already recorded that a child typed by hand would duplicate, by the list import's
 * rule (same name and birth date, or same name with a date missing on either side); `memeDate`
 * tells which. Null while the name is incomplete, or when nobody matches.
 */
export function enfantDejaEnregistre<T extends Connu>(connus: T[], saisi: { prenom: string; nom: string; dateNaissance?: string }): { enfant: T; memeDate: boolean } | null {
  if (!saisi.prenom.trim() || !saisi.nom.trim()) return null
  const byId = new Map(connus.map((e) => [e.id, e]))
  const finder = new DuplicateFinder(connus.map((e) => ({ nom: e.nom, prenom: e.prenom, dateNaissance: e.dateNaissance, enfantId: e.id })))
  const found = finder.find({ nom: saisi.nom, prenom: saisi.prenom, dateNaissance: saisi.dateNaissance || undefined })
  const enfant = found && 'enfantId' in found ? byId.get(found.enfantId) : undefined
  return enfant ? { enfant, memeDate: !!enfant.dateNaissance && enfant.dateNaissance === saisi.dateNaissance } : null
}
