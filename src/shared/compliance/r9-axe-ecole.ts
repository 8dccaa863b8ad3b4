import type { ComplianceResult } from './types'
import { plural, type YearIndex } from './year-index'

/** R9: relations with schools, with a concertation meeting before the start and one at the bilan. */
export function r9AxeEcole(index: YearIndex): ComplianceResult {
  const withSchools = index.input.concertations.filter((c) => c.avec === 'ecole' && c.date <= index.date)
  const base = { regle: 'R9-axe-ecole' }
  if (withSchools.length === 0) {
    return { ...base, statut: 'non_conforme', message: 'Aucune concertation avec un établissement scolaire : enregistrez vos échanges avec les écoles et collèges.' }
  }
  const first = [...index.held.values()].flat().map((s) => s.date).sort()[0]
  const amont = withSchools.some((c) => c.type === 'reunion_amont' && (first === undefined || c.date <= first))
  const bilan = withSchools.some((c) => c.type === 'reunion_bilan')
  if (index.atEnd && (!amont || !bilan)) {
    const missing = [!amont && 'la réunion de concertation en amont (avant la première séance)', !bilan && 'la réunion bilan'].filter(Boolean).join(' et ')
    return { ...base, statut: 'non_conforme', message: `Il manque ${missing} avec les équipes éducatives.` }
  }
  if (!amont) return { ...base, statut: 'alerte', message: 'Pas de réunion de concertation en amont avec les équipes éducatives avant la première séance : organisez-la ou enregistrez-la.' }
  return { ...base, statut: 'conforme', message: `${plural(withSchools.length, 'concertation', 'concertations')} avec les établissements scolaires, dont la réunion en amont${bilan ? ' et la réunion bilan' : ''}.` }
}
