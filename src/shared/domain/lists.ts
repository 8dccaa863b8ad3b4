/**
 * Closed lists of the exchange format (spec/echange-v1.md) with their French labels.
 * Codes are the stored values; labels are what a person reads.
 */

export const NIVEAUX = ['CP', 'CE1', 'CE2', 'CM1', 'CM2', '6E', '5E', '4E', '3E', '2NDE', '1RE', 'TLE', 'AUTRE'] as const
export type Niveau = (typeof NIVEAUX)[number]
export const NIVEAU_LABELS: Record<Niveau, string> = {
  CP: 'CP', CE1: 'CE1', CE2: 'CE2', CM1: 'CM1', CM2: 'CM2',
  '6E': '6e', '5E': '5e', '4E': '4e', '3E': '3e',
  '2NDE': 'Seconde', '1RE': 'Première', TLE: 'Terminale', AUTRE: 'Autre',
}

export const NIVEAUX_COLLECTIF = ['primaire', 'college', 'lycee'] as const
export type NiveauCollectif = (typeof NIVEAUX_COLLECTIF)[number]
export const NIVEAU_COLLECTIF_LABELS: Record<NiveauCollectif, string> = {
  primaire: 'Primaire', college: 'Collège', lycee: 'Lycée',
}

export const ZONES = ['A', 'B', 'C'] as const
export type ZoneCalendrier = (typeof ZONES)[number]

export const TYPES_LOCAL = ['associatif', 'municipal', 'scolaire'] as const
export const TYPE_LOCAL_LABELS: Record<(typeof TYPES_LOCAL)[number], string> = {
  associatif: 'Local associatif', municipal: 'Local municipal', scolaire: 'Local scolaire',
}

export const TYPES_ETABLISSEMENT = ['ecole', 'college', 'lycee'] as const
export const TYPE_ETABLISSEMENT_LABELS: Record<(typeof TYPES_ETABLISSEMENT)[number], string> = {
  ecole: 'École', college: 'Collège', lycee: 'Lycée',
}

export const STATUTS_INTERVENANT = ['salarie', 'volontaire', 'benevole'] as const
export type StatutIntervenant = (typeof STATUTS_INTERVENANT)[number]
export const STATUT_INTERVENANT_LABELS: Record<StatutIntervenant, string> = {
  salarie: 'Salarié', volontaire: 'Volontaire (service civique)', benevole: 'Bénévole',
}

export const SEXES = ['F', 'M'] as const

export const ORIGINES_INSCRIPTION = ['famille', 'enfant', 'enseignant', 'association', 'reussite_educative', 'autre'] as const
export const ORIGINE_INSCRIPTION_LABELS: Record<(typeof ORIGINES_INSCRIPTION)[number], string> = {
  famille: 'La famille', enfant: "L'enfant lui-même", enseignant: 'Un enseignant', association: "L'association",
  reussite_educative: 'Le programme de réussite éducative', autre: 'Autre',
}

export const SITUATIONS = [
  'difficulte_scolaire', 'logement_inadapte', 'acces_limite_activites',
  'disponibilite_parents', 'langue_francaise_parents', 'parents_rupture_ecole',
] as const
export const SITUATION_LABELS: Record<(typeof SITUATIONS)[number], string> = {
  difficulte_scolaire: 'Difficultés scolaires',
  logement_inadapte: 'Logement inadapté au travail scolaire',
  acces_limite_activites: 'Accès limité aux activités culturelles et de loisirs',
  disponibilite_parents: 'Faible disponibilité des parents',
  langue_francaise_parents: 'Parents peu à l’aise avec la langue française',
  parents_rupture_ecole: 'Parents éloignés de l’école',
}

export const PRESENCE_STATUTS = ['present', 'absent', 'excuse'] as const
export type PresenceStatut = (typeof PRESENCE_STATUTS)[number]
export const PRESENCE_LABELS: Record<PresenceStatut, string> = {
  present: 'Présent', absent: 'Absent', excuse: 'Excusé',
}

export const ACTIVITES = [
  'aide_methodologique', 'aide_travail_personnel', 'numerique', 'culture_art_lecture_sport',
  'sciences_techniques', 'jeux_educatifs', 'sortie_visite', 'citoyennete', 'orientation_fonctionnement_ecole',
] as const
export type Activite = (typeof ACTIVITES)[number]
export const ACTIVITE_LABELS: Record<Activite, string> = {
  aide_methodologique: 'Aide méthodologique',
  aide_travail_personnel: 'Aide au travail personnel',
  numerique: 'Numérique',
  culture_art_lecture_sport: 'Culture, art, lecture, sport',
  sciences_techniques: 'Sciences et techniques',
  jeux_educatifs: 'Jeux éducatifs',
  sortie_visite: 'Sortie, visite',
  citoyennete: 'Citoyenneté',
  orientation_fonctionnement_ecole: "Orientation, fonctionnement de l'école",
}

/** The five compulsory parent objectives of the référentiel come first. */
export const OBJECTIFS_PARENTS_OBLIGATOIRES = [
  'information_inscription', 'convivialite', 'codes_ecole', 'orientation_partenaires', 'echanges_informels',
] as const
export const OBJECTIFS_PARENTS = [
  ...OBJECTIFS_PARENTS_OBLIGATOIRES,
  'rencontre_individuelle', 'accompagnement_enseignants', 'participation_seance', 'numerique', 'autre',
] as const
export type ObjectifParents = (typeof OBJECTIFS_PARENTS)[number]
export const OBJECTIF_PARENTS_LABELS: Record<ObjectifParents, string> = {
  information_inscription: "Information sur le Clas au moment de l'inscription",
  convivialite: 'Temps de convivialité enfants / parents',
  codes_ecole: "Compréhension des codes de l'école",
  orientation_partenaires: "Orientation vers d'autres partenaires (soutien à la parentalité)",
  echanges_informels: 'Échanges informels réguliers',
  rencontre_individuelle: 'Rencontre individuelle',
  accompagnement_enseignants: 'Accompagnement auprès des enseignants',
  participation_seance: 'Participation à une séance',
  numerique: 'Numérique',
  autre: 'Autre',
}

export const FORMATS_ACTION_PARENTS = [
  'reunion', 'cafe_parents', 'atelier_parentalite_numerique', 'ent_pronote', 'atelier_ludo_educatif',
  'spectacle', 'sortie', 'entretien', 'autre',
] as const
export const FORMAT_ACTION_PARENTS_LABELS: Record<(typeof FORMATS_ACTION_PARENTS)[number], string> = {
  reunion: 'Réunion', cafe_parents: 'Café des parents', atelier_parentalite_numerique: 'Atelier parentalité numérique',
  ent_pronote: 'ENT / Pronote', atelier_ludo_educatif: 'Atelier ludo-éducatif', spectacle: 'Spectacle',
  sortie: 'Sortie', entretien: 'Entretien', autre: 'Autre',
}

export const BONUS_ACTION = ['parents', 'tne'] as const

export const CONCERTATION_AVEC = ['ecole', 'territoire'] as const
export const TYPES_CONCERTATION = [
  'reunion_amont', 'reunion_bilan', 'echange_regulier', 'orientation_enfants',
  'convention', 'comite_local', 'projet_commun', 'autre',
] as const
export const TYPE_CONCERTATION_LABELS: Record<(typeof TYPES_CONCERTATION)[number], string> = {
  reunion_amont: 'Réunion en amont', reunion_bilan: 'Réunion bilan', echange_regulier: 'Échange régulier',
  orientation_enfants: 'Orientation des enfants', convention: 'Convention', comite_local: 'Comité local',
  projet_commun: 'Projet commun', autre: 'Autre',
}

export const TYPES_PROJET_BONUS = ['enfants', 'parents', 'tne'] as const
export type TypeProjetBonus = (typeof TYPES_PROJET_BONUS)[number]
export const TYPE_PROJET_BONUS_LABELS: Record<TypeProjetBonus, string> = {
  enfants: 'Bonus enfants', parents: 'Bonus parents', tne: 'Bonus TNE',
}
/** What each bonus funds, in the words of the CAF's bilan forms. */
export const TYPE_PROJET_BONUS_DESCRIPTIONS: Record<TypeProjetBonus, string> = {
  enfants: 'Projet complémentaire d’ouverture culturelle pour les enfants, organisé sur l’année.',
  parents: 'Projet spécifique d’accompagnement des parents dans leur relation avec leur enfant et l’école.',
  tne: 'Action de parentalité numérique (ENT, Pronote, ateliers), financée par le Territoire numérique éducatif.',
}
export const NATURES_DEPENSE = ['materiel', 'intervenants_exterieurs', 'sorties_culturelles', 'autre'] as const
export type NatureDepense = (typeof NATURES_DEPENSE)[number]
export const NATURE_DEPENSE_LABELS: Record<NatureDepense, string> = {
  materiel: 'Matériel pédagogique', intervenants_exterieurs: 'Intervenants extérieurs',
  sorties_culturelles: 'Sorties et activités culturelles', autre: 'Autre',
}

/** 1 = lundi … 7 = dimanche, as in the exchange format. */
export const JOURS_SEMAINE = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const
