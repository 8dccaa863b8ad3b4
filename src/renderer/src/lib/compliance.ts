import type { ComplianceResult } from '../../../shared/compliance'
import { REGLE_LABELS } from '../../../shared/compliance/rule-labels'

export const STATUT_LABELS: Record<ComplianceResult['statut'], string> = {
  conforme: 'Conforme', alerte: 'À surveiller', non_conforme: 'Non conforme', sans_objet: 'Pas encore mesuré',
}
export const STATUT_BADGE: Record<ComplianceResult['statut'], string> = {
  conforme: 'badge--ok', alerte: 'badge--warn', non_conforme: 'badge--danger', sans_objet: 'badge--muted',
}

export { REGLE_LABELS }

/** « Effectif (8 à 12 enfants) » → « Effectif », for the compact list of what is fine. */
export const regleCourte = (regle: string) => (REGLE_LABELS[regle] ?? regle).replace(/ \(.*\)$/, '')

/** The screen where what a rule measures is recorded, to fix it from the dashboard. */
export function lienPour(r: ComplianceResult): { to: string; label: string } | null {
  switch (r.regle) {
    case 'R1-effectif': return { to: '/enfants', label: 'Inscrire des enfants' }
    case 'R2-encadrement':
    case 'R7-presences': return { to: r.collectifId ? `/seances/${r.collectifId}` : '/seances', label: 'Ouvrir les registres' }
    case 'R3-rythme':
    case 'R4-duree-annuelle':
    case 'R5-periode': return r.collectifId ? { to: `/collectifs/${r.collectifId}`, label: 'Voir les créneaux' } : null
    case 'R6-public': return { to: '/enfants', label: 'Voir les enfants' }
    case 'R8-axe-parents': return { to: '/actions-parents', label: 'Saisir les actions avec les parents' }
    case 'R9-axe-ecole': case 'R10-axe-territoire': return { to: '/concertations', label: 'Saisir les concertations' }
    case 'R11-coordination': return { to: '/parametres', label: 'Paramètres' }
    case 'R12-financement': return { to: '/budget', label: "Saisir le budget de l'action" }
    default: return null
  }
}

/** The worst status first: what needs attention leads. */
export const RANK: Record<ComplianceResult['statut'], number> = { non_conforme: 0, alerte: 1, sans_objet: 2, conforme: 3 }
