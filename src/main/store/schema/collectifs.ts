import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { anneesScolaires, etablissements, intervenants, lieux } from './association'

export const collectifs = sqliteTable(
  'collectifs',
  {
    id: text('id').primaryKey(),
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    nom: text('nom').notNull(),
    niveau: text('niveau').notNull(),
    lieuId: text('lieu_id').notNull().references(() => lieux.id),
  },
  (t) => [index('collectifs_annee').on(t.anneeId)],
)

/** Weekly time slots; `position` keeps the order the coordinator gave. */
export const creneaux = sqliteTable(
  'creneaux',
  {
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    jour: integer('jour').notNull(),
    heureDebut: text('heure_debut').notNull(),
    dureeMinutes: integer('duree_minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectifId, t.position] })],
)

export const collectifEtablissements = sqliteTable(
  'collectif_etablissements',
  {
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    etablissementId: text('etablissement_id').notNull().references(() => etablissements.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectifId, t.etablissementId] })],
)

/** The usual team of a collectif. */
export const collectifIntervenants = sqliteTable(
  'collectif_intervenants',
  {
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    intervenantId: text('intervenant_id').notNull().references(() => intervenants.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectifId, t.intervenantId] })],
)
