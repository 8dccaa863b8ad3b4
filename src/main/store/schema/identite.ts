import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The identity of this database file: one row, a random id given when the base is made (or
 * migrated). Backups name it, so that two bases with the same file name sharing a backup folder
 * never take each other's backups. A restored backup keeps the id of its series.
 */
export const baseIdentite = sqliteTable('base_identite', {
  id: text('id').primaryKey(),
})
