import { ApiError } from '../../shared/contract/errors'
import { readAnneeByLibelle, readAnneeLibelles, readCurrentAnnee, type AnneeRow } from '../store/repos/association'
import { anneeOfRow, existingIds, type IdTable, type YearTable } from '../store/repos/references'
import type { ServiceContext } from './context'

/**
 * The school year the calls work on (the current one, or the one the context names); calls
 * that need one fail clearly before the setup is done.
 */
export function requireAnnee(ctx: ServiceContext): AnneeRow {
  if (ctx.annee !== undefined) {
    const chosen = readAnneeByLibelle(ctx.db, ctx.annee)
    if (chosen) return chosen
    const held = readAnneeLibelles(ctx.db)
    throw new ApiError({
      code: 'not_found', field: 'annee',
      message: `Aucune année scolaire ${ctx.annee} dans cette base${held.length ? ` (années présentes : ${held.join(', ')})` : ''}.`,
    })
  }
  const annee = readCurrentAnnee(ctx.db)
  if (!annee) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée : renseignez-la d'abord (première utilisation)." })
  return annee
}

/** A reference to check: the JSON path of the field and the id it holds. */
export type Ref = [field: string, value: string | undefined]

/** `('intervenantIds', ['a','b'])` → `[['intervenantIds[0]','a'], ['intervenantIds[1]','b']]` */
export const listRefs = (field: string, ids: string[] | undefined): Ref[] => (ids ?? []).map((v, i) => [`${field}[${i}]`, v])

/** The nouns `requireExisting` is given that are feminine: « aucune famille », « aucun lieu ». */
const FEMININE = new Set(['famille', 'séance', 'formation', 'action', 'concertation'])

/** Fails with a French message naming the field when a referenced row does not exist. */
export function requireExisting(ctx: ServiceContext, table: IdTable, refs: Ref[], what: string): void {
  const wanted = [...new Set(refs.map(([, v]) => v).filter((v): v is string => v !== undefined))]
  if (wanted.length === 0) return
  const found = existingIds(ctx.db, table, wanted)
  const missing = refs.find(([, v]) => v !== undefined && !found.has(v))
  if (missing) throw new ApiError({ code: 'validation', field: missing[0], message: `${missing[0]} : « ${missing[1]} » ne correspond à ${FEMININE.has(what) ? 'aucune' : 'aucun'} ${what}` })
}

/** The row, or a "not found" error naming what was looked for. */
export function requireRow<T>(row: T | undefined | null, what: string): T {
  if (row === undefined || row === null) throw new ApiError({ code: 'not_found', message: `${what} introuvable : il a peut-être été supprimé.` })
  return row
}

/**
 * A save naming an existing row of another school year is refused: the screens show only the
 * current year, so such an id comes from a stale page or a hand-made call. `what` reads
 * « cette action », « cette formation »…
 */
export function requireNotOtherYear(ctx: ServiceContext, table: YearTable, id: string | undefined, annee: AnneeRow, what: string): void {
  if (!id) return
  const owner = anneeOfRow(ctx.db, table, id)
  if (owner !== undefined && owner !== annee.id) throw new ApiError({ code: 'conflict', field: 'id', message: `id : ${what} appartient à une autre année scolaire que ${annee.libelle}` })
}
