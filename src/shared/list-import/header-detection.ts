import { cellText, type Grid } from './cell'
import { proposeColumns } from './column-proposals'

export interface HeaderGuess {
  /** Index of the header row in the grid (row `row + 1` of the sheet). */
  row: number
  /** The header of each column, as written. */
  labels: string[]
  /** The merged label above each column (« Responsable légal »), or ''. */
  groups: string[]
  /** How many fields the header row names: below 2 the guess is weak. */
  score: number
}

/** How far down a title block and a two-row header can reasonably go. */
const SCAN_ROWS = 25

/**
 * The row above a header is a group row (« Enfant » | « Responsable légal ») when it splits the
 * columns: several labels, or one label over some columns only. A title over the whole width, or
 * alone in the first cell, says nothing about any column and is ignored.
 */
function groupLabels(grid: Grid, row: number, labels: string[]): string[] {
  const width = labels.length
  const none = labels.map(() => '')
  if (row === 0) return none
  const above = Array.from({ length: width }, (_, c) => cellText(grid[row - 1]?.[c]))
  const distinct = new Set(above.filter((t) => t !== ''))
  const covered = above.filter((t) => t !== '').length
  const headerWidth = labels.filter((t) => t !== '').length
  const isGroupRow = distinct.size >= 2 || (distinct.size === 1 && covered >= 2 && covered < headerWidth)
  if (!isGroupRow) return none
  // A header merged over two rows shows the same text twice: it is no group.
  return above.map((t, c) => (t === labels[c] ? '' : t))
}

export function headerAt(grid: Grid, row: number): HeaderGuess {
  const width = Math.max(0, ...grid.slice(Math.max(0, row - 1), row + 1).map((r) => r?.length ?? 0))
  const labels = Array.from({ length: width }, (_, c) => cellText(grid[row]?.[c]))
  const groups = groupLabels(grid, row, labels)
  return { row, labels, groups, score: Object.keys(proposeColumns(labels, groups)).length }
}

/**
 * The header is the row, among the first ones, whose cells name the most known fields: title
 * rows and blank rows above it name none. Ties go to the upper row.
 */
export function detectHeader(grid: Grid): HeaderGuess {
  let best: HeaderGuess | null = null
  for (let r = 0; r < Math.min(grid.length, SCAN_ROWS); r++) {
    const guess = headerAt(grid, r)
    if (!best || guess.score > best.score) best = guess
  }
  if (best && best.score > 0) return best
  const first = grid.findIndex((r) => r.some((v) => cellText(v) !== ''))
  return headerAt(grid, Math.max(0, first))
}
