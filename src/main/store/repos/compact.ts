/**
 * Drops null and undefined members: a column left NULL is an optional field absent from the
 * exchange document, so that what was imported is exported exactly as it came.
 */
export function compact<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v
  return out as { [K in keyof T]: Exclude<T[K], null> }
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = map.get(k)
    if (list) list.push(r)
    else map.set(k, [r])
  }
  return map
}

/** Splits an insert so that one statement stays far below SQLite's bound-parameter limit. */
export function chunks<T>(rows: T[], size = 400): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}
