import { formatDateCourteFr } from '../../calendar/dates'
import { compareFr } from '../../domain/french-order'
import type { StatutIntervenant } from '../../domain/lists'
import { plural } from './numbers'
import type { FigureRow, FigureSink } from './types'
import type { YearData } from './year-data'

/** `formations.suivie` and one row per training, in date order. */
export function formationsFigures(data: YearData, out: FigureSink): void {
  const formations = [...data.doc.formations].sort((a, b) => {
    const da = [...a.dates].sort()[0] ?? '9999'
    const db = [...b.dates].sort()[0] ?? '9999'
    return da !== db ? da.localeCompare(db) : compareFr(a.intitule, b.intitule)
  })
  const source = formations.length === 0 ? 'aucune formation saisie' : `calculé depuis ${plural(formations.length, 'formation saisie', 'formations saisies')}`
  // Trainings are entered one by one: an empty list is the association's answer « non ».
  out.set('formations.suivie', formations.length > 0, source)
  const rows: FigureRow[] = formations.map((f) => {
    const statuts = [...new Set(f.intervenantIds)].map((id) => data.intervenants.get(id)?.statut)
    const n = (s: StatutIntervenant) => statuts.filter((x) => x === s).length
    return {
      organisme: f.organisme,
      intitule: f.intitule,
      dates: f.dates.length === 0 ? null : [...f.dates].sort().map(formatDateCourteFr).join(', '),
      salarie: n('salarie'),
      volontaire: n('volontaire'),
      benevole: n('benevole'),
    }
  })
  out.rows('formations', rows, source)
}
