import { isCalendarCovered, isProvisional } from '../../../shared/calendar/school-calendar'
import { NOTE_PROVISOIRE } from '../../../shared/calendar/school-holidays'
import { defaultPlanningPeriod } from '../../../shared/seances/plan-seances'
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
  if (!annee) return null
  if (!isCalendarCovered(annee.zone, annee.libelle)) {
    return `Le calendrier scolaire de la zone « ${annee.zone} » pour ${annee.libelle} n'est pas connu de l'application : les vacances ne seront pas écartées, vérifiez les dates.`
  }
  return isProvisional(annee.libelle) ? NOTE_PROVISOIRE : null
}
