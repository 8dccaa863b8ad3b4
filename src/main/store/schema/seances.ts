import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { intervenants } from './association'
import { collectifs } from './collectifs'
import { enfants } from './enfants'

export const seances = sqliteTable(
  'seances',
  {
    id: text('id').primaryKey(),
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    heureDebut: text('heure_debut').notNull(),
    dureeMinutes: integer('duree_minutes').notNull(),
    annulee: integer('annulee', { mode: 'boolean' }),
    motifAnnulation: text('motif_annulation'),
    activites: text('activites', { mode: 'json' }).$type<string[]>(),
    note: text('note'),
  },
  (t) => [index('seances_collectif_date').on(t.collectifId, t.date)],
)

/** Who was actually there. */
export const seanceIntervenants = sqliteTable(
  'seance_intervenants',
  {
    seanceId: text('seance_id').notNull().references(() => seances.id, { onDelete: 'cascade' }),
    intervenantId: text('intervenant_id').notNull().references(() => intervenants.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seanceId, t.intervenantId] })],
)

/** The attendance register: one row per child marked for a séance. */
export const presences = sqliteTable(
  'presences',
  {
    seanceId: text('seance_id').notNull().references(() => seances.id, { onDelete: 'cascade' }),
    enfantId: text('enfant_id').notNull().references(() => enfants.id, { onDelete: 'cascade' }),
    statut: text('statut').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seanceId, t.enfantId] }), index('presences_enfant').on(t.enfantId)],
)
