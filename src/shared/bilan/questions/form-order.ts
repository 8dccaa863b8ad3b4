import type { TemplateId } from './templates'

/**
 * The questions of each form in the order the form asks them: the Bilan screen follows it, and
 * a filler that matches a form's paragraphs in sequence relies on it where several questions
 * share a wording (« Si oui, précisez-en les raisons : »). The tests keep it in step with the
 * formulations of the bank.
 */
export const FORM_ORDER: Record<TemplateId, readonly string[]> = {
  'bilan-2024-2025': [
    'ecarts_previsionnel_reel', 'moyens_humains_ecarts', 'organisation_collectifs',
    'deroulement_enfants', 'evolutions_enfants', 'difficultes_enfants', 'evolutions_percues_enfants',
    'bonus_enfants_actions', 'bonus_enfants_materiel', 'bonus_enfants_intervenants_exterieurs', 'bonus_enfants_sorties',
    'deroulement_parents', 'evolutions_parents', 'difficultes_parents', 'impact_parents',
    'bonus_parents_actions', 'bonus_parents_sorties', 'bonus_parents_intervenants_exterieurs',
    'ecole_partenariat_formalise', 'ecole_partenariat_informel', 'ecole_orientation', 'ecole_rencontres', 'ecole_evolutions_difficultes',
    'territoire_articulations', 'territoire_acteurs', 'territoire_evolutions_difficultes',
    'conclusion_perspectives', 'reponses_difficultes', 'poursuite_identique', 'nouveau_nombre_collectifs', 'nouveautes',
    'complements_bilan',
  ],
  'bonus-tne-2025-2026': [
    'eligible_bonus_enfants', 'eligible_bonus_parents', 'eligible_bonus_parentalite_numerique',
    'ecarts_previsionnel_reel_existe', 'ecarts_previsionnel_reel', 'observations_public',
    'deroulement_enfants', 'progression_assiduite_enfants', 'deroulement_parents', 'partenariat_local_actions',
    'objectifs_atteints', 'conclusion_perspectives',
    'bonus_enfants_effets', 'bonus_parents_actions_specifiques', 'bonus_parents_public_allophone', 'bonus_parents_effets',
    'tne_nom_action', 'tne_referent', 'tne_etablissements', 'tne_communes', 'tne_bilan_qualitatif',
    'convention_pluriannuelle', 'poursuite_annee_suivante', 'poursuite_identique', 'nouveau_nombre_collectifs', 'nouveautes',
    'bonus_enfants_poursuite', 'bonus_enfants_demande', 'bonus_parents_poursuite', 'bonus_parents_demande',
    'signataire_nom', 'signataire_qualite', 'fait_a',
  ],
  'caf01-2025-2026': [
    'moyens_humains_ecarts', 'formations_appreciation', 'besoins_formation',
    'deroulement_enfants', 'bonus_enfants_actions', 'enfants_ecarts', 'retours_enfants', 'bonus_enfants_projet_suivant',
    'deroulement_parents', 'parents_ecarts', 'retours_parents', 'bonus_parents_projet_suivant',
    'ecole_actions', 'ecole_ecarts', 'retours_etablissements',
    'conclusion_perspectives', 'suggestions_caf',
  ],
  'caf47-2021-2022': [
    'ecarts_previsionnel_reel_existe', 'ecarts_previsionnel_reel',
    'moyens_humains_ecarts_existe', 'moyens_humains_ecarts',
    'frequentation_ecarts_existe', 'frequentation_ecarts',
    'enfants_ecarts_existe', 'enfants_ecarts', 'suivi_progression_assiduite', 'mesure_progression', 'mesure_assiduite',
    'bonus_enfants_ecarts_existe', 'bonus_enfants_ecarts',
    'parents_contractualisation', 'parents_outils_liaison', 'parents_rencontre_thematique', 'parents_associations_parents_eleves',
    'evaluation_actions_parents', 'parents_ecarts_existe', 'parents_ecarts',
    'bonus_parents_actions', 'bonus_parents_ecarts_existe', 'bonus_parents_ecarts',
    'ecole_ecarts_existe', 'ecole_ecarts',
    'territoire_articulations', 'territoire_acteurs', 'territoire_ecarts',
    'conclusion_perspectives', 'difficultes_ameliorations',
    'reseau_animation_retours', 'reseau_formations_retours', 'bonus_enfants_effets',
  ],
}
