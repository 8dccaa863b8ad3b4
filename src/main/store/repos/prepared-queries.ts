import type { Db } from '../open-database'

/**
 * A drizzle query built and prepared once per connection, then run with its placeholders'
 * values (`sql.placeholder`). The calls made on every write (the current year, the closed-year
 * check, the séance of a mark, the mark itself, the journal's line) otherwise rebuild their SQL
 * text and prepare a statement each time: a third of saving one mark.
 * The cache follows the connection (a restored or reopened base gets its own); SQLite re-prepares
 * a statement by itself if the schema changes under it.
 */
const queries = new WeakMap<Db, Map<string, unknown>>()

export function preparedQuery<Q>(db: Db, key: string, build: (db: Db) => Q): Q {
  let byKey = queries.get(db)
  if (!byKey) queries.set(db, (byKey = new Map()))
  let query = byKey.get(key) as Q | undefined
  if (query === undefined) byKey.set(key, (query = build(db)))
  return query
}
