import type { Grid } from '../../shared/list-import/cell'

export type Separateur = ';' | ',' | '\t'

/** Splits CSV text into rows and fields (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
function parse(text: string, sep: Separateur): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === sep) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/**
 * French Excel writes `;` (the comma is the decimal mark), other tools `,`: the separator is the
 * one that cuts the most lines into the same number of columns (an address with a comma
 * does not make `,` win on a `;` file: its lines come out of unequal widths).
 */
export function detectSeparator(text: string): Separateur {
  const sample = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30).join('\n')
  let best: Separateur = ';'
  let bestScore = 0
  for (const sep of [';', ',', '\t'] as const) {
    const counts = new Map<number, number>()
    for (const r of parse(sample, sep)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1)
    for (const [width, lines] of counts) {
      const score = width > 1 ? lines * 1000 + width : 0
      if (score > bestScore) {
        best = sep
        bestScore = score
      }
    }
  }
  return best
}

export function readCsv(text: string): { grid: Grid; separateur: Separateur } {
  const separateur = detectSeparator(text)
  return { grid: parse(text, separateur), separateur }
}
