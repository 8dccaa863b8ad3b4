import { blob, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { anneesScolaires } from './association'

/**
 * A school year that is no longer the current one, frozen as it was when the next year started:
 * a serialized copy of the whole database (without accounts, journal and other archives), read
 * by the same services when someone looks at that year. Shared rows (children, families, team)
 * keep changing in the live tables; the past year's registers, figures and bilan never do.
 */
export const anneesArchives = sqliteTable('annees_archives', {
  anneeId: text('annee_id')
    .primaryKey()
    .references(() => anneesScolaires.id),
  /** ISO date-time of the freeze. */
  archiveeLe: text('archivee_le').notNull(),
  /** The migration count of the frozen copy, so that an older copy is migrated when read. */
  schemaVersion: text('schema_version').notNull(),
  contenu: blob('contenu', { mode: 'buffer' }).notNull(),
})
