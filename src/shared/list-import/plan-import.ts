import { cellText, isBlankRow, type Grid } from './cell'
import { checkRow, type EnfantLu, type RowContext } from './check-row'
import { DuplicateFinder } from './duplicates'
import { familyKey, findExistingFamily, type FamilleLue } from './family-grouping'
import type { ColumnMapping } from './fields'
import { findSchool, schoolKey, schoolType } from './match-school'

export type StatutLigne = 'ok' | 'erreur' | 'doublon'

export interface LigneImport {
  /** Row number in the sheet, as the coordinator sees it in Excel. */
  numero: number
  statut: StatutLigne
  raisons: string[]
  avertissements: string[]
  enfant: EnfantLu
  /** For a doublon: the child already recorded, or the earlier row of the file. */
  doublonDe?: { enfantId: string } | { ligne: number }
  /** For an `ok` row: the family it joins, by index in `ImportPlan.familles`. */
  famille?: number
  /** For an `ok` row: its school, an existing one or one to create (index in `ImportPlan.etablissements`). */
  etablissementId?: string
  etablissementNouveau?: number
}

export interface FamillePrevue {
  famille: FamilleLue
  /** The family already in the database that the rows join; absent: to create. */
  existanteId?: string
  lignes: number[]
}

export interface EtablissementPrevu {
  nom: string
  type: 'ecole' | 'college' | 'lycee'
  lignes: number[]
}

export interface ImportPlan {
  lignes: LigneImport[]
  familles: FamillePrevue[]
  etablissements: EtablissementPrevu[]
}

export interface ImportContext extends RowContext {
  enfants: readonly { id: string; nom: string; prenom: string; dateNaissance?: string }[]
  familles: readonly { id: string; nom: string; telephone?: string; email?: string }[]
  etablissements: readonly { id: string; nom: string }[]
}

/** Fills what the first row of a family left empty with what a later row of the same family gives. */
function mergeFamille(into: FamilleLue, from: FamilleLue): void {
  Object.assign(into, { ...from, ...into })
}

/**
 * Checks every data row below the header and decides what an import would do: which rows are
 * created, which are in error (with why), which are children already known, which families and
 * schools are created or joined. Writes nothing: the caller applies the plan, or shows it.
 */
export function planImport(grid: Grid, headerRow: number, mapping: ColumnMapping, ctx: ImportContext): ImportPlan {
  const headers = (grid[headerRow] ?? []).map((v) => cellText(v))
  const mapped = Object.values(mapping)
  const finder = new DuplicateFinder(ctx.enfants.map((e) => ({ nom: e.nom, prenom: e.prenom, dateNaissance: e.dateNaissance, enfantId: e.id })))
  const plan: ImportPlan = { lignes: [], familles: [], etablissements: [] }
  const familyIndex = new Map<string, number>()
  const schoolIndex = new Map<string, number>()

  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? []
    const cells = mapped.map((i) => row[i] ?? null)
    if (isBlankRow(cells)) continue
    // A header repeated further down (lists printed page by page and pasted back) is no child.
    if (mapped.every((i) => cellText(row[i] ?? null) === (headers[i] ?? ''))) continue
    const numero = r + 1
    const { enfant, raisons, avertissements } = checkRow(row, mapping, headers, numero, ctx)
    const ligne: LigneImport = { numero, statut: 'ok', raisons, avertissements, enfant }
    plan.lignes.push(ligne)
    if (raisons.length) {
      ligne.statut = 'erreur'
      continue
    }
    const known = finder.find(enfant)
    if (known) {
      ligne.statut = 'doublon'
      ligne.doublonDe = 'ligne' in known ? { ligne: known.ligne } : { enfantId: known.enfantId }
      const how = known.dateNaissance && enfant.dateNaissance ? 'même nom, même date de naissance' : 'même nom, date de naissance absente'
      raisons.push('ligne' in known ? `Ligne ${numero} : même enfant que la ligne ${known.ligne} (${how}), pas créé deux fois` : `Ligne ${numero} : enfant déjà enregistré dans l'application (${how}), pas créé à nouveau`)
      continue
    }
    finder.remember({ nom: enfant.nom, prenom: enfant.prenom, dateNaissance: enfant.dateNaissance, ligne: numero })

    if (enfant.famille) ligne.famille = placeFamily(plan, familyIndex, enfant.famille, numero, ctx)
    if (enfant.etablissement) {
      const existing = findSchool(enfant.etablissement, ctx.etablissements)
      if (existing) ligne.etablissementId = existing.id
      else {
        const key = schoolKey(enfant.etablissement)
        let i = schoolIndex.get(key)
        if (i === undefined) {
          i = plan.etablissements.push({ nom: enfant.etablissement, type: schoolType(enfant.etablissement, enfant.niveau), lignes: [] }) - 1
          schoolIndex.set(key, i)
        }
        plan.etablissements[i].lignes.push(numero)
        ligne.etablissementNouveau = i
      }
    }
  }
  return plan
}

function placeFamily(plan: ImportPlan, index: Map<string, number>, famille: FamilleLue, numero: number, ctx: ImportContext): number {
  const key = familyKey(famille)
  let i = key === null ? undefined : index.get(key)
  if (i === undefined) {
    const existing = findExistingFamily(famille, ctx.familles)
    i = plan.familles.push({ famille: { ...famille }, ...(existing ? { existanteId: existing.id } : {}), lignes: [] }) - 1
    if (key !== null) index.set(key, i)
  } else mergeFamille(plan.familles[i].famille, famille)
  plan.familles[i].lignes.push(numero)
  return i
}
