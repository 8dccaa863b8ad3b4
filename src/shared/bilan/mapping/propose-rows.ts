import { TABLE_LABELS } from '../figures/labels'
import type { RepeatedKey } from '../figures/types'
import type { Lignes } from './mapping-schema'
import type { BlankInfo } from './propose'
import { matchScore, type Vocabulary } from './similarity'
import { wording } from './wording'

/** A column heading is taken for a field of a repeated row from this score up. */
const COLUMN_THRESHOLD = 0.6
/** A table with a single such column is a list only if the heading is that sure. */
const LONE_COLUMN_THRESHOLD = 0.8

const NUMBERED_ROW = /^\s*(collectif|groupe|ligne)\s*\d+/i

/** A column heading (« Nombre de personnes formées › Salariés ») against a field's wordings: its own level or the whole. */
function headingScore(heading: string, wordings: readonly string[], vocabulary: Vocabulary): number {
  const levels = [heading, ...heading.split(' › ')].map((l) => wording(l))
  let best = 0
  for (const w of wordings.map((x) => wording(x))) {
    for (const l of levels) best = Math.max(best, l.normalized === w.normalized ? 1 : matchScore(l.words, w.words, vocabulary))
  }
  return best
}

interface ColumnMatch {
  field: string
  score: number
}

/** For one repeated table of the bilan, the best field of each column heading that fits one. */
function matchColumns(repete: RepeatedKey, columns: Map<number, string>, vocabulary: Vocabulary, leaveOut: (wording: string) => boolean): Map<number, ColumnMatch> {
  const out = new Map<number, ColumnMatch>()
  for (const [col, heading] of columns) {
    let top: ColumnMatch = { field: '', score: 0 }
    for (const c of TABLE_LABELS[repete].colonnes) {
      const s = headingScore(heading, [c.libelle, ...c.synonymes.filter((x) => !leaveOut(x))], vocabulary)
      if (s > top.score) top = { field: c.colonne, score: s }
    }
    if (top.score >= COLUMN_THRESHOLD) out.set(col, top)
  }
  // Two columns cannot fill the same field: the better one keeps it.
  const byField = new Map<string, [number, ColumnMatch]>()
  for (const [col, m] of out) {
    const taken = byField.get(m.field)
    if (!taken || m.score > taken[1].score) byField.set(m.field, [col, m])
  }
  return new Map(byField.values())
}

/**
 * Repeated rows: the columns of a table whose headings match the columns of one of the bilan's
 * tables (collectifs, trainings, places, schools) get a row rule instead of one binding per cell.
 * One table may hold two lists side by side (places on the left, schools on the right); a list
 * may have a single column when its heading is sure and it has several empty rows.
 */
export function proposeRows(blanks: readonly BlankInfo[], vocabulary: Vocabulary, leaveOut: (wording: string) => boolean = () => false): Lignes[] {
  const rules: Lignes[] = []
  const byTable = new Map<number, BlankInfo[]>()
  for (const b of blanks) if (b.kind === 'cellule' && b.table !== undefined) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b])
  for (const [table, cells] of byTable) {
    // Rows are repeated only if the rows are not each named on their left (« Bénévoles »), unless named « collectif 1 », « collectif 2 »…
    const rowsNamed = cells.filter((c) => c.ligne && !NUMBERED_ROW.test(c.ligne)).length
    if (rowsNamed >= cells.length / 2) continue
    const columns = new Map<number, string>()
    for (const c of cells) if (c.col !== undefined && c.colonne) columns.set(c.col, c.colonne)
    const rowsOf = (col: number) => cells.filter((c) => c.col === col).map((c) => c.row ?? 0)
    const remaining = new Map(columns)
    const found: { repete: RepeatedKey; matches: Map<number, ColumnMatch> }[] = []
    for (;;) {
      let best: { repete: RepeatedKey; matches: Map<number, ColumnMatch>; total: number } | null = null
      for (const repete of Object.keys(TABLE_LABELS) as RepeatedKey[]) {
        if (found.some((f) => f.repete === repete)) continue
        const matches = matchColumns(repete, remaining, vocabulary, leaveOut)
        const total = [...matches.values()].reduce((s, m) => s + m.score, 0)
        const [lone] = [...matches.entries()]
        const enough = matches.size >= 2 || (matches.size === 1 && lone[1].score >= LONE_COLUMN_THRESHOLD && new Set(rowsOf(lone[0])).size >= 2)
        if (enough && (!best || total > best.total)) best = { repete, matches, total }
      }
      if (!best) break
      found.push(best)
      for (const col of best.matches.keys()) remaining.delete(col)
    }
    const matched = found.reduce((n, f) => n + f.matches.size, 0)
    if (matched === 0 || matched < columns.size / 2) continue
    // One empty row under headings (« Salariés | Bénévoles | Volontaires »): categories, each its
    // own figure; a table filled row by row has room for several.
    if (new Set(cells.map((c) => c.row)).size === 1) continue
    const numbered = cells.some((c) => /^\s*(collectif|groupe)\s*\d+/i.test(c.ligne ?? ''))
    for (const { repete, matches } of found) {
      const rows = [...matches.keys()].flatMap(rowsOf)
      const colonnes = Object.fromEntries([...matches].sort(([a], [b]) => a - b).map(([col, m]) => [String(col), m.field]))
      rules.push({ tableau: table, repete, premiereLigne: Math.min(...rows), derniereLigne: Math.max(...rows), colonnes, debordement: numbered ? 'signaler' : 'ajouter' })
    }
  }
  return rules
}
