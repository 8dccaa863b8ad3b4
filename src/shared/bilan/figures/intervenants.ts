import { STATUTS_INTERVENANT, type StatutIntervenant } from '../../domain/lists'
import { heldSource, round2 } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

/** Hours worked in one ETP (spec/chiffres.md). */
export const HEURES_PAR_ETP = 1607

/** The statuts of each family: one per statut, all together, and the merge some forms ask for. */
export const FAMILLES_INTERVENANTS: Record<StatutIntervenant | 'total' | 'benevolesEtVolontaires', readonly StatutIntervenant[]> = {
  salarie: ['salarie'],
  volontaire: ['volontaire'],
  benevole: ['benevole'],
  total: STATUTS_INTERVENANT,
  benevolesEtVolontaires: ['benevole', 'volontaire'],
}

/**
 * `intervenants.<famille>.nombre / .heures / .etp`. Those counted are the intervenants present
 * at one held séance or more; their hours are the durations of those séances plus their own
 * `heuresHorsSeances`. Hours off séances of someone never present are left out: the export
 * holds every intervenant the association ever had, and a former one's hours are not this year's.
 */
export function intervenantsFigures(data: YearData, out: FigureSink): void {
  const minutes = new Map<string, number>()
  for (const s of data.held) for (const id of new Set(s.intervenantIds)) minutes.set(id, (minutes.get(id) ?? 0) + s.dureeMinutes)
  const present = [...minutes.keys()].map((id) => data.intervenants.get(id)).filter((i) => i !== undefined)
  const horsSeances = present.some((i) => (i.heuresHorsSeances ?? 0) > 0)
  const source = heldSource(data.held) + (horsSeances ? ' et des heures hors séances' : '')
  for (const [famille, statuts] of Object.entries(FAMILLES_INTERVENANTS)) {
    const members = present.filter((i) => statuts.includes(i.statut))
    const heures = members.reduce((h, i) => h + (minutes.get(i.id) ?? 0) / 60 + (i.heuresHorsSeances ?? 0), 0)
    out.set(`intervenants.${famille}.nombre`, members.length, source)
    out.set(`intervenants.${famille}.heures`, round2(heures), source)
    out.set(`intervenants.${famille}.etp`, round2(heures / HEURES_PAR_ETP), `heures ÷ ${HEURES_PAR_ETP}, ${source}`)
  }
}
