/** What each rule is about, in the référentiel's words: the dashboard and the closing folder's summary. */
export const REGLE_LABELS: Record<string, string> = {
  'R1-effectif': 'Effectif (8 à 12 enfants)',
  'R2-encadrement': 'Encadrement (2 intervenants)',
  'R3-rythme': 'Rythme (2 séances d’1 h 30 par semaine)',
  'R4-duree-annuelle': 'Durée (27 semaines)',
  'R5-periode': 'Période (Toussaint – 15 juin)',
  'R6-public': 'Public (du CP au lycée)',
  'R7-presences': 'Suivi des présences',
  'R8-axe-parents': 'Axe parents',
  'R9-axe-ecole': 'Axe école',
  'R10-axe-territoire': 'Axe territoire',
  'R11-coordination': 'Coordination',
  'R12-financement': 'Financement (Caf 80 % au plus, cofinancement)',
}

export const STATUT_LABELS = {
  conforme: 'Conforme', alerte: 'À surveiller', non_conforme: 'Non conforme', sans_objet: 'Pas encore mesuré',
} as const
