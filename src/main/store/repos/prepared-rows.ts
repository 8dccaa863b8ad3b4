import type Database from 'better-sqlite3'
import { getTableColumns, getTableName } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from '../open-database'

/**
 * Rows written by one statement prepared once per connection and shape, instead of a query
 * built and prepared again for every row (what made an import of a large year take seconds).
 * Values are encoded as drizzle encodes them (booleans 0/1, JSON columns as text).
 */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

// Every connection of the app comes from drizzle(), which keeps its better-sqlite3 client.
const clientOf = (db: Db) => (db as unknown as { $client: Database.Database }).$client

function statement(db: Db, key: string, build: () => string): Database.Statement {
  const sqlite = clientOf(db)
  let byKey = statements.get(sqlite)
  if (!byKey) statements.set(sqlite, (byKey = new Map()))
  let st = byKey.get(key)
  if (!st) byKey.set(key, (st = sqlite.prepare(build())))
  return st
}

function encoded(table: SQLiteTable, values: Record<string, unknown>, keys: string[]): unknown[] {
  const columns = getTableColumns(table)
  return keys.map((k) => {
    const v = values[k]
    return v === null || v === undefined ? null : columns[k].mapToDriverValue(v)
  })
}

function columnNames(table: SQLiteTable, keys: string[]): string[] {
  const columns = getTableColumns(table)
  return keys.map((k) => {
    if (!columns[k]) throw new Error(`${getTableName(table)} has no column ${k}`)
    return `"${columns[k].name}"`
  })
}

/** INSERT … ON CONFLICT (id) DO UPDATE of every column given: creates or replaces a row by its id. */
export function upsertRow<T extends SQLiteTable>(db: Db, table: T, values: { id: string } & Record<string, unknown>): void {
  const keys = Object.keys(values)
  const st = statement(db, `upsert ${getTableName(table)} ${keys.join(',')}`, () => {
    const names = columnNames(table, keys)
    const updates = names.filter((n) => n !== '"id"').map((n) => `${n} = excluded.${n}`)
    return `INSERT INTO "${getTableName(table)}" (${names.join(', ')}) VALUES (${keys.map(() => '?').join(', ')}) ON CONFLICT ("id") DO UPDATE SET ${updates.join(', ')}`
  })
  st.run(encoded(table, values, keys))
}

/** Plain INSERT of each row (one statement per shape of row). */
export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const keys = Object.keys(row)
    const st = statement(db, `insert ${getTableName(table)} ${keys.join(',')}`, () =>
      `INSERT INTO "${getTableName(table)}" (${columnNames(table, keys).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`)
    st.run(encoded(table, row, keys))
  }
}

/** A statement of the repositories' own, prepared once per connection. */
export const preparedStatement = (db: Db, sql: string): Database.Statement => statement(db, sql, () => sql)
