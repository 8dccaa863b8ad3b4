import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { collectifs } from './collectifs'

/*
 * Accounts and the journal belong to this laptop, not to the association's data: they are not
 * part of the exchange format (spec/echange-v1.md), never exported nor imported. A file carried
 * to another laptop keeps them, since whoever holds the file holds the data anyway.
 */

/** One account per person on the shared laptop; none at all means an unprotected base (as before accounts existed). */
export const comptes = sqliteTable('comptes', {
  id: text('id').primaryKey(),
  nom: text('nom').notNull(),
  /** 'coordinateur' | 'benevole' */
  role: text('role').notNull(),
  /** scrypt of the secret, base64; the secret itself is never stored. */
  secretHash: text('secret_hash').notNull(),
  secretSel: text('secret_sel').notNull(),
  /** JSON of the scrypt parameters the hash was made with, so they can be raised later. */
  secretParams: text('secret_params').notNull(),
  /** 'mot_de_passe' | 'pin' */
  type: text('type').notNull(),
  /** Failed attempts in a row; the lock-out grows with it. */
  echecs: integer('echecs').notNull().default(0),
  /** ISO instant until which the account refuses to open; null when not locked. */
  bloqueJusquA: text('bloque_jusqu_a'),
  actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
})

/** The collectifs whose séances and registers a bénévole may write. */
export const compteCollectifs = sqliteTable(
  'compte_collectifs',
  {
    compteId: text('compte_id').notNull().references(() => comptes.id, { onDelete: 'cascade' }),
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.compteId, t.collectifId] })],
)

/**
 * Who changed what, when: one row per successful write call. Only names of fields, never their
 * values (children's data stays in its tables). No foreign key on the account, so the journal
 * keeps its rows when an account is deleted.
 */
export const journal = sqliteTable(
  'journal',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    quand: text('quand').notNull(),
    compteId: text('compte_id'),
    appel: text('appel').notNull(),
    entite: text('entite').notNull(),
    entiteId: text('entite_id'),
    /** JSON array of the input's top-level field names. */
    champs: text('champs').notNull(),
  },
  (t) => [index('journal_quand').on(t.quand)],
)
