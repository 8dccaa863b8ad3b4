import { useAppStatus } from '../stores/app-status'
import { clampDate, todayIso } from './dates'

/** Today, or the nearest day of the current school year: the default of new inscriptions and séances. */
export function jourDansAnnee(): string {
  const annee = useAppStatus().status?.annee
  return annee ? clampDate(todayIso(), annee.debut, annee.fin) : todayIso()
}
