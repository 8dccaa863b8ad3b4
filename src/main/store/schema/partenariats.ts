import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { anneesScolaires, etablissements, intervenants } from './association'
import { collectifs } from './collectifs'
import { familles } from './enfants'

export const actionsParents = sqliteTable(
  'actions_parents',
  {
    id: text('id').primaryKey(),
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    date: text('date').notNull(),
    dureeMinutes: integer('duree_minutes'),
    objectifs: text('objectifs', { mode: 'json' }).notNull().$type<string[]>(),
    format: text('format'),
    nbParents: integer('nb_parents').notNull(),
    nbEnfants: integer('nb_enfants'),
    bonus: text('bonus'),
    intitule: text('intitule'),
    note: text('note'),
    /** Whether the exchange document carried `familleIds` at all (absent ≠ empty). */
    famillesRenseignees: integer('familles_renseignees', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('actions_parents_annee').on(t.anneeId)],
)

export const actionParentsCollectifs = sqliteTable(
  'action_parents_collectifs',
  {
    actionId: text('action_id').notNull().references(() => actionsParents.id, { onDelete: 'cascade' }),
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.collectifId] })],
)

export const actionParentsFamilles = sqliteTable(
  'action_parents_familles',
  {
    actionId: text('action_id').notNull().references(() => actionsParents.id, { onDelete: 'cascade' }),
    familleId: text('famille_id').notNull().references(() => familles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.familleId] })],
)

export const concertations = sqliteTable(
  'concertations',
  {
    id: text('id').primaryKey(),
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    date: text('date').notNull(),
    avec: text('avec').notNull(),
    etablissementId: text('etablissement_id').references(() => etablissements.id),
    partenaire: text('partenaire'),
    type: text('type').notNull(),
    formalise: integer('formalise', { mode: 'boolean' }).notNull(),
    note: text('note'),
  },
  (t) => [index('concertations_annee').on(t.anneeId)],
)

export const formations = sqliteTable('formations', {
  id: text('id').primaryKey(),
  anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
  organisme: text('organisme').notNull(),
  intitule: text('intitule').notNull(),
  dates: text('dates', { mode: 'json' }).notNull().$type<string[]>(),
})

export const formationIntervenants = sqliteTable(
  'formation_intervenants',
  {
    formationId: text('formation_id').notNull().references(() => formations.id, { onDelete: 'cascade' }),
    intervenantId: text('intervenant_id').notNull().references(() => intervenants.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.formationId, t.intervenantId] })],
)

export const projetsBonus = sqliteTable('projets_bonus', {
  id: text('id').primaryKey(),
  anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
  type: text('type').notNull(),
  intitule: text('intitule').notNull(),
  touteAnnee: integer('toute_annee', { mode: 'boolean' }).notNull(),
})

export const projetBonusCollectifs = sqliteTable(
  'projet_bonus_collectifs',
  {
    projetId: text('projet_id').notNull().references(() => projetsBonus.id, { onDelete: 'cascade' }),
    collectifId: text('collectif_id').notNull().references(() => collectifs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projetId, t.collectifId] })],
)

export const depenses = sqliteTable(
  'depenses',
  {
    projetId: text('projet_id').notNull().references(() => projetsBonus.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    nature: text('nature').notNull(),
    libelle: text('libelle').notNull(),
    montantEuros: real('montant_euros').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projetId, t.position] })],
)

/** The coordinator's written answers to the bilan's questions, one per question id and year. */
export const reponses = sqliteTable(
  'reponses',
  {
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    questionId: text('question_id').notNull(),
    texte: text('texte').notNull(),
  },
  (t) => [primaryKey({ columns: [t.anneeId, t.questionId] })],
)

/**
 * Figures the coordinator corrected by hand on the Bilan screen, one per figure key and year.
 * Not part of the exchange format v1 (spec/echange-v1.md): they are not exported; a correction
 * belongs to this laptop's bilan, while the registers it overrides travel.
 */
export const bilanCorrections = sqliteTable(
  'bilan_corrections',
  {
    anneeId: text('annee_id').notNull().references(() => anneesScolaires.id),
    cle: text('cle').notNull(),
    valeur: text('valeur').notNull(),
  },
  (t) => [primaryKey({ columns: [t.anneeId, t.cle] })],
)
