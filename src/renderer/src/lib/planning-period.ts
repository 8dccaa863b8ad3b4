import { avertissementCalendrier as avertissement, defaultPlanningPeriod } from '../../../shared/seances/plan-seances'
import { useAppStatus } from '../stores/app-status'
import { clampDate } from './dates'

/** The period « Planifier les séances de l'année » proposes: the référentiel's, within the year. */
export function periodeDePlanification(): { du: string; au: string } {
  const annee = useAppStatus().status?.annee
  if (!annee) return { du: '', au: '' }
  const { du, au } = defaultPlanningPeriod(annee.libelle)
  return { du: clampDate(du, annee.debut, annee.fin), au: clampDate(au, annee.debut, annee.fin) }
}

/** What to tell before planning when the shipped school calendar cannot skip every holiday. */
export function avertissementCalendrier(): string | null {
  const annee = useAppStatus().status?.annee
  return annee ? (avertissement(annee.zone, annee.libelle) ?? null) : null
}
