import type { Question } from './types'

/**
 * Every qualitative question of the bilan forms (issue 5): what the coordinator writes or
 * ticks, never what the registers compute (counts, hours, weeks, dates, situations, origins,
 * activities, concertations, bonus set up and their expenses: see spec/chiffres.md).
 *
 * A question several forms ask is one entry, so an answer written once fills every form.
 * The deviations « écarts entre le prévisionnel et le réel » are one question per theme; where
 * a form asks « Existe-t-il des écarts ? » with boxes and then « Si oui, précisez », the box is
 * the `_existe` question and the reasons the other one.
 *
 * Formulations are copied from the forms' text (shared/reference/forms), leading bullets and
 * numbers left out. `node bin/run-ts.mjs scripts/check-question-bank.ts` checks them against
 * the forms' text.
 */
export const QUESTIONS: readonly Question[] = [
  // Identification
  {
    id: 'eligible_bonus_enfants',
    theme: 'identification',
    type: 'ouinon',
    texte: 'Êtes-vous éligible au bonus enfants ?',
    formulations: { 'bonus-tne-2025-2026': ['BONUS ENFANTS :'] },
  },
  {
    id: 'eligible_bonus_parents',
    theme: 'identification',
    type: 'ouinon',
    texte: 'Êtes-vous éligible au bonus parents ?',
    formulations: { 'bonus-tne-2025-2026': ['BONUS PARENTS :'] },
  },
  {
    id: 'eligible_bonus_parentalite_numerique',
    theme: 'identification',
    type: 'ouinon',
    texte: 'Êtes-vous éligible au bonus parentalité numérique (financement Territoires numériques éducatifs) ?',
    formulations: { 'bonus-tne-2025-2026': ['BONUS PARENTALITE NUMERIQUE :'] },
  },

  // Calendrier
  {
    id: 'ecarts_previsionnel_reel_existe',
    theme: 'calendrier',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans la mise en œuvre (calendrier, nombre de semaines d’activité) ?',
    formulations: {
      'bonus-tne-2025-2026': ['Selon les données de mise en œuvre précitées, existe-t-il des écarts entre le prévisionnel et le réel ?'],
      'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel, concernant le calendrier ou le nombre de semaines d’activité dans l’année ?'],
    },
  },
  {
    id: 'ecarts_previsionnel_reel',
    theme: 'calendrier',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans la mise en œuvre (calendrier, nombre de semaines d’activité) : précisez-en les raisons.',
    formulations: {
      'bilan-2024-2025': ["Calendrier de mise en œuvre du projet / nombre de semaines d'activité : Existe-t-il des écarts entre le prévisionnel et le réel ? Si oui, précisez-en les raisons."],
      'bonus-tne-2025-2026': ['Si OUI, merci de préciser pourquoi :'],
      'caf47-2021-2022': ['Si oui, précisez-en les raisons :'],
    },
    suiteDe: { question: 'ecarts_previsionnel_reel_existe', si: 'oui' },
  },

  // Moyens humains
  {
    id: 'moyens_humains_ecarts_existe',
    theme: 'moyens_humains',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel concernant les moyens humains (intervenants) ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel concernant les moyens humains ?'] },
  },
  {
    id: 'moyens_humains_ecarts',
    theme: 'moyens_humains',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel concernant les moyens humains : précisez-en les raisons et leurs effets sur l’animation du projet.',
    formulations: {
      'bilan-2024-2025': ['Existe-t-il des écarts entre le prévisionnel et le réel, concernant les moyens humains ? Précisez-en les raisons. Expliquer les impacts éventuels autour de l’animation du projet.'],
      'caf01-2025-2026': ['S’il existe des écarts entre le prévisionnel et le réel concernant les intervenants, pouvez-vous en expliquer-en les raisons :'],
      'caf47-2021-2022': ['Si oui, précisez-en les raisons :'],
    },
    suiteDe: { question: 'moyens_humains_ecarts_existe', si: 'oui' },
  },

  // Formations
  {
    id: 'formations_appreciation',
    theme: 'formations',
    type: 'texte',
    texte: 'Quelle appréciation avez-vous des formations suivies ? En quoi ont-elles été utiles aux intervenants et au projet ?',
    formulations: { 'caf01-2025-2026': ['Quelle appréciation avez-vous des formations suivies et dans quelle mesure ont-elles été utiles pour les intervenants et la conduite de votre projet ?'] },
  },
  {
    id: 'besoins_formation',
    theme: 'formations',
    type: 'texte',
    texte: 'Avez-vous des besoins de formation liés au Clas qu’aucune formation proposée ne couvre ? Lesquels ?',
    formulations: { 'caf01-2025-2026': ['Avez-vous des besoins de formation en lien avec le Clas qui sont non couverts par une proposition de formation ? si oui, lequels ?'] },
  },

  // Public
  {
    id: 'organisation_collectifs',
    theme: 'public',
    type: 'texte',
    texte: 'Organisation et réorganisation des collectifs d’enfants : explications, évolutions, difficultés.',
    formulations: { 'bilan-2024-2025': ['Nombre de collectifs menés - organisation / réorganisation des collectifs d’enfants (explication, évolutions, difficultés...)'] },
  },
  {
    id: 'observations_public',
    theme: 'public',
    type: 'texte',
    texte: 'Observations et faits marquants concernant le public.',
    formulations: { 'bonus-tne-2025-2026': ['Observations / Faits marquants concernant le public.'] },
  },
  {
    id: 'frequentation_ecarts_existe',
    theme: 'public',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre la fréquentation prévue et la fréquentation réelle ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre la fréquentation prévisionnelle et la fréquentation réelle ?'] },
  },
  {
    id: 'frequentation_ecarts',
    theme: 'public',
    type: 'texte',
    texte: 'Écarts entre la fréquentation prévue et la fréquentation réelle : précisez-en les raisons.',
    formulations: { 'caf47-2021-2022': ['Si oui, précisez-en les raisons :'] },
    suiteDe: { question: 'frequentation_ecarts_existe', si: 'oui' },
  },

  // Enfants
  {
    id: 'deroulement_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Déroulement des actions menées auprès des enfants et des jeunes : contenu, organisation, apports.',
    formulations: {
      'bilan-2024-2025': ['le déroulement des projets menés auprès des enfants'],
      'bonus-tne-2025-2026': ['Observations / Faits marquants concernant les activités proposées aux des enfants et leurs plus-values.'],
      'caf01-2025-2026': ['Quelles actions avez-vous développées auprès des enfants et des jeunes ? (Contenu des actions, organisation ?)'],
    },
  },
  {
    id: 'evolutions_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Évolutions du projet auprès des enfants et expérimentations réalisées.',
    formulations: { 'bilan-2024-2025': ['Les évolutions du projet et les expérimentations réalisées'] },
  },
  {
    id: 'difficultes_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Difficultés rencontrées dans les actions auprès des enfants.',
    formulations: { 'bilan-2024-2025': ['Les difficultés rencontrées'] },
  },
  {
    id: 'evolutions_percues_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Évolutions perçues chez les enfants dans leur rapport à l’école et aux apprentissages.',
    formulations: { 'bilan-2024-2025': ['Les évolutions perçues sur les enfants dans leur rapport à l’école et à l’apprentissage'] },
  },
  {
    id: 'progression_assiduite_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Observations et faits marquants concernant la progression et l’assiduité des enfants.',
    formulations: { 'bonus-tne-2025-2026': ['Observations / Faits marquants concernant la progression et l’assiduité des enfants à l’action Clas'] },
  },
  {
    id: 'enfants_ecarts_existe',
    theme: 'enfants',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans les actions auprès des enfants ?',
    formulations: { 'caf47-2021-2022': ['Pour des actions décrites ci-dessus, existe-t-il des écarts entre le prévisionnel et le réel du projet ?'] },
  },
  {
    id: 'enfants_ecarts',
    theme: 'enfants',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans les actions auprès des enfants : expliquez-en les raisons.',
    formulations: {
      'caf01-2025-2026': ['S’il existe des écarts entre ce qui avait été envisagé dans le projet et ce qui a été réalisé concernant l’axe d’intervention auprès des enfants et des jeunes, expliquez-en les raisons ?'],
      'caf47-2021-2022': ['Si oui, expliquez-en les raisons :'],
    },
    suiteDe: { question: 'enfants_ecarts_existe', si: 'oui' },
  },
  {
    id: 'retours_enfants',
    theme: 'enfants',
    type: 'texte',
    texte: 'Qu’ont rapporté les enfants sur l’intérêt du Clas ? Quelle incidence sur leur scolarité ? Sont-ils satisfaits d’y participer, et pourquoi ?',
    formulations: { 'caf01-2025-2026': ['Qu’est-ce que les enfants vous ont-ils rapporté sur l’intérêt du clas ? Quelle incidence sur leur scolarité ? Sont-ils satisfaits de participer au clas et pourquoi ?'] },
  },
  {
    id: 'suivi_progression_assiduite',
    theme: 'enfants',
    type: 'ouinon',
    texte: 'Suivez-vous la progression et l’assiduité des enfants ?',
    formulations: { 'caf47-2021-2022': ['Progression et assiduité de l’enfant :'] },
  },
  {
    id: 'mesure_progression',
    theme: 'enfants',
    type: 'ouinon',
    texte: 'Mesurez-vous la progression des enfants ?',
    formulations: { 'caf47-2021-2022': ['Mesurez-vous la progression de l’enfant ?'] },
  },
  {
    id: 'mesure_assiduite',
    theme: 'enfants',
    type: 'ouinon',
    texte: 'Mesurez-vous l’assiduité des enfants au Clas ?',
    formulations: { 'caf47-2021-2022': ['Mesurez-vous l’assiduité des enfants à l’action CLAS ?'] },
  },

  // Bonus enfants (projet complémentaire d'ouverture culturelle)
  {
    id: 'bonus_enfants_actions',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Décrivez le projet complémentaire du bonus enfants : sa nature et les actions réalisées au cours de l’année.',
    formulations: {
      'bilan-2024-2025': ['Décrire les actions réalisées dans le cadre du projet complémentaire :'],
      'caf01-2025-2026': ['Avez-vous conduit un projet sur l’ensemble de l’année scolaire ? De quelle nature ? Quelles sont les dépenses occasionnées par ce projet ?'],
    },
  },
  {
    id: 'bonus_enfants_materiel',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Bonus enfants : matériel pédagogique acheté.',
    formulations: { 'bilan-2024-2025': ['le matériel pédagogique acheté'] },
  },
  {
    id: 'bonus_enfants_intervenants_exterieurs',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Bonus enfants : intervenants extérieurs rémunérés.',
    formulations: { 'bilan-2024-2025': ['les intervenants extérieurs rémunérés'] },
  },
  {
    id: 'bonus_enfants_sorties',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Bonus enfants : sorties et activités culturelles mises en place.',
    formulations: { 'bilan-2024-2025': ["les sorties et / ou d'activités culturelles mises en place"] },
  },
  {
    id: 'bonus_enfants_effets',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Quels ont été les effets du projet du bonus enfants sur les enfants, le groupe, les familles et la scolarité ?',
    formulations: {
      'bonus-tne-2025-2026': ['Quelle a été la plus-value du projet socio-éducatif sur les enfants et leur scolarité :'],
      'caf47-2021-2022': ['Selon vous, quels ont été les effets de votre projet d’ouverture culturelle ? (sur le jeune, le groupe, les familles …) ?'],
    },
  },
  {
    id: 'bonus_enfants_ecarts_existe',
    theme: 'bonus_enfants',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans le projet du bonus enfants ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel du projet d’ouverture culturel ?'] },
  },
  {
    id: 'bonus_enfants_ecarts',
    theme: 'bonus_enfants',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans le projet du bonus enfants : expliquez-en les raisons.',
    formulations: { 'caf47-2021-2022': ['Si oui, expliquez-en les raisons'] },
    suiteDe: { question: 'bonus_enfants_ecarts_existe', si: 'oui' },
  },

  // Parents
  {
    id: 'deroulement_parents',
    theme: 'parents',
    type: 'texte',
    texte: 'Déroulement des actions menées auprès des parents : contenu, organisation, apports.',
    formulations: {
      'bilan-2024-2025': ['le déroulement des projets menés auprès des parents'],
      'bonus-tne-2025-2026': ['Observation et faits marquants concernant les activités proposées aux parents et leurs- plus-values'],
      'caf01-2025-2026': ['Quelles actions avez-vous développées auprès des parents ? (Contenu des actions, modalités d’organisation).'],
    },
  },
  {
    id: 'evolutions_parents',
    theme: 'parents',
    type: 'texte',
    texte: 'Évolutions des actions auprès des parents et expérimentations réalisées.',
    formulations: { 'bilan-2024-2025': ['les évolutions, les expérimentations réalisées'] },
  },
  {
    id: 'difficultes_parents',
    theme: 'parents',
    type: 'texte',
    texte: 'Difficultés rencontrées dans les actions auprès des parents.',
    formulations: { 'bilan-2024-2025': ['les difficultés rencontrées'] },
  },
  {
    id: 'impact_parents',
    theme: 'parents',
    type: 'texte',
    texte: 'Effets sur la relation entre parents et enfants autour des apprentissages, et entre parents et établissements scolaires.',
    formulations: { 'bilan-2024-2025': ['l’impact sur la relation parents enfants autour des apprentissages et parent/établissements scolaires'] },
  },
  {
    id: 'retours_parents',
    theme: 'parents',
    type: 'texte',
    texte: 'Que pensent les parents du Clas après une année ? Quels effets voient-ils sur leur enfant ? Leur façon d’aborder la scolarité de leur enfant a-t-elle changé, et comment ?',
    formulations: { 'caf01-2025-2026': ['A l’issue d’une année de Clas, que pensent les parents de ce dispositif ? Quels effets selon eux sur leur enfant ? Est-ce que la participation de leur enfant au Clas et leur propre participation a changé leur façon d’aborder la scolarité de leur enfant ? Comment ?'] },
  },
  // Tools for parents that no objective code of the actions with parents records.
  {
    id: 'parents_contractualisation',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Avez-vous passé avec les parents et l’enfant des engagements réciproques (contrat) ?',
    formulations: { 'caf47-2021-2022': ['Contractualisation avec les parents/enfant/le jeune sur des engagements réciproques :'] },
  },
  {
    id: 'parents_outils_liaison',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Avez-vous mis en place des outils de liaison et d’échange avec les parents ?',
    formulations: { 'caf47-2021-2022': ['Mise en place d’outils de liaison et d’échange avec les parents :'] },
  },
  {
    id: 'parents_rencontre_thematique',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Avez-vous organisé des rencontres avec les parents autour d’une thématique ?',
    formulations: { 'caf47-2021-2022': ['Rencontre avec les parents autour d’une thématique :'] },
  },
  {
    id: 'parents_associations_parents_eleves',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Avez-vous accompagné des parents vers les associations de parents d’élèves ?',
    formulations: { 'caf47-2021-2022': ['Accompagnement des parents bers les associations de parents d’élèves :'] },
  },
  {
    id: 'evaluation_actions_parents',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Évaluez-vous les actions proposées aux parents ?',
    formulations: { 'caf47-2021-2022': ['Evaluez-vous les actions proposées aux parents :'] },
  },
  {
    id: 'parents_ecarts_existe',
    theme: 'parents',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans les actions auprès des parents ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel ?'] },
  },
  {
    id: 'parents_ecarts',
    theme: 'parents',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans les actions auprès des parents : expliquez-en les raisons.',
    formulations: {
      'caf01-2025-2026': ['S’il existe des écarts entre ce qui avait été envisagé dans le projet et ce qui a été réalisé concernant vos interventions auprès des parents, expliquez -en les raisons ?'],
      'caf47-2021-2022': ['Si oui précisez comment :'],
    },
    suiteDe: { question: 'parents_ecarts_existe', si: 'oui' },
  },

  // Bonus parents (projet spécifique d'accompagnement des parents)
  {
    id: 'bonus_parents_actions',
    theme: 'bonus_parents',
    type: 'texte',
    texte: 'Décrivez le projet spécifique d’accompagnement des parents du bonus parents et les actions réalisées.',
    formulations: {
      'bilan-2024-2025': ['Décrire les actions réalisées dans le cadre du projet complémentaire :'],
      'caf47-2021-2022': ['Détaillez pour plus de précisions :'],
    },
  },
  {
    id: 'bonus_parents_sorties',
    theme: 'bonus_parents',
    type: 'texte',
    texte: 'Bonus parents : sorties et activités culturelles parents-enfants.',
    formulations: { 'bilan-2024-2025': ['les sorties et activités culturelles parents/enfants'] },
  },
  {
    id: 'bonus_parents_intervenants_exterieurs',
    theme: 'bonus_parents',
    type: 'texte',
    texte: 'Bonus parents : intervenants extérieurs rémunérés.',
    formulations: { 'bilan-2024-2025': ['les intervenants extérieurs rémunérés'] },
  },
  {
    id: 'bonus_parents_actions_specifiques',
    theme: 'bonus_parents',
    type: 'ouinon',
    texte: 'Le projet du bonus parents a-t-il nécessité des actions spécifiques d’accompagnement des parents (accès aux droits liés à la scolarité, orientation, numérique) ?',
    formulations: { 'bonus-tne-2025-2026': ['La mise en place d’actions spécifiques d’accompagnement des parents (accès aux droits en lien avec la scolarité, orientation, numérique)'] },
  },
  {
    id: 'bonus_parents_public_allophone',
    theme: 'bonus_parents',
    type: 'ouinon',
    texte: 'Le projet du bonus parents a-t-il touché un public allophone, en situation d’illettrisme ou AEF ?',
    formulations: { 'bonus-tne-2025-2026': ['Un public allophone, illettrisme, AEF'] },
  },
  {
    id: 'bonus_parents_effets',
    theme: 'bonus_parents',
    type: 'texte',
    texte: 'Quels ont été les effets du projet du bonus parents pour les parents et le suivi de la scolarité de leur enfant ?',
    formulations: { 'bonus-tne-2025-2026': ['Quelle a été la plus-value du projet spécifique d’accompagnement pour les parents et le suivi de la scolarité de leur enfant :'] },
  },
  {
    id: 'bonus_parents_ecarts_existe',
    theme: 'bonus_parents',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans le projet du bonus parents ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel du projet d’accompagnement des parents ?'] },
  },
  {
    id: 'bonus_parents_ecarts',
    theme: 'bonus_parents',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans le projet du bonus parents : expliquez-en les raisons.',
    formulations: { 'caf47-2021-2022': ['Si oui expliquez-en les raisons :'] },
    suiteDe: { question: 'bonus_parents_ecarts_existe', si: 'oui' },
  },

  // Bonus parentalité numérique (Territoires numériques éducatifs)
  {
    id: 'tne_nom_action',
    theme: 'bonus_tne',
    type: 'texte',
    texte: 'Nom de l’action « parentalité numérique ».',
    formulations: { 'bonus-tne-2025-2026': ['Nom de l’action « parentalité numérique » proposée :'] },
  },
  {
    id: 'tne_referent',
    theme: 'bonus_tne',
    type: 'texte',
    texte: 'Référent de l’action « parentalité numérique ».',
    formulations: { 'bonus-tne-2025-2026': ['Référent de l’action :'] },
  },
  {
    id: 'tne_etablissements',
    theme: 'bonus_tne',
    type: 'texte',
    texte: 'Établissements scolaires concernés par l’action « parentalité numérique ».',
    formulations: { 'bonus-tne-2025-2026': ['Etablissement(s) scolaire(s) concerné(s) :'] },
  },
  {
    id: 'tne_communes',
    theme: 'bonus_tne',
    type: 'texte',
    texte: 'Communes concernées par l’action « parentalité numérique ».',
    formulations: { 'bonus-tne-2025-2026': ['Commune(s) concernée(s) :'] },
  },
  {
    id: 'tne_bilan_qualitatif',
    theme: 'bonus_tne',
    type: 'texte',
    texte: 'Bilan qualitatif de l’action « parentalité numérique » financée par le bonus Territoires numériques éducatifs.',
    formulations: { 'bonus-tne-2025-2026': ['Bilan qualitatif de l’action financée par le bonus parents Territoire Numérique Educatif :'] },
  },

  // École
  {
    id: 'ecole_partenariat_formalise',
    theme: 'ecole',
    type: 'texte',
    texte: 'Partenariat formalisé avec les établissements scolaires (engagement écrit, convention, fiche de liaison, conseil d’école…).',
    formulations: { 'bilan-2024-2025': ['Partenariat formalisé (engagement écrit, convention, fiche de liaison, conseil d’école…)'] },
  },
  {
    id: 'ecole_partenariat_informel',
    theme: 'ecole',
    type: 'texte',
    texte: 'Partenariat informel avec les établissements scolaires (contacts avec la direction, le CPE, les enseignants…).',
    formulations: { 'bilan-2024-2025': ['Partenariat informel développé (contact avec le directeur d’établissement, le CPE, les enseignants…)'] },
  },
  {
    id: 'ecole_orientation',
    theme: 'ecole',
    type: 'texte',
    texte: 'Collaboration avec les établissements scolaires pour l’orientation des enfants vers le Clas.',
    formulations: { 'bilan-2024-2025': ['Collaboration effective pour l’orientation des enfants.'] },
  },
  {
    id: 'ecole_rencontres',
    theme: 'ecole',
    type: 'texte',
    texte: 'Rencontres et échanges d’information réguliers avec les établissements scolaires.',
    formulations: { 'bilan-2024-2025': ['Rencontres et échanges d’information réguliers'] },
  },
  {
    id: 'ecole_evolutions_difficultes',
    theme: 'ecole',
    type: 'texte',
    texte: 'Évolutions et difficultés du partenariat avec les établissements scolaires.',
    formulations: { 'bilan-2024-2025': ['Précisez les évolutions, difficultés rencontrées..'] },
  },
  {
    id: 'ecole_actions',
    theme: 'ecole',
    type: 'texte',
    texte: 'Quelles actions avez-vous menées avec les établissements scolaires (bilan, présentation du projet, échanges sur l’orientation et le suivi des enfants, projet commun…) ?',
    formulations: { 'caf01-2025-2026': ['Quelles actions avez-vous mises en œuvre avec les établissements scolaires (bilan, présentation du projet, échanges sur l’orientation et le suivi des enfants, projet commun…) ?'] },
  },
  {
    id: 'ecole_ecarts_existe',
    theme: 'ecole',
    type: 'ouinon',
    texte: 'Existe-t-il des écarts entre le prévisionnel et le réel dans la concertation avec les établissements scolaires ?',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel ?'] },
  },
  {
    id: 'ecole_ecarts',
    theme: 'ecole',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans la concertation avec les établissements scolaires : expliquez-en les raisons.',
    formulations: {
      'caf01-2025-2026': ['S’il existe des écarts entre ce qui avait été envisagé dans le projet et ce qui a été réalisé concernant la collaboration avec les établissements scolaires, pouvez-vous en donner-en les raisons :'],
      'caf47-2021-2022': ['Si oui expliquez-en les raisons :'],
    },
    suiteDe: { question: 'ecole_ecarts_existe', si: 'oui' },
  },
  {
    id: 'retours_etablissements',
    theme: 'ecole',
    type: 'texte',
    texte: 'Quels retours les établissements scolaires vous font-ils de la participation des enfants au Clas ?',
    formulations: { 'caf01-2025-2026': ['A l’issue d’une année scolaire, quels retours les établissements vous font ils de la participation des enfants au dispositif clas ?'] },
  },

  // Territoire
  {
    id: 'partenariat_local_actions',
    theme: 'territoire',
    type: 'texte',
    texte: 'Décrivez les actions de coordination et le partenariat local (école et acteurs du territoire). Qu’ont-ils apporté ?',
    formulations: { 'bonus-tne-2025-2026': ['Description des actions de coordination et du partenariat local. Quels sont leurs plus-values ?'] },
  },
  {
    id: 'territoire_articulations',
    theme: 'territoire',
    type: 'texte',
    texte: 'Quelles articulations avez-vous mises en œuvre autour du Clas avec les acteurs du territoire (projets communs, orientation des familles vers d’autres acteurs et par eux vers le Clas) ?',
    formulations: {
      'bilan-2024-2025': ["Quelles articulations avez-vous mises en œuvre autour du Clas avec les différents acteurs du territoire ? (Mise en place de projets communs pour les enfants et les familles. Accompagnement et orientation des familles vers d'autres acteurs. Orientations par d'autres acteurs vers le CLAS.)"],
      'caf47-2021-2022': ['Quelles articulations avez-vous mises en œuvre autour du CLAS avec les différents acteurs du territoire ?'],
    },
  },
  {
    id: 'territoire_acteurs',
    theme: 'territoire',
    type: 'texte',
    texte: 'Avec quels acteurs du territoire, notamment éducatifs ?',
    formulations: {
      'bilan-2024-2025': ['Avec quels acteurs (notamment les acteurs éducatifs) du territoire ?'],
      'caf47-2021-2022': ['Avec quels acteurs (notamment les acteurs éducatifs) du territoire ?'],
    },
  },
  {
    id: 'territoire_evolutions_difficultes',
    theme: 'territoire',
    type: 'texte',
    texte: 'Évolutions et difficultés du partenariat avec les acteurs du territoire.',
    formulations: { 'bilan-2024-2025': ['Précisez les évolutions, difficultés rencontrées..'] },
  },
  {
    id: 'territoire_ecarts',
    theme: 'territoire',
    type: 'texte',
    texte: 'Écarts entre le prévisionnel et le réel dans la coordination avec les acteurs du territoire.',
    formulations: { 'caf47-2021-2022': ['Existe-t-il des écarts entre le prévisionnel et le réel ?'] },
  },

  // Bilan global
  {
    id: 'objectifs_atteints',
    theme: 'bilan_global',
    type: 'ouinon',
    texte: 'Globalement, les objectifs du Clas ont-ils été atteints ?',
    formulations: { 'bonus-tne-2025-2026': ['Globalement, les objectifs CLAS ont-ils été atteints ?'] },
  },
  {
    id: 'conclusion_perspectives',
    theme: 'bilan_global',
    type: 'texte',
    texte: 'Globalement, quel bilan tirez-vous de cette année de Clas (éléments positifs, freins, difficultés) ?',
    formulations: {
      'bilan-2024-2025': ['Globalement, quel bilan tirez-vous de la mise en œuvre de votre projet Clas ?'],
      'bonus-tne-2025-2026': ['Commentaires / Evaluation / Difficultés rencontrées'],
      'caf01-2025-2026': ['Globalement, quelle conclusion tirez-vous de cette année de conduite du projet Clas (éléments positifs, freins) ?'],
      'caf47-2021-2022': ['Globalement, quel bilan tirez-vous de la mise en œuvre de votre projet CLAS ?'],
    },
  },
  {
    id: 'reponses_difficultes',
    theme: 'bilan_global',
    type: 'texte',
    texte: 'Quelles réponses avez-vous trouvées face aux difficultés rencontrées ?',
    formulations: { 'bilan-2024-2025': ['Quelles réponses avez-vous trouvées face aux difficultés rencontrées dans le cadre de votre projet ?'] },
  },
  {
    id: 'difficultes_ameliorations',
    theme: 'bilan_global',
    type: 'texte',
    texte: 'Quelles difficultés avez-vous rencontrées ? Quelles améliorations, aides ou formations souhaiteriez-vous voir développer ?',
    formulations: { 'caf47-2021-2022': ['Quelles difficultés avez-vous rencontrées dans le cadre de votre projet CLAS ? Quelles sont les améliorations/aides/formations que vous souhaiteriez voir développer ?'] },
  },
  {
    id: 'suggestions_caf',
    theme: 'bilan_global',
    type: 'texte',
    texte: 'Avez-vous des remarques ou des suggestions sur la conduite du dispositif par la Caf ?',
    formulations: { 'caf01-2025-2026': ['Avez-vous des remarques, des suggestions à faire dans la conduite du dispositif par la Caf ?'] },
  },
  {
    id: 'complements_bilan',
    theme: 'bilan_global',
    type: 'texte',
    texte: 'Compléments au bilan : tout élément qui aide à apprécier le projet (compte rendu, questionnaire d’évaluation, support de communication…).',
    formulations: { 'bilan-2024-2025': ['Vous pouvez insérer dans ce bilan tout élément permettant d’apprécier votre projet plus finement (compte rendu d’intervention spécifique, de journée d’animation, de copil, questionnaire d’évaluation, support de communication, support de liaison…).'] },
  },

  // Perspectives
  {
    id: 'convention_pluriannuelle',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Bénéficiez-vous d’une convention pluriannuelle pour ce projet ?',
    formulations: { 'bonus-tne-2025-2026': ['Bénéficiez-vous d’une convention pluriannuelle pour ce projet ?'] },
  },
  {
    id: 'poursuite_annee_suivante',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Souhaitez-vous poursuivre ce projet l’année prochaine ?',
    formulations: { 'bonus-tne-2025-2026': ['Si oui, souhaitez poursuivre ce projet pour 2026-2027 ?'] },
    suiteDe: { question: 'convention_pluriannuelle', si: 'oui' },
  },
  {
    id: 'poursuite_identique',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Poursuivez-vous ce projet à l’identique, avec le même nombre de collectifs ?',
    formulations: {
      'bilan-2024-2025': ["Poursuivez-vous ce projet à l'identique avec le même nombre de collectifs ?"],
      'bonus-tne-2025-2026': ['Poursuivez-vous ce projet à l’identique avec le même nombre de collectifs ?'],
    },
  },
  {
    id: 'nouveau_nombre_collectifs',
    theme: 'perspectives',
    type: 'texte',
    texte: 'Si non, quel sera le nouveau nombre de collectifs ?',
    formulations: {
      'bilan-2024-2025': ['Si non, indiquez le nouveau nombre de collectifs :'],
      'bonus-tne-2025-2026': ['Indiquez le nouveau nombre de collectifs :'],
    },
    suiteDe: { question: 'poursuite_identique', si: 'non' },
  },
  {
    id: 'nouveautes',
    theme: 'perspectives',
    type: 'texte',
    texte: 'Quelles sont les nouveautés du projet et qu’est-ce qui les justifie ?',
    formulations: {
      'bilan-2024-2025': ['Quelles sont les nouveautés ?'],
      'bonus-tne-2025-2026': ['Quelles sont les nouveautés qui justifient ce changement ?'],
    },
  },
  {
    id: 'bonus_enfants_projet_suivant',
    theme: 'perspectives',
    type: 'texte',
    texte: 'Quel projet envisagez-vous l’année prochaine pour justifier le bonus enfants ? Quelles dépenses prévoyez-vous ?',
    formulations: { 'caf01-2025-2026': ['Quel projet envisagez-vous de développer en 2026 – 2027 permettant de justifier l’attribution du bonus enfants ? Quelles seront les dépenses engagées ?'] },
  },
  {
    id: 'bonus_parents_projet_suivant',
    theme: 'perspectives',
    type: 'texte',
    texte: 'Quel projet envisagez-vous l’année prochaine pour justifier le bonus parents ? Quelles dépenses prévoyez-vous ?',
    formulations: { 'caf01-2025-2026': ['Quel projet envisagez-vous de développer en 2026 – 2027 permettant de justifier l’attribution du bonus parents ? Quelles seront les dépenses engagées ?'] },
  },
  {
    id: 'bonus_enfants_poursuite',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Bénéficiaire du bonus enfants : poursuivez-vous ce projet l’année prochaine ?',
    formulations: { 'bonus-tne-2025-2026': ['Bénéficiaire d’un bonus enfant : Confirmez-vous que vous poursuivez ce projet l’année prochaine ?'] },
  },
  {
    id: 'bonus_enfants_demande',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Sans bonus enfants cette année : souhaitez-vous le demander pour l’année prochaine ?',
    formulations: { 'bonus-tne-2025-2026': ['Non bénéficiaire d’un bonus enfant : Souhaitez-vous déposer une demande pour l’année 2026-2027'] },
  },
  {
    id: 'bonus_parents_poursuite',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Bénéficiaire du bonus parents : poursuivez-vous ce projet l’année prochaine ?',
    formulations: { 'bonus-tne-2025-2026': ['Bénéficiaire d’un bonus parent : Confirmez-vous que vous poursuivez ce projet l’année prochaine ?'] },
  },
  {
    // The form says « bonus enfant » here too, a slip: this line follows the bonus parents one.
    id: 'bonus_parents_demande',
    theme: 'perspectives',
    type: 'ouinon',
    texte: 'Sans bonus parents cette année : souhaitez-vous le demander pour l’année prochaine ?',
    formulations: { 'bonus-tne-2025-2026': ['Non bénéficiaire d’un bonus enfant : Souhaitez-vous déposer une demande pour l’année 2026-2027'] },
  },

  // Réseau départemental
  {
    id: 'reseau_animation_retours',
    theme: 'reseau',
    type: 'texte',
    texte: 'Vos retours sur l’animation du réseau départemental des Clas (fréquence et thèmes des rencontres, jours, lieux et horaires, écoute de vos attentes, réponses apportées…).',
    formulations: { 'caf47-2021-2022': ['Quels retours pouvez-vous nous faire sur l’animation du réseau départemental : fréquence des rencontres entre acteurs Clas, nature des thèmes abordés, jours, lieux et horaires choisis, écoute de vos attentes, réponses apportées, etc. ?'] },
  },
  {
    id: 'reseau_formations_retours',
    theme: 'reseau',
    type: 'texte',
    texte: 'Vos retours sur les formations proposées par le réseau départemental.',
    formulations: { 'caf47-2021-2022': ['Quels retours pouvez-vous nous faire sur les formations proposées ?'] },
  },

  // Signature
  {
    id: 'signataire_nom',
    theme: 'signature',
    type: 'texte',
    texte: 'Nom et prénom du signataire.',
    formulations: { 'bonus-tne-2025-2026': ['Je, soussigné(e) (nom, prénom)'] },
  },
  {
    id: 'signataire_qualite',
    theme: 'signature',
    type: 'texte',
    texte: 'Qualité du signataire (s’il n’est pas le représentant légal, joindre son pouvoir).',
    formulations: { 'bonus-tne-2025-2026': ['agissant en qualité de (1)'] },
  },
  {
    id: 'fait_a',
    theme: 'signature',
    type: 'texte',
    texte: 'Lieu de signature (« Fait à »).',
    formulations: { 'bonus-tne-2025-2026': ['Fait à'] },
  },

  // Budget (issue 16): no known form asks it yet; the « Budget de l'action » screen does.
  {
    id: 'ecarts_budget',
    theme: 'budget',
    type: 'texte',
    texte: 'Écarts importants entre le budget prévisionnel et le budget réalisé de l’action : précisez-en les raisons, poste par poste.',
    formulations: {},
    ecran: "Budget de l'action",
  },
]
