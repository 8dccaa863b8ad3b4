import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/** The association (gestionnaire): one row, id 1. */
export const structure = sqliteTable('structure', {
  id: integer('id').primaryKey(),
  nom: text('nom').notNull(),
  adresse: text('adresse').notNull(),
  codePostal: text('code_postal').notNull(),
  commune: text('commune').notNull(),
  departementCaf: text('departement_caf').notNull(),
  milieuRural: integer('milieu_rural', { mode: 'boolean' }).notNull(),
  telephone: text('telephone'),
  email: text('email'),
  coordPrenom: text('coord_prenom').notNull(),
  coordNom: text('coord_nom').notNull(),
  coordEmail: text('coord_email'),
  coordTelephone: text('coord_telephone'),
  coordDiplomeBacPlus2: integer('coord_diplome_bac_plus2', { mode: 'boolean' }),
})

/** School years; the app works on the one marked `courante`. */
export const anneesScolaires = sqliteTable(
  'annees_scolaires',
  {
    id: text('id').primaryKey(),
    libelle: text('libelle').notNull(),
    debut: text('debut').notNull(),
    fin: text('fin').notNull(),
    zone: text('zone').notNull(),
    intituleProjet: text('intitule_projet').notNull(),
    numeroAction: text('numero_action'),
    courante: integer('courante', { mode: 'boolean' }).notNull().default(false),
    /** When the coordinator closed the year (ISO date-time); null while it is open. */
    clotureeLe: text('cloturee_le'),
  },
  (t) => [uniqueIndex('annees_scolaires_libelle').on(t.libelle)],
)

export const lieux = sqliteTable('lieux', {
  id: text('id').primaryKey(),
  nom: text('nom').notNull(),
  adresse: text('adresse').notNull(),
  commune: text('commune').notNull(),
  typeLocal: text('type_local').notNull(),
  quartierPrioritaire: integer('quartier_prioritaire', { mode: 'boolean' }),
})

export const etablissements = sqliteTable('etablissements', {
  id: text('id').primaryKey(),
  nom: text('nom').notNull(),
  type: text('type').notNull(),
  commune: text('commune').notNull(),
  adresse: text('adresse'),
  email: text('email'),
  rep: integer('rep', { mode: 'boolean' }),
})

export const intervenants = sqliteTable('intervenants', {
  id: text('id').primaryKey(),
  prenom: text('prenom').notNull(),
  nom: text('nom').notNull(),
  statut: text('statut').notNull(),
  heuresHorsSeances: real('heures_hors_seances'),
})
