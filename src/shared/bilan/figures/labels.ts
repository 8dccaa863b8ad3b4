import {
  ACTIVITES, NATURES_DEPENSE, NIVEAU_COLLECTIF_LABELS, NIVEAU_LABELS, NIVEAUX, NIVEAUX_COLLECTIF, OBJECTIFS_PARENTS,
  ORIGINES_INSCRIPTION, SITUATIONS, STATUT_INTERVENANT_LABELS, TYPES_LOCAL, TYPES_PROJET_BONUS, FORMATS_ACTION_PARENTS,
  ACTIVITE_LABELS, OBJECTIF_PARENTS_LABELS, ORIGINE_INSCRIPTION_LABELS, SITUATION_LABELS, FORMAT_ACTION_PARENTS_LABELS,
  TYPE_LOCAL_LABELS, type Niveau,
} from '../../domain/lists'
import { AGE_TRANCHES, type AgeTranche, CYCLES, type Cycle } from './enfants'
import { FAMILLES_INTERVENANTS } from './intervenants'
import { groupeLibelle, isGroupeKey, parseGroupeKey } from './groupes'
import { COLONNES_BUDGET, POSTES_FIGURES } from './budget'
import { POSTE_LABELS } from '../../budget/postes'
import type { FigureFormat, RepeatedKey } from './types'

/**
 * The French wording of every figure: the label a coordinator reads on the Bilan screen, the
 * words the official forms use for the same blank (reference/forms/*: Ain 2025-2026, Lot-et-
 * Garonne 2021-2022, the national 2024-2025 form, the 2025-2026 bonus/TNE form) and plausible
 * variants, so that the blanks of a form never seen can be matched to keys. A figure that sits
 * in a table also gives its row and column headings (`cellules`).
 */

export type FigureFamily =
  | 'identification' | 'calendrier' | 'collectifs' | 'enfants' | 'frequentation' | 'intervenants'
  | 'situations' | 'parents' | 'concertation' | 'formations' | 'bonus' | 'territoire'
  | 'budget'

/** Titles of the families, in the order a form reads them. */
export const FAMILY_TITLES: Record<FigureFamily, string> = {
  identification: 'Identification',
  calendrier: 'Calendrier de mise en œuvre',
  collectifs: 'Collectifs',
  enfants: 'Public concerné',
  frequentation: 'Fréquentation',
  intervenants: 'Moyens humains',
  situations: 'Situations des enfants, origine des inscriptions, activités proposées',
  parents: 'Intervention auprès des parents',
  concertation: 'Concertation et partenariats',
  formations: 'Formations',
  bonus: 'Bonus',
  territoire: 'Synthèse territoriale',
  budget: 'Budget et compte rendu financier',
}

/** A table cell: the heading of its row and the heading of its column. */
export interface Cellule {
  ligne: string
  colonne: string
}

export interface FigureLabel {
  key: string
  famille: FigureFamily
  /** What a coordinator reads: « Nombre de bénévoles ». */
  libelle: string
  /** The forms' wordings and their variants, libellé excluded. */
  synonymes: string[]
  format: FigureFormat
  /** Where the figure is a cell of a table: its row and column headings, in each wording. */
  cellules: Cellule[]
}

export interface ColumnLabel {
  colonne: string
  libelle: string
  synonymes: string[]
  format: FigureFormat
}

export interface TableLabel {
  libelle: string
  synonymes: string[]
  /** The heading of the i-th row (0-based) as forms number them: « collectif 1 ». */
  ligne?: (index: number) => string
  colonnes: ColumnLabel[]
}

const label = (key: string, famille: FigureFamily, libelle: string, format: FigureFormat, synonymes: string[] = [], cellules: Cellule[] = []): FigureLabel =>
  ({ key, famille, libelle, format, synonymes: [...new Set(synonymes)].filter((s) => s !== libelle), cellules })

/** Every pair of a row wording and a column wording. */
const cross = (lignes: readonly string[], colonnes: readonly string[]): Cellule[] => lignes.flatMap((ligne) => colonnes.map((colonne) => ({ ligne, colonne })))

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function identification(): FigureLabel[] {
  const f = 'identification'
  return [
    label('structure.nom', f, 'Nom de la structure', 'texte', [
      'Gestionnaire', 'Nom du gestionnaire', 'Structure porteuse', 'Structure/service', 'Structure', 'Nom du porteur de projet',
      'Porteur de projet', "Nom de l'association", 'Organisme gestionnaire', "Nom de l'organisme",
    ]),
    label('structure.adresse', f, 'Adresse de la structure', 'texte', ['Adresse du gestionnaire', 'Adresse', 'Rue']),
    label('structure.codePostal', f, 'Code postal', 'texte', ['CP de la structure', 'Code postal de la structure']),
    label('structure.commune', f, 'Commune de la structure', 'texte', ['Commune', 'Ville', 'Localité']),
    label('structure.adresseComplete', f, 'Adresse complète de la structure', 'texte', ['Adresse complète', 'Adresse postale', 'Adresse du siège']),
    label('structure.nomEtAdresse', f, 'Nom et adresse de la structure', 'texte', [
      'Nom du gestionnaire et adresse', 'Nom et adresse du gestionnaire', 'Gestionnaire (nom et adresse)', 'Structure porteuse et adresse',
    ]),
    label('structure.departementCaf', f, 'Département de la Caf', 'texte', ['Caf', 'Département', 'Caf de rattachement']),
    label('structure.milieuRural', f, 'Milieu rural', 'booleen', ['Territoire rural', 'Zone rurale', 'Commune rurale']),
    label('structure.telephone', f, 'Téléphone de la structure', 'texte', ['Téléphone du gestionnaire', "Téléphone de l'association"]),
    label('structure.email', f, 'Adresse e-mail de la structure', 'texte', ['Mail de la structure', 'Courriel de la structure', 'Mail du gestionnaire', "Adresse mail de l'association"]),
    label('coordinateur.prenom', f, 'Prénom du coordinateur ou de la coordinatrice', 'texte', ['Prénom de la personne référente', 'Prénom du référent', 'Prénom du coordinateur']),
    label('coordinateur.nom', f, 'Nom du coordinateur ou de la coordinatrice', 'texte', ['Nom de la personne référente', 'Nom du référent', 'Nom du coordinateur']),
    label('coordinateur.nomComplet', f, 'Coordinateur ou coordinatrice', 'texte', [
      'Personne référente', 'Nom, Prénom de la personne référente', 'Nom, prénom du référent', 'Coordinateur / Référent de l’action',
      "Coordinateur / Référent de l'action", 'Référent de l’action', "Référent de l'action", 'Qui assure la coordination du CLAS',
      'Coordinateur', 'Coordinatrice', 'Coordinateur du Clas', 'Nom et prénom du coordinateur', 'Référent du projet', 'Responsable du projet',
    ]),
    label('coordinateur.email', f, 'Adresse e-mail du coordinateur', 'texte', ['Mail', 'Adresse mail', 'Courriel', 'E-mail', 'Mail de la personne référente', 'Adresse mail du référent']),
    label('coordinateur.telephone', f, 'Téléphone du coordinateur', 'texte', ['Téléphone', 'N° de téléphone', 'Numéro de téléphone', 'Tél', 'Téléphone de la personne référente']),
    label('coordinateur.coordonnees', f, 'Coordonnées du coordinateur (téléphone, e-mail)', 'texte', ['Coordonnées', 'Coordonnées du référent', 'Coordonnées de la personne référente']),
    label('coordinateur.nomPrenomEmail', f, 'Nom, prénom et e-mail du coordinateur', 'texte', ['Nom, prénom, adresse mail', 'Nom, prénom, mail', 'Nom, prénom et adresse mail du coordinateur']),
    label('coordinateur.diplomeBacPlus2', f, 'Coordinateur diplômé (Bac+2 ou plus)', 'booleen', ['Diplôme de niveau Bac+2', 'Qualification du coordinateur', 'Niveau de diplôme Bac+2']),
    label('annee.libelle', f, 'Année scolaire', 'texte', ['Année', 'Année du bilan', 'Bilan CLAS']),
    label('annee.debut', f, "Début de l'année scolaire", 'date', ['Rentrée scolaire']),
    label('annee.fin', f, "Fin de l'année scolaire", 'date', ['Fin des cours']),
    label('annee.zone', f, 'Zone de vacances scolaires', 'texte', ['Zone', 'Zone scolaire']),
    label('annee.intituleProjet', f, 'Intitulé du projet', 'texte', ['Intitulé du projet 2024-2025', 'Nom du projet', 'Titre du projet', "Intitulé de l'action", 'Projet']),
    label('annee.numeroAction', f, "Numéro de l'action", 'texte', ['ACTION N°', 'Action n°', "N° d'action", "Numéro d'action", 'Numéro du projet']),
  ]
}

function calendrier(): FigureLabel[] {
  const f = 'calendrier'
  return [
    label('dates.debut', f, 'Date de la première séance', 'date', [
      'Date de début', 'Date de début de mise en œuvre du projet', 'Date de démarrage des séances', 'Date de démarrage',
      'Début des séances', "Date de début de l'action", 'Date de la première séance', 'Démarrage du Clas',
    ]),
    label('dates.fin', f, 'Date de la dernière séance', 'date', [
      'Date de fin', 'Date de fin de mise en œuvre du projet', 'Date de fin de mise en œuvre du prohet', 'Date de fin des séances',
      'Fin des séances', "Date de fin de l'action", 'Date de la dernière séance', 'Date d’arrêt des séances',
    ]),
    label('semaines', f, "Nombre de semaines d'activité", 'entier', [
      "Nombre de semaines d'activité réalisées dans l'année", "Nombre de semaines d’activité réalisées dans l’année",
      "Nombre de semaines d'activité réalisées", "nombre de semaines d'activité", "Nombre de semaines d'accompagnement",
      'Nombre de semaines', 'Semaines de fonctionnement', "Nombre de semaines d'intervention",
    ]),
  ]
}

function collectifs(): FigureLabel[] {
  const f = 'collectifs'
  return [
    label('collectifs.nombre', f, 'Nombre de collectifs', 'entier', [
      'Nombre de collectifs enfants Clas', 'Nombre de collectifs menés', 'Nombre de collectifs', 'Nombre de groupes', "Nombre de groupes d'enfants",
    ]),
    ...NIVEAUX_COLLECTIF.map((n) => label(`collectifs.niveau.${n}`, f, `Niveau concerné : ${lower(NIVEAU_COLLECTIF_LABELS[n])}`, 'booleen',
      [`Collectif ${lower(NIVEAU_COLLECTIF_LABELS[n])}`, `Niveau ${lower(NIVEAU_COLLECTIF_LABELS[n])}`],
      [{ ligne: 'Niveau concerné', colonne: NIVEAU_COLLECTIF_LABELS[n] }])),
  ]
}

/** Headings the forms give to each class level (« 6e », « 2de », « T »). */
const NIVEAU_HEADINGS: Record<Niveau, string[]> = {
  CP: ['CP', 'Cours préparatoire'], CE1: ['CE1'], CE2: ['CE2'], CM1: ['CM1'], CM2: ['CM2'],
  '6E': ['6e', '6ème', '6eme', '6è', 'Sixième'], '5E': ['5e', '5ème', '5eme', '5è', 'Cinquième'],
  '4E': ['4e', '4ème', '4eme', '4è', 'Quatrième'], '3E': ['3e', '3ème', '3eme', '3è', 'Troisième'],
  '2NDE': ['2de', '2nde', 'Seconde'], '1RE': ['1ère', '1re', 'Première'], TLE: ['T', 'Tle', 'Terminale'],
  AUTRE: ['Autre niveau', 'Autres niveaux'],
}

const CYCLE_LABELS: Record<Cycle, { libelle: string; synonymes: string[] }> = {
  elementaire: { libelle: "Enfants de l'élémentaire (CP à CM2)", synonymes: ['Elémentaire', 'Élémentaire', 'Primaire', "Nombre d'enfants élémentaire", "Nombre d’enfants élémentaire", "Nombre d'enfants en élémentaire", "Nombre d'enfants du primaire"] },
  college: { libelle: 'Collégiens (6e à 3e)', synonymes: ['Collège', "Nombre d'enfant collège", "Nombre d’enfant collège", "Nombre d'enfants collège", "Nombre d'enfants au collège", 'Collégiens'] },
  lycee: { libelle: 'Lycéens (seconde à terminale)', synonymes: ['Lycée', "Nombre d'enfants lycée", "Nombre d’enfants lycée", "Nombre d'enfants au lycée", 'Lycéens'] },
  autre: { libelle: 'Enfants d’un autre niveau (CAP, BEP…)', synonymes: ['Autre', 'Autres', "Nombre d'enfants autres (CAP, BEP…)", "Nombre d’enfants autres (CAP, BEP…)", "Nombre d'enfants autres", 'Autres (CAP, BEP…)'] },
}

const AGE_LABELS: Record<AgeTranche, { libelle: string; headings: string[] }> = {
  '6-10': { libelle: 'Enfants de 6 à 10 ans', headings: ['6-10 ans', '6 à 10 ans', '6/10 ans', "Nombre d'enfants de 6 à 10 ans"] },
  '11-14': { libelle: 'Enfants de 11 à 14 ans', headings: ['11-14 ans', '11 à 14 ans', '11/14 ans', "Nombre d'enfants de 11 à 14 ans"] },
  '15-18': { libelle: 'Enfants de 15 à 18 ans', headings: ['15-18 ans', '15 à 18 ans', '15/18 ans', "Nombre d'enfants de 15 à 18 ans"] },
  autre: { libelle: 'Enfants de moins de 6 ans ou de plus de 18 ans', headings: ['Autre âge', 'Moins de 6 ans ou plus de 18 ans'] },
  inconnu: { libelle: 'Enfants sans date de naissance saisie', headings: ['Âge inconnu', 'Âge non renseigné'] },
}

const SEXE_HEADINGS = { F: ['Filles', 'Féminin', 'F'], M: ['Garçons', 'Masculin', 'M'] } as const

function enfants(): FigureLabel[] {
  const f = 'enfants'
  const perChild = ["Nombre d'enfants", "Nombre d'enfants inscrits", "Nombre d'enfants / de jeunes différents inscrits par niveau scolaire"]
  return [
    label('enfants.total', f, "Nombre total d'enfants", 'entier', [
      "Nombre total d'enfants", "Nombre total d’enfants", "Nombre total d'enfants accompagnés", "Nombre d'enfants accompagnés",
      "Nombre d'enfants / de jeunes différents inscrits", "Nombre d’enfants / de jeunes différents inscrits",
      "Nombre d'enfants et de jeunes différents accueillis", "Nombre d’enfants et de jeunes différents accueillis",
      "Nombre d'enfants inscrits", 'Nombre de jeunes inscrits', 'Total', "Nombre total d'enfants inscrits",
    ], cross(perChild, ['Total'])),
    ...NIVEAUX.map((n) => label(`enfants.niveau.${n}`, f, n === 'AUTRE' ? "Enfants d'un autre niveau scolaire" : `Enfants en ${NIVEAU_LABELS[n]}`, 'entier',
      [...NIVEAU_HEADINGS[n], `Nombre d'enfants en ${NIVEAU_LABELS[n]}`, `Élèves de ${NIVEAU_LABELS[n]}`], cross(perChild, NIVEAU_HEADINGS[n]))),
    ...(Object.keys(CYCLES) as Cycle[]).map((c) => label(`enfants.${c}`, f, CYCLE_LABELS[c].libelle, 'entier', CYCLE_LABELS[c].synonymes,
      cross(perChild, CYCLE_LABELS[c].synonymes.slice(0, 2)))),
    label('enfants.sexe.F', f, 'Filles', 'entier', ['Nombre de filles', 'Féminin', 'Filles inscrites'], cross(perChild, SEXE_HEADINGS.F)),
    label('enfants.sexe.M', f, 'Garçons', 'entier', ['Nombre de garçons', 'Masculin', 'Garçons inscrits'], cross(perChild, SEXE_HEADINGS.M)),
    label('enfants.sexe.inconnu', f, 'Enfants dont le sexe n’est pas saisi', 'entier', ['Sexe non renseigné', 'Sexe inconnu']),
    ...AGE_TRANCHES.flatMap((t) => {
      const { libelle, headings } = AGE_LABELS[t]
      return [
        label(`enfants.age.${t}`, f, libelle, 'entier', headings, cross(perChild, headings.slice(0, 3))),
        ...(['F', 'M'] as const).map((s) => label(`enfants.age.${t}.sexe.${s}`, f, `${libelle} : ${lower(SEXE_HEADINGS[s][0])}`, 'entier',
          [`${SEXE_HEADINGS[s][0]} ${headings[0]}`], [...cross(headings.slice(0, 3), SEXE_HEADINGS[s]), ...cross(SEXE_HEADINGS[s], headings.slice(0, 3))])),
      ]
    }),
    label('enfants.qpv', f, 'Enfants habitant un quartier prioritaire', 'entier', [
      "Nombre d'enfants issus des quartiers prioritaires", "Nombre d'enfants résidant en QPV", "Nombre d'enfants QPV", 'Enfants QPV',
      'Quartier prioritaire de la politique de la ville', 'Dont QPV', 'Enfants résidant en quartier prioritaire',
    ]),
    label('enfants.quartier.nonRenseigne', f, 'Enfants dont la famille n’a pas de quartier saisi', 'entier', ['Quartier non renseigné']),
    label('familles.nombre', f, 'Nombre de familles', 'entier', [
      'Nombre de familles différentes accueillies', 'Nombre de familles différentes', 'Nombre de familles accompagnées', 'Nombre de familles concernées', 'Familles',
    ]),
  ]
}

function frequentation(): FigureLabel[] {
  const f = 'frequentation'
  return [
    label('enfants.parAccompagnateur', f, "Nombre moyen d'enfants par accompagnateur", 'decimal', [
      "Nombre moyen d'enfants par accompagnateurs", "Nombre moyen d’enfants par accompagnateurs", "Nombre moyen d'enfants par intervenant",
      "Taux d'encadrement", 'Ratio enfants / accompagnateur', 'Enfants par encadrant',
    ]),
    label('assiduite.moyenne', f, 'Assiduité moyenne des enfants', 'pourcentage', ["Taux d'assiduité", 'Taux de présence', 'Assiduité', 'Taux de présence moyen', 'Assiduité des enfants']),
  ]
}

type FamilleIntervenants = keyof typeof FAMILLES_INTERVENANTS

/** Row headings of each group of intervenants, and the phrases the forms build on them. */
const INTERVENANT_ROWS: Record<FamilleIntervenants, { ligne: string[]; libelles: Record<'nombre' | 'heures' | 'etp', string>; nombre: string[]; heures: string[]; etp: string[] }> = {
  salarie: {
    ligne: ['Salariés', 'Salarié', 'Intervenants salariés'], libelles: { nombre: 'Nombre de salariés', heures: "Nombre d'heures des salariés", etp: 'ETP des salariés' },
    nombre: ['Nombre de salariés', "Nombre d'intervenants CLAS Salariés", "Nombre d’intervenants CLAS Salariés", "Nombre d'intervenants salariés"],
    heures: ["Nombre annuel d'heures pour le CLAS Salariés", "Nombre annuel d’heures pour le CLAS Salariés", "Nombre d'heures des salariés", "Nombre d'heures salariés", 'Heures salariés'],
    etp: ['ETP salariés', 'Salariés soit en ETP', 'Nombre de salariés soit en ETP', 'Équivalent temps plein salariés'],
  },
  volontaire: {
    ligne: ['Volontaires', 'Volontaire', 'Volontaires (service civique)', 'Services civiques'], libelles: { nombre: 'Nombre de volontaires', heures: "Nombre d'heures des volontaires", etp: 'ETP des volontaires' },
    nombre: ['Nombre de volontaires', "Nombre d'intervenants CLAS Volontaires", "Nombre d’intervenants CLAS Volontaires", 'Nombre de services civiques'],
    heures: ["Nombre annuel d'heures pour le CLAS Volontaires", "Nombre annuel d’heures pour le CLAS Volontaires", "Nombre d'heures des volontaires", 'Heures volontaires'],
    etp: ['ETP volontaires', 'Volontaires soit en ETP'],
  },
  benevole: {
    ligne: ['Bénévoles', 'Bénévole', 'Intervenants bénévoles'], libelles: { nombre: 'Nombre de bénévoles', heures: "Nombre d'heures des bénévoles", etp: 'ETP des bénévoles' },
    nombre: ['Nombre de bénévoles', "Nombre d'intervenants CLAS Bénévoles", "Nombre d’intervenants CLAS Bénévoles", "Nombre d'intervenants bénévoles"],
    heures: ["Nombre annuel d'heures pour le CLAS Bénévoles", "Nombre annuel d’heures pour le CLAS Bénévoles", "Nombre d'heures des bénévoles", "Nombre d'heures bénévoles", 'Heures bénévoles'],
    etp: ['ETP bénévoles', 'Bénévoles soit en ETP'],
  },
  total: {
    ligne: ['Total', 'Total des intervenants', 'Ensemble des intervenants'], libelles: { nombre: "Nombre total d'intervenants", heures: "Nombre total d'heures des intervenants", etp: 'ETP total des intervenants' },
    nombre: ["Nombre total d'intervenants", "Nombre total d’intervenants", "Nombre d'intervenants", 'Total des intervenants', "Nombre d'accompagnateurs"],
    heures: ["Nombre total d'heures", "Nombre total d’heures", "Nombre d'heures total", "Nombre annuel d'heures pour le CLAS", 'Total des heures'],
    etp: ['ETP total', 'Total ETP', "Nombre total d'ETP"],
  },
  benevolesEtVolontaires: {
    ligne: ['Bénévoles (volontaires inclus)', 'Bénévoles et volontaires'], libelles: { nombre: 'Nombre de bénévoles et volontaires', heures: "Nombre d'heures des bénévoles et volontaires", etp: 'ETP des bénévoles et volontaires' },
    nombre: ['Nombre de bénévoles (volontaires inclus)', 'Nombre de bénévoles et volontaires', 'Nombre de bénévoles et de volontaires'],
    heures: ["Nombre d'heures des bénévoles (volontaires inclus)", "Nombre d'heures bénévoles et volontaires"],
    etp: ['ETP bénévoles (volontaires inclus)', 'Bénévoles (volontaires inclus) soit en ETP'],
  },
}

const MESURES = {
  nombre: { format: 'entier', colonnes: ["Nombre d'intervenants", 'Nombre', 'Effectif', "Nombre de personnes"] },
  heures: { format: 'heures', colonnes: ["Nombre d'heures", "Nombre annuel d'heures", 'Heures', "Nombre d'heures annuelles", 'Volume horaire'] },
  etp: { format: 'decimal', colonnes: ['ETP', 'Soit en ETP', 'Équivalent temps plein', 'Nombre d’ETP', "Nombre d'ETP"] },
} as const

function intervenants(): FigureLabel[] {
  const f = 'intervenants'
  return (Object.keys(FAMILLES_INTERVENANTS) as FamilleIntervenants[]).flatMap((famille) => {
    const row = INTERVENANT_ROWS[famille]
    return (Object.keys(MESURES) as (keyof typeof MESURES)[]).map((mesure) => {
      const { format, colonnes } = MESURES[mesure]
      const libelle = row.libelles[mesure]
      // « Nombre de salariés : … Soit en ETP : … »: the ETP blank follows the count's label.
      const after = mesure === 'etp' ? row.nombre.slice(0, 2).map((ligne) => ({ ligne, colonne: 'Soit en ETP' })) : []
      return label(`intervenants.${famille}.${mesure}`, f, libelle, format, row[mesure].filter((s) => s !== libelle), [...cross(row.ligne, colonnes), ...after])
    })
  })
}

/** The forms' wording of each coded answer, beyond the label of the code list. */
const SITUATION_WORDING: Record<(typeof SITUATIONS)[number], string[]> = {
  difficulte_scolaire: ['Difficulté scolaire', 'Difficultés scolaires', 'Enfants en difficulté scolaire', 'Difficultés d’apprentissage', "Difficultés d'apprentissage", 'Retard scolaire'],
  logement_inadapte: ['Conditions de logement et/ou environnement inadapté au travail scolaire (bruit, exiguïté des locaux)', 'Conditions de logement et/ou environnement inadapté au travail scolaire', 'Logement inadapté',
    'Absence de lieu calme pour faire les devoirs à la maison', 'Pas d’espace calme pour travailler au domicile', "Pas d'espace calme pour travailler au domicile"],
  acces_limite_activites: ['Accès limité à des activités socio-culturelles', 'Accès limité aux activités socio-culturelles'],
  disponibilite_parents: ['Disponibilité réduite des parents', 'Faible disponibilité des parents'],
  langue_francaise_parents: ['Maîtrise difficile de la langue française par les parents', 'Parents allophones', 'Barrière de la langue', 'Parents ne maîtrisant pas le français', 'Faible maîtrise du français par les parents'],
  parents_rupture_ecole: ['Parents en difficulté ou rupture avec l’école', "Parents en difficulté ou rupture avec l'école", "Parents éloignés de l'école"],
}

const ORIGINE_WORDING: Record<(typeof ORIGINES_INSCRIPTION)[number], string[]> = {
  famille: ['La famille', 'Famille', 'À la demande de la famille'],
  enfant: ['L’enfant/le jeune', "L'enfant/le jeune", "L'enfant", 'Le jeune', "À la demande de l'enfant"],
  enseignant: ['Sur proposition de l’enseignant', "Sur proposition de l'enseignant", 'Enseignant', "L'école"],
  association: ['Sur proposition d’une association locale ou d’un autre acteur local', "Sur proposition d'une association locale ou d'un autre acteur local", 'Association locale', 'Autre acteur local'],
  reussite_educative: ['Sur proposition de l’équipe de réussite éducative (PRE, Cité éducative)', "Sur proposition de l'équipe de réussite éducative (PRE, Cité éducative)", 'Programme de réussite éducative', 'PRE', 'Cité éducative'],
  autre: ['Autres', 'Autre origine'],
}

const ACTIVITE_WORDING: Record<(typeof ACTIVITES)[number], string[]> = {
  aide_methodologique: ['Par un appui et/ou une aide méthodologique', 'Appui méthodologique', 'Aide méthodologique'],
  aide_travail_personnel: ['Par une aide au travail personnel', 'Aide au travail personnel', 'Aide aux devoirs'],
  numerique: ['Par un accompagnement à l’usage du numérique', "Par un accompagnement à l'usage du numérique", 'Accompagnement à l’usage du numérique', 'Numérique'],
  culture_art_lecture_sport: ['Par des activités culturelles ou artistiques, lecture plaisir, sportives', 'Activités culturelles ou artistiques', 'Lecture plaisir', 'Activités sportives'],
  sciences_techniques: ['Par des activités scientifiques techniques informatiques', 'Activités scientifiques et techniques', 'Activités scientifiques, techniques, informatiques'],
  jeux_educatifs: ['Par des jeux éducatifs', 'Jeux éducatifs'],
  sortie_visite: ['Par des sorties et/ou visites', 'Sorties et visites', 'Sorties culturelles'],
  citoyennete: ['Par des activités liées à la citoyenneté (recherche d’informations, débats)', "Par des activités liées à la citoyenneté (recherche d'informations, débats)", 'Activités liées à la citoyenneté', 'Citoyenneté'],
  orientation_fonctionnement_ecole: ['Par des échanges sur le fonctionnement de l’école, sur l’orientation', "Par des échanges sur le fonctionnement de l'école, sur l'orientation", "Échanges sur le fonctionnement de l'école", 'Orientation'],
}

function situations(): FigureLabel[] {
  const f = 'situations'
  return [
    ...SITUATIONS.map((c) => label(`situations.${c}`, f, `Enfants concernés : ${lower(SITUATION_LABELS[c])}`, 'booleen', [SITUATION_LABELS[c], ...SITUATION_WORDING[c]],
      [{ ligne: 'Les enfants/jeunes qui participent au CLAS sont concernés par les situations suivantes', colonne: SITUATION_WORDING[c][0] }])),
    ...ORIGINES_INSCRIPTION.map((c) => label(`origine.${c}`, f, `Inscription à l'initiative de : ${lower(ORIGINE_INSCRIPTION_LABELS[c])}`, 'booleen', [ORIGINE_INSCRIPTION_LABELS[c], ...ORIGINE_WORDING[c]],
      [{ ligne: 'Qui est à l’origine de l’inscription des enfants/jeunes au CLAS ?', colonne: ORIGINE_WORDING[c][0] }])),
    ...ACTIVITES.map((c) => label(`activites.${c}`, f, `Activité proposée : ${lower(ACTIVITE_LABELS[c])}`, 'booleen', [ACTIVITE_LABELS[c], ...ACTIVITE_WORDING[c]],
      [{ ligne: 'Activités proposées aux enfants jeunes dans le cadre du CLAS', colonne: ACTIVITE_WORDING[c][0] }])),
  ]
}

const OBJECTIF_WORDING: Record<(typeof OBJECTIFS_PARENTS)[number], string[]> = {
  information_inscription: [
    'Réunion d’information sur le CLAS à destination des parents', "Réunion d'information sur le CLAS à destination des parents",
    'Organiser des temps d’information sur les objectifs et le contenu des actions Clas au moment de l’inscription des enfants',
    "Organiser des temps d'information sur les objectifs et le contenu des actions Clas au moment de l'inscription des enfants",
  ],
  convivialite: ['Temps de convivialité avec les parents', 'Mettre en place des temps de convivialité enfants/parents', 'Temps de convivialité'],
  codes_ecole: [
    'Information et accompagnement des parents à la compréhension des codes de l’école', "Information et accompagnement des parents à la compréhension des codes de l'école",
    'Informer et accompagner les parents dans leur compréhension des codes de l’école', "Informer et accompagner les parents dans leur compréhension des codes de l'école",
  ],
  orientation_partenaires: [
    'Mise en relation des parents avec d’autres partenaires', "Mise en relation des parents avec d'autres partenaires",
    'Orienter les parents vers d’autres gestionnaires du territoire tel que des acteurs de soutien à la parentalité',
    "Orienter les parents vers d'autres gestionnaires du territoire tel que des acteurs de soutien à la parentalité",
  ],
  echanges_informels: [
    'Associer les parents à l’accompagnement proposé à leur enfant par des échanges informels réguliers',
    "Associer les parents à l'accompagnement proposé à leur enfant par des échanges informels réguliers", 'Échanges informels réguliers avec les parents',
  ],
  rencontre_individuelle: [
    'Rencontres individuelles programmées entre les parents et les accompagnateurs (et éventuellement l’enfant et le jeune)',
    'Rencontres individuelles programmées entre les parents et les accompagnateurs', 'Rencontres individuelles',
  ],
  accompagnement_enseignants: ['Accompagnement de parents lors de rencontres avec les enseignants', 'Accompagnement des parents auprès des enseignants'],
  participation_seance: ['Participation des parents à des séances de CLAS', 'Participation des parents aux séances'],
  numerique: ['En proposant aux parents un accompagnement à l’usage du numérique', "En proposant aux parents un accompagnement à l'usage du numérique", 'Accompagnement des parents au numérique'],
  autre: ['Autres actions avec les parents'],
}

/** Rows of the « Types d'ateliers / séances » table (bonus TNE form) and their variants. */
const FORMAT_ROWS: Record<(typeof FORMATS_ACTION_PARENTS)[number], string[]> = {
  reunion: ['Réunion', 'Réunions', "Réunion d'information"],
  cafe_parents: ['Café des parents', 'Cafés des parents', 'Café parents'],
  atelier_parentalite_numerique: ['Atelier parentalité numérique', 'Ateliers parentalité numérique'],
  ent_pronote: ['Espace Numérique de Travail / Pronote ...', 'Espace Numérique de Travail / Pronote', 'ENT / Pronote', 'Pronote'],
  atelier_ludo_educatif: ['Atelier familles ludo-éducatif', 'Atelier ludo-éducatif', 'Ateliers familles ludo-éducatifs'],
  spectacle: ['Spectacles', 'Spectacle'],
  sortie: ['Sortie', 'Sorties', 'Sorties parents-enfants'],
  entretien: ['Entretien', 'Entretiens', 'Entretiens individuels'],
  autre: ['Autres', 'Autres ....................................................................', 'Autre'],
}

const FORMAT_MESURES = {
  seances: { libelle: 'nombre de séances', colonnes: ['Nombre de séances réalisées', 'Nombre de séances', "Nombre d'ateliers", "Nombre d'actions"] },
  parents: { libelle: 'parents présents (total)', colonnes: ['Nombre de parents présents (total sur l’ensemble des séances)', "Nombre de parents présents (total sur l'ensemble des séances)", 'Nombre de parents présents', 'Nombre de parents'] },
  enfants: { libelle: 'enfants présents (total)', colonnes: ['Nombre d’enfants présents (total sur l’ensemble des séances)', "Nombre d'enfants présents (total sur l'ensemble des séances)", "Nombre d'enfants présents", "Nombre d'enfants"] },
} as const

function parents(): FigureLabel[] {
  const f = 'parents'
  return [
    ...OBJECTIFS_PARENTS.map((c) => label(`parents.objectif.${c}`, f, `Actions avec les parents : ${lower(OBJECTIF_PARENTS_LABELS[c])}`, 'entier', [OBJECTIF_PARENTS_LABELS[c], ...OBJECTIF_WORDING[c]],
      [{ ligne: 'Outils et actions développés à destination des parents', colonne: OBJECTIF_WORDING[c][0] }])),
    ...FORMATS_ACTION_PARENTS.flatMap((c) => (Object.keys(FORMAT_MESURES) as (keyof typeof FORMAT_MESURES)[]).map((m) =>
      label(`parents.format.${c}.${m}`, f, `${FORMAT_ACTION_PARENTS_LABELS[c]} : ${FORMAT_MESURES[m].libelle}`, 'entier',
        [`${FORMAT_ROWS[c][0]} ${lower(FORMAT_MESURES[m].colonnes[0])}`], cross(FORMAT_ROWS[c], FORMAT_MESURES[m].colonnes)))),
    // The same table in the bonus TNE form counts the TNE project's actions alone: a heading that
    // names the TNE tells the two apart (see scoreCandidate).
    ...FORMATS_ACTION_PARENTS.flatMap((c) => (Object.keys(FORMAT_MESURES) as (keyof typeof FORMAT_MESURES)[]).map((m) =>
      label(`parents.tne.format.${c}.${m}`, f, `Projet TNE, ${lower(FORMAT_ACTION_PARENTS_LABELS[c])} : ${FORMAT_MESURES[m].libelle}`, 'entier',
        [`${FORMAT_ROWS[c][0]} du projet TNE ${lower(FORMAT_MESURES[m].colonnes[0])}`],
        cross(FORMAT_ROWS[c], FORMAT_MESURES[m].colonnes)))),
    label('parents.familles', f, 'Familles touchées par les actions avec les parents', 'entier', [
      'Nombre de familles participantes', 'Nombre de familles ayant participé aux actions parents', 'Nombre de parents différents', 'Familles participantes',
    ]),
  ]
}

function concertation(): FigureLabel[] {
  const f = 'concertation'
  return [
    label('concertation.ecole.formalise', f, "Partenariat formalisé avec l'école", 'booleen', [
      'Un partenariat formalisé existe avec l’école', "Un partenariat formalisé existe avec l'école",
      'Un partenariat formalisé existe avec l’école (engagement écrit, convention, fiche de liaison, conseil d’école)',
      "Un partenariat formalisé existe avec l'école (engagement écrit, convention, fiche de liaison, conseil d'école)",
      'Partenariat formalisé (engagement écrit, convention, fiche de liaison, conseil d’école…)', 'Partenariat formalisé',
    ]),
    label('concertation.ecole.informel', f, "Partenariat informel avec l'école", 'booleen', [
      'Un partenariat informel est développé avec l’école', "Un partenariat informel est développé avec l'école",
      'Un partenariat informel est développé avec l’école (contact avec le directeur d’établissement, avec le CPE, avec les enseignants…)',
      'Partenariat informel développé (contact avec le directeur d’établissement, le CPE, les enseignants…)', 'Partenariat informel développé', 'Partenariat informel',
    ]),
    label('concertation.territoire.formalise', f, "Partenariat formalisé avec d'autres acteurs du territoire", 'booleen', [
      'Un partenariat formalisé existe avec d’autres acteurs du territoire', "Un partenariat formalisé existe avec d'autres acteurs du territoire",
    ]),
    label('concertation.territoire.informel', f, "Partenariat informel avec d'autres acteurs du territoire", 'booleen', [
      'Un partenariat informel est développé avec d’autres acteurs du territoire', "Un partenariat informel est développé avec d'autres acteurs du territoire",
    ]),
    label('concertation.orientation', f, "Collaboration pour l'orientation des enfants", 'booleen', [
      'Collaboration pour l’orientation des enfants', 'Collaboration effective pour l’orientation des enfants', "Collaboration effective pour l'orientation des enfants",
    ]),
    label('concertation.rencontresRegulieres', f, "Rencontres et échanges d'information réguliers", 'booleen', [
      'Rencontres et échanges d’information réguliers', 'Rencontres régulières avec les établissements', 'Échanges réguliers',
    ]),
    label('concertation.territoire.partenaires', f, 'Partenaires du territoire', 'texte', [
      'Lesquels', 'Avec quels acteurs (notamment les acteurs éducatifs) du territoire ?', 'Avec quels acteurs du territoire ?',
      'Acteurs du territoire', 'Partenaires', 'Partenaires locaux',
    ]),
  ]
}

function formations(): FigureLabel[] {
  return [
    label('formations.suivie', 'formations', 'Formation suivie par les accompagnateurs', 'booleen', [
      'Une formation a-t-elle été suivie par les accompagnateurs du Clas au cours de l’année scolaire ?',
      "Une formation a-t-elle été suivie par les accompagnateurs du Clas au cours de l'année scolaire ?",
      'Les formations réalisées', 'Formations réalisées', 'Formation des intervenants',
    ]),
  ]
}

const BONUS_NAMES: Record<(typeof TYPES_PROJET_BONUS)[number], { nom: string; lignes: string[]; projet: string }> = {
  enfants: { nom: 'Bonus enfants', lignes: ['Bonus enfants', 'Bonification enfants', 'Bonification Enfants', "Bonification de l'axe enfant"], projet: 'projet complémentaire' },
  parents: { nom: 'Bonus parents', lignes: ['Bonus parents', 'Bonification parents', 'Bonification Parents', "Bonification de l'axe parent"], projet: 'projet spécifique' },
  tne: { nom: 'Bonus parentalité numérique', lignes: ['Bonus parentalité numérique', 'Bonification TNE', 'Bonus parentalité numérique (financement TNE)', 'Territoire numérique éducatif'], projet: 'action parentalité numérique' },
}

const BONUS_WORDING: Record<(typeof TYPES_PROJET_BONUS)[number], Record<string, string[]>> = {
  enfants: {
    misEnPlace: [
      'Un projet socio-éducatif de bonification enfant a-t-il été mis en place ?', 'Le projet d’ouverture culturel a-t-il été mis en place ?',
      "Le projet d'ouverture culturel a-t-il été mis en place ?", 'Projet d’ouverture culturelle mis en place',
    ],
    intitule: ['Intitulé du projet complémentaire', "Intitulé du projet d'ouverture culturelle"],
    collectifs: [
      'Nombre de collectifs concernés par un projet complémentaire d’ouverture culturelle, structuré et organisé sur l’année ?',
      "Nombre de collectifs concernés par un projet complémentaire d'ouverture culturelle, structuré et organisé sur l'année ?",
      'Nombre de collectifs concernés par le projet socio-éducatif',
    ],
    'depenses.materiel': [
      'Surcoût généré par des dépenses pour l’achat de matériel pédagogique (ordinateur, …) propre à ce projet complémentaire ?',
      "Surcoût généré par des dépenses pour l'achat de matériel pédagogique propre à ce projet complémentaire ?",
      'L’achat de matériel pédagogique spécifique.', "L'achat de matériel pédagogique spécifique", 'Le matériel pédagogique acheté',
    ],
    'depenses.intervenants_exterieurs': [
      'Surcoût généré par des dépenses pour la mobilisation d\'intervenants extérieurs propre à ce projet complémentaire ?',
      'La mobilisation d’intervenants extérieurs.', 'Les intervenants extérieurs rémunérés',
    ],
    'depenses.sorties_culturelles': [
      'Surcoût généré par des dépenses pour l’organisation de sorties et/ou d\'activités culturelles propre à ce projet complémentaire ?',
      "Surcoût généré par des dépenses pour l'organisation de sorties et/ou d'activités culturelles propre à ce projet complémentaire ?",
      'L’organisation de sorties culturelles.', "L'organisation de sorties culturelles", "Les sorties et / ou d'activités culturelles mises en place",
    ],
  },
  parents: {
    misEnPlace: [
      'Un projet spécifique d’accompagnement des parents a-t-il été mis en place', "Un projet spécifique d'accompagnement des parents a-t-il été mis en place",
      'Le projet spécifique d’accompagnement des parents pour les soutenir dans leur relation avec leur enfant et l’école a-t-il été mise en place ?',
      "Le projet spécifique d'accompagnement des parents pour les soutenir dans leur relation avec leur enfant et l'école a-t-il été mis en place ?",
    ],
    intitule: ["Intitulé du projet spécifique d'accompagnement des parents"],
    collectifs: [
      'Nombre de collectifs concernés par un projet spécifique d’accompagnement des parents des enfants du CLAS organisé sur la totalité de l\'année',
      "Nombre de collectifs concernés par un projet spécifique d'accompagnement des parents des enfants du CLAS organisé sur la totalité de l'année",
      'Nombre de collectifs concernés par le projet spécifique d’accompagnement', "Nombre de collectifs concernés par le projet spécifique d'accompagnement",
    ],
    'depenses.intervenants_exterieurs': [
      'Surcoût généré par des dépenses pour la mobilisation d\'intervenants extérieurs propre à ce projet spécifique ?',
      'La mobilisation d’intervenants extérieurs', 'Les intervenants extérieurs rémunérés',
    ],
    'depenses.sorties_culturelles': [
      'Surcoût généré par des dépenses pour l’organisation de sorties et/ou d\'activités culturelles Parents-enfants propre à ce projet spécifique ?',
      "Surcoût généré par des dépenses pour l'organisation de sorties et/ou d'activités culturelles Parents-enfants propre à ce projet spécifique ?",
      'Les sorties et activités culturelles parents/enfants',
    ],
  },
  tne: {
    misEnPlace: ['Un projet Bonus Parentalité numérique a -t-il été mis en place ?', 'Un projet Bonus Parentalité numérique a-t-il été mis en place ?'],
    intitule: ['Nom de l’action « parentalité numérique » proposée', "Nom de l'action « parentalité numérique » proposée", "Nom de l'action parentalité numérique"],
    montant: ['Budget réalisé pour l’action parentalité numérique (€ TTC)', "Budget réalisé pour l'action parentalité numérique (€ TTC)", "Budget réalisé pour l'action parentalité numérique"],
  },
}

const DEPENSE_LABELS: Record<(typeof NATURES_DEPENSE)[number], string> = {
  materiel: "l'achat de matériel pédagogique", intervenants_exterieurs: "la mobilisation d'intervenants extérieurs",
  sorties_culturelles: 'des sorties ou activités culturelles', autre: "d'autres besoins",
}

function bonus(): FigureLabel[] {
  const f = 'bonus'
  return TYPES_PROJET_BONUS.flatMap((type) => {
    const { nom, lignes, projet } = BONUS_NAMES[type]
    const wording = (k: string) => BONUS_WORDING[type][k] ?? []
    const item = (k: string, libelle: string, format: FigureFormat, colonnes: string[]) =>
      label(`bonus.${type}.${k}`, f, `${nom} : ${libelle}`, format, wording(k), cross(lignes.slice(0, 2), colonnes))
    return [
      item('misEnPlace', 'projet mis en place', 'booleen', ['Mis en place', 'Projet mis en place']),
      item('intitule', 'intitulé du projet', 'texte', ['Intitulé', "Nom de l'action"]),
      item('collectifs', 'nombre de collectifs concernés', 'entier', ['Nombre de collectifs concernés']),
      item('touteAnnee', "projet réalisé sur toute l'année scolaire", 'booleen', ["Le projet a-t-il été réalisé sur toute l'année scolaire ?", 'Le projet a-t-il été réalisé sur toute l’année scolaire ?', "Toute l'année"]),
      ...NATURES_DEPENSE.map((n) => item(`depenses.${n}`, `dépenses pour ${DEPENSE_LABELS[n]}`, 'booleen', [`Surcoût généré par des dépenses pour ${DEPENSE_LABELS[n]}`, `Dépenses pour ${DEPENSE_LABELS[n]}`])),
      item('montant', 'montant des dépenses (€)', 'decimal', ['Budget réalisé (€ TTC)', 'Montant des dépenses', 'Budget réalisé', `Dépenses du ${projet}`]),
    ]
  })
}

/** The tick boxes of « Nature du local utilisé » (Lot-et-Garonne). */
const LOCAL_HEADINGS: Record<(typeof TYPES_LOCAL)[number], string> = { associatif: 'Associatif', municipal: 'Municipal', scolaire: 'Scolaire' }

function territoire(): FigureLabel[] {
  const f = 'territoire'
  return [
    label('territoire.lieux', f, "Lieux d'intervention", 'texte', [
      'Lieu de déroulement de l’action et adresse', "Lieu de déroulement de l'action et adresse", 'TERRITOIRES D’INTERVENTION (Quartier, adresse, local)',
      "Territoires d'intervention (quartier, adresse, local)", "Territoires d'intervention", 'Nom et commune de l’équipement concerné',
      "Nom et commune de l'équipement concerné", 'Équipement concerné', "Lieu d'accueil", 'Lieux des séances',
    ]),
    ...TYPES_LOCAL.map((t) => label(`territoire.typeLocal.${t}`, f, `Nature du local utilisé : ${lower(LOCAL_HEADINGS[t])}`, 'booleen',
      [LOCAL_HEADINGS[t], TYPE_LOCAL_LABELS[t]], [{ ligne: 'Nature du local utilisé', colonne: LOCAL_HEADINGS[t] }])),
    label('territoire.etablissements', f, 'Établissements scolaires concernés', 'texte', [
      'Etablissements scolaires concernés', 'ETABLISSEMENTS SCOLAIRES CONCERNES', 'Etablissement(s) scolaire(s) concerné(s)', 'Établissements partenaires', 'Écoles et collèges concernés',
    ]),
    label('territoire.rep', f, 'Établissement en éducation prioritaire (REP, REP+)', 'booleen', ['REP – Réseau d’éducation prioritaire', "REP – Réseau d'éducation prioritaire", 'REP', 'Réseau d’éducation prioritaire', 'REP / REP+', 'REP ou REP+', 'Établissement en REP ou REP+', 'Éducation prioritaire'],
      [{ ligne: 'Zonage', colonne: 'REP – Réseau d’éducation prioritaire' }]),
    label('territoire.quartierPrioritaire', f, 'Politique de la ville (quartier prioritaire)', 'booleen', [
      'Politique de la ville', 'Politique de la ville (si l’action se déroule sur un quartier prioritaire ou vécu et/ou si les établissements fréquentés par les enfants sont situés en quartier prioritaires ou vécus)',
      'Quartier prioritaire', 'QPV', 'Quartier prioritaire de la ville',
    ], [{ ligne: 'Zonage', colonne: 'Politique de la ville' }]),
  ]
}

// Budget (issue 16): the compte rendu financier of the action, in euros.
const COLONNE_NAMES = { previsionnel: 'Budget prévisionnel', realise: 'Budget réalisé' } as const
const BUDGET_WORDING: Record<(typeof COLONNES_BUDGET)[number], Record<string, string[]>> = {
  previsionnel: {
    charges: ['Total des charges prévisionnelles', "Coût prévisionnel de l'action", 'Montant du budget prévisionnel', 'Budget prévisionnel total'],
    produits: ['Total des produits prévisionnels', 'Total des financements prévisionnels'],
    caf: ['Financement Caf prévisionnel', 'Montant prévisionnel du financement de la Caf'],
    partCaf: ['Part prévisionnelle de la Caf', 'Taux de financement Caf prévisionnel'],
    cofinancement: ['Cofinancements prévisionnels'],
    autresFinanceurs: ['Autres financeurs prévus (montant)'],
  },
  realise: {
    charges: [
      "Coût total de l'action", "Coût total annuel de fonctionnement", 'Total des charges réalisées', "Budget réalisé de l'action",
      "Coût réel de l'action", 'Total des charges', 'Coût total du projet',
    ],
    produits: ['Total des produits réalisés', 'Total des produits', 'Total des financements obtenus'],
    caf: ['Montant du financement Caf', 'Financement de la Caf', 'Participation de la Caf', 'Prestation de service et bonus Caf'],
    partCaf: ['Part de la Caf dans le coût de l’action', "Part de la Caf dans le coût de l'action", 'Taux de financement Caf', 'Pourcentage de financement de la Caf', 'Part du financement Caf (%)'],
    cofinancement: ['Montant des cofinancements', 'Cofinancements obtenus', 'Cofinancements'],
    autresFinanceurs: ['Autres financeurs (montant)', 'Montant des autres financements'],
  },
}
const BUDGET_TOTAL_LABELS: Record<string, [string, FigureFormat]> = {
  charges: ['total des charges (€)', 'decimal'],
  produits: ['total des produits (€)', 'decimal'],
  caf: ['financement de la Caf, prestation de service et bonus (€)', 'decimal'],
  cofinancement: ['cofinancements et fonds propres (€)', 'decimal'],
  partCaf: ["part de la Caf dans le coût de l'action (%)", 'pourcentage'],
  autresFinanceurs: ['autres financeurs nommés (€)', 'decimal'],
}
/** Where the réalisé of a poste is asked by its name alone, as in a compte rendu financier. */
const POSTE_WORDING: Partial<Record<(typeof POSTES_FIGURES)[number], string[]>> = {
  commune: ['Subvention de la commune', "Financement de la commune ou de l'intercommunalité", 'Commune / EPCI'],
  departement: ['Subvention du département', 'Financement du Conseil départemental', 'Conseil départemental'],
  etat_politique_ville: ['Politique de la ville', 'Financement État politique de la ville', 'Contrat de ville'],
  participation_familles: ['Participation des familles', 'Participation financière des familles'],
  fonds_propres: ['Fonds propres', "Fonds propres de l'association", 'Autofinancement'],
  caf_prestation_service: ['Prestation de service Clas', 'PS Clas', 'Prestation de service Caf'],
  caf_bonus: ['Bonus Clas', 'Bonus Caf'],
  personnel: ['Salaires et charges', 'Frais de personnel', 'Charges de personnel'],
  achats: ['Achats', 'Fournitures et matériel pédagogique'],
  deplacements: ['Frais de déplacement', 'Déplacements'],
  intervenants_exterieurs: ['Rémunération des intervenants extérieurs', 'Honoraires des intervenants extérieurs'],
}

function budget(): FigureLabel[] {
  const f = 'budget'
  return [
    label('budget.renseigne', f, "Budget de l'action renseigné", 'booleen', ['Budget renseigné']),
    ...COLONNES_BUDGET.flatMap((colonne) => {
      const nom = COLONNE_NAMES[colonne]
      return [
        ...Object.entries(BUDGET_TOTAL_LABELS).map(([k, [libelle, format]]) => label(`budget.${colonne}.${k}`, f, `${nom} : ${libelle}`, format, BUDGET_WORDING[colonne][k])),
        ...POSTES_FIGURES.map((poste) => label(`budget.${colonne}.poste.${poste}`, f, `${nom} : ${lower(POSTE_LABELS[poste])} (€)`, 'decimal',
          colonne === 'realise' ? POSTE_WORDING[poste] ?? [] : [], [{ ligne: POSTE_LABELS[poste], colonne: colonne === 'realise' ? 'Réalisé' : 'Prévisionnel' }])),
      ]
    }),
    label('budget.ecart.charges', f, 'Écart entre le réalisé et le prévisionnel : charges (€)', 'decimal', ['Écart des charges', 'Écart sur les charges']),
    label('budget.ecart.produits', f, 'Écart entre le réalisé et le prévisionnel : produits (€)', 'decimal', ['Écart des produits', 'Écart sur les produits']),
    label('budget.ecartsImportants', f, 'Postes du budget aux écarts importants (plus de 15 % du prévisionnel)', 'texte', ['Écarts importants du budget', 'Écarts budgétaires significatifs']),
    label('budget.autresFinanceurs.noms', f, 'Autres financeurs (noms)', 'texte', ['Autres financeurs', 'Autres partenaires financiers', 'Nom des autres financeurs']),
    label('budget.benevolat.heures', f, 'Contributions volontaires en nature : heures de bénévolat valorisées', 'heures', ["Nombre d'heures de bénévolat valorisées", 'Heures de bénévolat valorisées']),
    label('budget.benevolat.tauxHoraire', f, 'Contributions volontaires en nature : taux horaire du bénévolat (€)', 'decimal', ['Taux horaire de valorisation du bénévolat', 'Valorisation horaire du bénévolat']),
    label('budget.benevolat.valeur', f, 'Contributions volontaires en nature : bénévolat valorisé (€)', 'decimal', [
      'Valorisation du bénévolat', 'Montant de la valorisation du bénévolat', 'Contributions volontaires en nature', 'Bénévolat valorisé', 'Mise à disposition gratuite de personnes : bénévolat',
    ]),
  ]
}

let cached: FigureLabel[] | undefined

/** Every scalar key of the figures with its label, in the order of the families; code lists enumerated. */
export function figureLabels(): FigureLabel[] {
  cached ??= [
    ...identification(), ...calendrier(), ...collectifs(), ...enfants(), ...frequentation(), ...intervenants(),
    ...situations(), ...parents(), ...concertation(), ...formations(), ...bonus(), ...territoire(),
    ...budget(),
  ]
  return cached
}

let byKey: Map<string, FigureLabel> | undefined

/** The label of one scalar key, if the key exists; a group of children (`enfants?…`) is worded from its parameters. */
export function figureLabel(key: string): FigureLabel | undefined {
  byKey ??= new Map(figureLabels().map((l) => [l.key, l]))
  const known = byKey.get(key)
  if (known || !isGroupeKey(key)) return known
  const groupe = parseGroupeKey(key)
  return groupe ? label(key, 'enfants', groupeLibelle(groupe), 'entier') : undefined
}

/** The tables of the bilan: their title, how forms number their rows, and their columns. */
export const TABLE_LABELS: Record<RepeatedKey, TableLabel> = {
  collectifs: {
    libelle: 'Mise en œuvre par collectif',
    synonymes: ['Mise en œuvre du projet', 'Collectifs'],
    ligne: (i) => `collectif ${i + 1}`,
    colonnes: [
      { colonne: 'nom', libelle: 'Collectif', synonymes: ['Nom du collectif', 'Collectifs', 'Groupe'], format: 'texte' },
      { colonne: 'semaines', libelle: "Nombre de semaines d'activité réalisées", synonymes: ["Nombre de semaines d'activité", 'Nombre de semaines', 'Semaines'], format: 'entier' },
      { colonne: 'enfantsInscrits', libelle: "Nombre d'enfants inscrits", synonymes: ["Nombre d'enfants", 'Enfants inscrits', 'Inscrits'], format: 'entier' },
      { colonne: 'seancesParSemaine', libelle: 'Nombre de séances / semaine', synonymes: ['Nombre de séances par semaine', 'Séances par semaine', 'Séances / semaine'], format: 'decimal' },
      { colonne: 'animateurs', libelle: "Nombre d'animateurs", synonymes: ["Nombre d’animateurs", "Nombre d'intervenants", "Nombre d'accompagnateurs", 'Animateurs', 'Encadrants'], format: 'entier' },
      { colonne: 'dureeSeanceMinutes', libelle: "Durée d'une séance", synonymes: ['Durée des séances', 'Durée de la séance', 'Durée'], format: 'minutes' },
    ],
  },
  formations: {
    libelle: 'Formations suivies',
    synonymes: ['Les formations réalisées', 'Formations'],
    colonnes: [
      { colonne: 'organisme', libelle: "Nom de l'organisme en charge de la formation", synonymes: ['Nom de l’organisme en charge de la formation', 'Organisme de formation', 'Organisme'], format: 'texte' },
      { colonne: 'intitule', libelle: 'Intitulé et objet de la formation', synonymes: ['Intitulé de la formation', 'Objet de la formation', 'Intitulé'], format: 'texte' },
      { colonne: 'dates', libelle: 'Dates de formation', synonymes: ['Dates de la formation', 'Dates', 'Date'], format: 'texte' },
      ...(['salarie', 'volontaire', 'benevole'] as const).map((s): ColumnLabel => ({
        colonne: s,
        libelle: `Personnes formées : ${lower(INTERVENANT_ROWS[s].ligne[0])}`,
        synonymes: [INTERVENANT_ROWS[s].ligne[0], `${INTERVENANT_ROWS[s].ligne[0]} formés`, `Nombre de personnes formées ${lower(INTERVENANT_ROWS[s].ligne[0])}`, STATUT_INTERVENANT_LABELS[s]],
        format: 'entier',
      })),
    ],
  },
  lieux: {
    libelle: "Territoires d'intervention",
    synonymes: ['TERRITOIRES D’INTERVENTION (Quartier, adresse, local)', 'Lieux', "Lieu de déroulement de l'action"],
    colonnes: [
      { colonne: 'nom', libelle: 'Nom du lieu', synonymes: ['Local', 'Équipement', 'Lieu'], format: 'texte' },
      { colonne: 'adresse', libelle: 'Adresse', synonymes: ['Adresse du lieu'], format: 'texte' },
      { colonne: 'commune', libelle: 'Commune', synonymes: ['Ville'], format: 'texte' },
      { colonne: 'typeLocal', libelle: 'Nature du local utilisé', synonymes: ['Nature du local', 'Type de local'], format: 'texte' },
      { colonne: 'quartierPrioritaire', libelle: 'Quartier prioritaire', synonymes: ['QPV', 'Quartier'], format: 'booleen' },
      { colonne: 'description', libelle: 'Territoire d’intervention (quartier, adresse, local)', synonymes: ["Territoires d'intervention (quartier, adresse, local)", "Lieu de déroulement de l'action et adresse", 'Nom et commune de l’équipement concerné'], format: 'texte' },
    ],
  },
  etablissements: {
    libelle: 'Établissements scolaires concernés',
    synonymes: ['ETABLISSEMENTS SCOLAIRES CONCERNES : NOM ADRESSE, MAIL', 'Etablissements scolaires concernés', 'Établissements'],
    colonnes: [
      { colonne: 'nom', libelle: "Nom de l'établissement", synonymes: ['Établissement', 'Etablissement', 'Nom'], format: 'texte' },
      { colonne: 'type', libelle: "Type d'établissement", synonymes: ['Type'], format: 'texte' },
      { colonne: 'adresse', libelle: 'Adresse', synonymes: ["Adresse de l'établissement"], format: 'texte' },
      { colonne: 'commune', libelle: 'Commune', synonymes: ['Ville'], format: 'texte' },
      { colonne: 'email', libelle: 'Mail', synonymes: ['Adresse mail', 'Courriel', 'E-mail'], format: 'texte' },
      { colonne: 'rep', libelle: 'REP / REP+', synonymes: ['REP', "Réseau d'éducation prioritaire", 'Éducation prioritaire'], format: 'booleen' },
      { colonne: 'description', libelle: 'Établissement scolaire concerné : nom, adresse, mail', synonymes: ['ETABLISSEMENTS SCOLAIRES CONCERNES : NOM ADRESSE, MAIL', 'Nom, adresse, mail'], format: 'texte' },
    ],
  },
}
