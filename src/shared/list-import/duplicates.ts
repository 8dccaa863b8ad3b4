import { fold } from '../text/fold'

/** A child already known: in the database (`enfantId`) or on an earlier row of the file (`ligne`). */
export type KnownChild = { nom: string; prenom: string; dateNaissance?: string } & ({ enfantId: string } | { ligne: number })

/** Names compared case, accents and punctuation aside: « N'DIAYE Inès » is « Ndiaye Ines ». */
export const nameKey = (nom: string, prenom: string): string => `${fold(nom).replace(/ /g, '')}|${fold(prenom).replace(/ /g, '')}`

/**
 * Finds children already known. Same name and same birth date is the same child; when one of the
 * two has no birth date, the same name is enough: creating a second child then would be worse
 * than asking the coordinator to add the date by hand.
 */
export class DuplicateFinder {
  private readonly byName = new Map<string, KnownChild[]>()

  constructor(known: Iterable<KnownChild> = []) {
    for (const k of known) this.remember(k)
  }

  find(child: { nom: string; prenom: string; dateNaissance?: string }): KnownChild | null {
    const candidates = this.byName.get(nameKey(child.nom, child.prenom)) ?? []
    return (
      candidates.find((k) => k.dateNaissance !== undefined && k.dateNaissance === child.dateNaissance) ??
      candidates.find((k) => k.dateNaissance === undefined || child.dateNaissance === undefined) ??
      null
    )
  }

  remember(child: KnownChild): void {
    const key = nameKey(child.nom, child.prenom)
    const list = this.byName.get(key)
    if (list) list.push(child)
    else this.byName.set(key, [child])
  }
}
