import type Database from 'better-sqlite3'

/** The rows of one table as they were before a change, to put back as they were. */
export interface RowImage {
  table: string
  rows: Record<string, unknown>[]
}

interface ForeignKey {
  table: string
  from: string
  to: string | null
  on_delete: string
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

function tableNames(sqlite: Database.Database): string[] {
  return (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'").all() as { name: string }[]).map((r) => r.name)
}

function primaryKey(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; pk: number }[])
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name)
}

/** Tables whose rows SQLite itself changes when rows of `parent` are deleted (CASCADE, SET NULL). */
function dependents(sqlite: Database.Database, parent: string): { child: string; column: string; parentColumn: string }[] {
  const found: { child: string; column: string; parentColumn: string }[] = []
  for (const child of tableNames(sqlite)) {
    for (const fk of sqlite.prepare(`PRAGMA foreign_key_list(${quote(child)})`).all() as ForeignKey[]) {
      if (fk.table !== parent || !/^(CASCADE|SET NULL|SET DEFAULT)$/i.test(fk.on_delete)) continue
      found.push({ child, column: fk.from, parentColumn: fk.to ?? primaryKey(sqlite, parent)[0] })
    }
  }
  return found
}

/**
 * Images of the rows of `table` matching `where`, and of every row the database would change
 * with them through ON DELETE actions, parents first: what it takes to undo their deletion.
 * `where` is an SQL condition on `table` written by the service, never from user input; values
 * go in `params`.
 */
export function captureRows(sqlite: Database.Database, table: string, where: string, params: unknown[] = []): RowImage[] {
  const images: RowImage[] = []
  const visit = (name: string, condition: string, depth: number) => {
    if (depth > 8) throw new Error(`captureRows: foreign keys nest too deep from ${table}`)
    const rows = sqlite.prepare(`SELECT * FROM ${quote(name)} WHERE ${condition}`).all(...params) as Record<string, unknown>[]
    if (rows.length === 0) return
    images.push({ table: name, rows })
    for (const d of dependents(sqlite, name)) {
      visit(d.child, `${quote(d.column)} IN (SELECT ${quote(d.parentColumn)} FROM ${quote(name)} WHERE ${condition})`, depth + 1)
    }
  }
  visit(table, where, 0)
  return images
}

/**
 * Puts the rows back as they were, in the order captured (parents first): a deleted row is
 * inserted again, a row changed since (a reference set to null) gets its old values back.
 */
export function restoreRows(sqlite: Database.Database, images: RowImage[]): void {
  for (const image of images) {
    const pk = primaryKey(sqlite, image.table)
    for (const row of image.rows) {
      const columns = Object.keys(row)
      const others = columns.filter((c) => !pk.includes(c))
      const conflict = pk.length === 0
        ? ''
        : others.length === 0
          ? ` ON CONFLICT(${pk.map(quote).join(', ')}) DO NOTHING`
          : ` ON CONFLICT(${pk.map(quote).join(', ')}) DO UPDATE SET ${others.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
      sqlite
        .prepare(`INSERT INTO ${quote(image.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${conflict}`)
        .run(...columns.map((c) => row[c]))
    }
  }
}
