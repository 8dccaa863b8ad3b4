import { fixedKey, groupeKey, type Groupe } from '../figures/groupes'
import { readHeader, type Header } from './category-headers'
import { isAnswerInstruction, isCrossedOut } from './label-cues'
import type { Lignes } from './mapping-schema'
import type { BlankInfo, Proposal } from './propose'

/** A cell read from its row heading and column headings. */
interface ReadCell {
  blank: BlankInfo
  /** null: a heading could not be read (or two headings contradict each other). */
  groupe: Groupe | null
  /** The heading it could not read, to say so. */
  illisible: string | null
  /** Its row heading, or one of its column headings, is a total. */
  rowTotal: boolean
  colTotal: boolean
  /** Its row heading, or a column heading, names children (a band, a sex, levels, a quartier) or a total. */
  rowCategorical: boolean
  colCategorical: boolean
  /** The heading it could not read is its row's, or a column's. */
  rowIllisible: boolean
  colIllisible: boolean
}

function merge(into: Groupe, g: Groupe): boolean {
  for (const [k, v] of Object.entries(g) as [keyof Groupe, Groupe[keyof Groupe]][]) {
    if (into[k] !== undefined && JSON.stringify(into[k]) !== JSON.stringify(v)) return false
    ;(into as Record<string, unknown>)[k] = v
  }
  return true
}

/** Column headings every cell of a table shares: the table's title, not a column (« Nombre par tranche d'âge et par sexe »). */
function titleLevels(cells: BlankInfo[]): Set<string> {
  const levels = cells.map((c) => new Set((c.colonne ?? '').split(' › ').filter(Boolean)))
  if (levels.length < 2) return new Set()
  return new Set([...levels[0]].filter((l) => levels.every((s) => s.has(l))))
}

function readCell(blank: BlankInfo, titles: Set<string>, quartiers: readonly string[]): ReadCell {
  const columns = (blank.colonne ?? '').split(' › ').filter((l) => l && !titles.has(l) && !isAnswerInstruction(l))
  const read = (text: string): Header => readHeader(text, quartiers)
  const out: ReadCell = { blank, groupe: {}, illisible: null, rowTotal: false, colTotal: false, rowCategorical: false, colCategorical: false, rowIllisible: false, colIllisible: false }
  const take = (text: string, h: Header, axis: 'row' | 'col') => {
    const unread = () => {
      out.illisible ??= text
      if (axis === 'row') out.rowIllisible = true
      else out.colIllisible = true
    }
    if (h.kind === 'illisible') return unread()
    if (h.kind === 'vide') return
    if (axis === 'row') out.rowCategorical = true
    else out.colCategorical = true
    if (h.kind === 'total') {
      if (axis === 'row') out.rowTotal = true
      else out.colTotal = true
    } else if (out.groupe && !merge(out.groupe, h.groupe)) unread()
  }
  if (blank.ligne) take(blank.ligne, read(blank.ligne), 'row')
  for (const c of columns) take(c, read(c), 'col')
  if (out.illisible !== null) out.groupe = null
  return out
}

const keyOf = (g: Groupe) => fixedKey(g) ?? groupeKey(g)
const refines = (cell: Groupe, total: Groupe) => Object.entries(total).every(([k, v]) => JSON.stringify(cell[k as keyof Groupe]) === JSON.stringify(v))

/**
 * The tables whose headings draw groups of children (issue 17): each cell gets the children of
 * its row × its column (« Saragosse » × « 11-16 ans › F »), a total the sum it checks, and a cell
 * with a heading that cannot be read nothing, « à vérifier ». A table is taken over only when a
 * group of it has no figure of the fixed list (an age band of its own, levels grouped, a quartier):
 * tables the fixed figures already fill keep their proposals.
 */
export function categoryProposals(blanks: readonly BlankInfo[], lignes: readonly Lignes[], quartiers: readonly string[] = []): Proposal[] {
  const byTable = new Map<number, BlankInfo[]>()
  for (const b of blanks) if (b.kind === 'cellule' && b.table !== undefined) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b])
  const out: Proposal[] = []
  for (const [table, cells] of byTable) {
    if (lignes.some((l) => l.tableau === table)) continue
    const titles = titleLevels(cells)
    const all = cells.filter((b) => !(b.colonne ?? '').split(' › ').some(isCrossedOut)).map((b) => readCell(b, titles, quartiers))
    // A cell belongs to the grid by a heading that names children, or by a heading it cannot read
    // where the headings beside it (its row's cells' columns, its column's cells' rows) name children.
    const read = all.filter((c) => c.rowCategorical || c.colCategorical ||
      (c.colIllisible && all.some((o) => o.blank.row === c.blank.row && o.colCategorical)) ||
      (c.rowIllisible && all.some((o) => o.blank.col === c.blank.col && o.rowCategorical)))
    const groups = read.filter((c) => c.groupe !== null && Object.keys(c.groupe).length > 0)
    if (groups.length < 2 || !groups.some((c) => fixedKey(c.groupe!) === null)) continue
    for (const cell of read) {
      const { blank } = cell
      if (cell.groupe === null) {
        out.push({ blank: blank.key, label: blank.label, valeur: { ignorer: true }, score: 0, aVerifier: true, note: `en-tête « ${cell.illisible} » non reconnu : rien n’est écrit dans cette case` })
        continue
      }
      const proposal: Proposal = { blank: blank.key, label: blank.label, valeur: { chiffre: keyOf(cell.groupe) }, score: 1 }
      if (cell.colTotal || cell.rowTotal) {
        const summed = read.filter((c) => c !== cell && c.groupe !== null && refines(c.groupe, cell.groupe!) && (cell.colTotal
          ? c.blank.row === blank.row && !c.colTotal
          : c.blank.col === blank.col && !c.rowTotal))
        if (summed.length > 0) proposal.somme = summed.map((c) => c.blank.key)
      }
      out.push(proposal)
    }
  }
  return out
}
