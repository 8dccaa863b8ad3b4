import type Database from 'better-sqlite3'

/** The id of the base open on `sqlite` (see schema/identite.ts); null for a file without one. */
export function readBaseId(sqlite: Database.Database): string | null {
  try {
    return (sqlite.prepare('SELECT id FROM base_identite LIMIT 1').get() as { id: string } | undefined)?.id ?? null
  } catch {
    return null
  }
}
