import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { anneesScolaires } from './association'

/** The action's budget of a year, line by line (issue 16). Amounts in whole cents; null: not entered. */
export const budgetLignes = sqliteTable(
  'budget_lignes',
  {
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    position: integer('position').notNull(),
    poste: text('poste').notNull(),
    libelle: text('libelle'),
    previsionnelCentimes: integer('previsionnel_centimes'),
    realiseCentimes: integer('realise_centimes'),
  },
  (t) => [primaryKey({ columns: [t.anneeId, t.position] })],
)

/**
 * What goes with the budget of a year: the value of an hour of volunteering (exported), and
 * whether bénévoles' accounts may see the budget (a setting of this base, not exported).
 * `budgetSaisi` tells a budget saved with no line from a year that never had one.
 */
export const budgetParametres = sqliteTable('budget_parametres', {
  anneeId: text('annee_id').primaryKey().references(() => anneesScolaires.id),
  budgetSaisi: integer('budget_saisi', { mode: 'boolean' }).notNull().default(false),
  tauxHoraireBenevolatCentimes: integer('taux_horaire_benevolat_centimes'),
  benevolesVoient: integer('benevoles_voient', { mode: 'boolean' }).notNull().default(false),
})
