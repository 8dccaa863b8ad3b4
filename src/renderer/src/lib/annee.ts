import { useAppStatus } from '../stores/app-status'
import { useReferentiels } from '../stores/referentiels'
import { clampDate, todayIso } from './dates'

/** Today, or the nearest day of the current school year: the default of new inscriptions and séances. */
export function jourDansAnnee(): string {
  const annee = useAppStatus().status?.annee
  return annee ? clampDate(todayIso(), annee.debut, annee.fin) : todayIso()
}

/**
 * Where a new enrolment in a collectif starts by default: its first séance, else the start of the
 * year (server rule `debutInscriptions`, carried by `collectifs.list`); empty with no collectif.
 */
export function debutInscriptions(collectifId: string): string {
  if (!collectifId) return ''
  return useReferentiels().collectifById.get(collectifId)?.debutInscriptions ?? useAppStatus().status?.annee?.debut ?? ''
}
