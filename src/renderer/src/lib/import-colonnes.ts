import type { ApercuImport } from '../../../shared/contract/import-liste'
import type { ChampImport, ColumnMapping } from '../../../shared/list-import/fields'

type Entete = ApercuImport['entetes'][number]

/**
 * Gives `colonne` to `champ` (undefined: the field is not imported). A column fills one field
 * only, so a field that had it loses it: `retire` names it, for the coordinator to be told.
 */
export function assignColumn(mapping: ColumnMapping, champ: ChampImport, colonne: number | undefined): { mapping: ColumnMapping; retire: ChampImport | null } {
  const next: ColumnMapping = { ...mapping }
  let retire: ChampImport | null = null
  if (colonne !== undefined) {
    for (const [other, i] of Object.entries(next) as [ChampImport, number | undefined][]) {
      if (other !== champ && i === colonne) {
        delete next[other]
        retire = other
      }
    }
    next[champ] = colonne
  } else {
    delete next[champ]
  }
  return { mapping: next, retire }
}

/** « C — Classe », « G — Responsable légal › Nom »: the letter Excel shows, then the header as read. */
export function columnOptionLabel(e: Entete): string {
  const libelle = e.libelle.trim() || '(sans titre)'
  const groupe = e.groupe.trim()
  return `${e.lettre} — ${groupe && groupe !== libelle ? `${groupe} › ${libelle}` : libelle}`
}
