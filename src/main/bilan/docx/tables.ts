import { child, descendants, type XmlElement } from './xml-tree'

export interface GridCell {
  el: XmlElement
  row: number
  /** First grid column it covers, and how many (w:gridSpan). */
  col: number
  span: number
  /** A continuation of a vertical merge: part of the cell above, never a place of its own. */
  continued: boolean
}

export interface Table {
  index: number
  el: XmlElement
  rows: { el: XmlElement; cells: GridCell[] }[]
}

/** Tables of the document in order (nested ones too), with their cells placed on the grid. */
export function readTables(root: XmlElement): Table[] {
  const tables: Table[] = []
  for (const el of descendants(root)) {
    if (el.name !== 'w:tbl') continue
    const rows = el.children.filter((r) => r.name === 'w:tr').map((tr, row) => ({ el: tr, cells: rowCells(tr, row) }))
    tables.push({ index: tables.length, el, rows })
  }
  return tables
}

/** The cells of one row placed on the table's grid (w:gridBefore, w:gridSpan, w:vMerge). */
export function rowCells(tr: XmlElement, row = 0): GridCell[] {
  let col = 0
  const cells: GridCell[] = []
  const trPr = child(tr, 'w:trPr')
  const before = trPr && child(trPr, 'w:gridBefore')
  if (before) col += Number(before.attributes['w:val'] ?? 0)
  for (const tc of tr.children.filter((c) => c.name === 'w:tc')) {
    const tcPr = child(tc, 'w:tcPr')
    const span = Number((tcPr && child(tcPr, 'w:gridSpan')?.attributes['w:val']) ?? 1) || 1
    const vMerge = tcPr && child(tcPr, 'w:vMerge')
    const continued = vMerge !== undefined && (vMerge.attributes['w:val'] ?? 'continue') !== 'restart'
    cells.push({ el: tc, row, col, span, continued })
    col += span
  }
  return cells
}

/** The cell of `table` covering grid column `col` in row `row`. */
export function cellAt(table: Table, row: number, col: number): GridCell | undefined {
  return table.rows[row]?.cells.find((c) => c.col <= col && col < c.col + c.span)
}
