import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { etablissements } from './association'
import { collectifs } from './collectifs'

export const familles = sqliteTable('familles', {
  id: text('id').primaryKey(),
  nom: text('nom').notNull(),
  telephone: text('telephone'),
  email: text('email'),
  quartierPrioritaire: integer('quartier_prioritaire', { mode: 'boolean' }),
  /** The name of the family's quartier (« Saragosse »), as forms count children by quartier. */
  quartier: text('quartier'),
  langueParlee: text('langue_parlee'),
  besoinInterprete: integer('besoin_interprete', { mode: 'boolean' }),
})

export const enfants = sqliteTable(
  'enfants',
  {
    id: text('id').primaryKey(),
    prenom: text('prenom').notNull(),
    nom: text('nom').notNull(),
    dateNaissance: text('date_naissance'),
    sexe: text('sexe'),
    niveau: text('niveau').notNull(),
    etablissementId: text('etablissement_id').references(() => etablissements.id),
    familleId: text('famille_id').references(() => familles.id),
    origineInscription: text('origine_inscription'),
    situations: text('situations', { mode: 'json' }).$type<string[]>(),
  },
  (t) => [index('enfants_famille').on(t.familleId)],
)

/** A child's enrolment in a collectif, from `du` to `au` (open-ended when null). */
export const inscriptions = sqliteTable(
  'inscriptions',
  {
    id: text('id').primaryKey(),
    enfantId: text('enfant_id').notNull().references(() => enfants.id, { onDelete: 'cascade' }),
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    du: text('du').notNull(),
    au: text('au'),
  },
  (t) => [index('inscriptions_enfant').on(t.enfantId), index('inscriptions_collectif').on(t.collectifId)],
)
