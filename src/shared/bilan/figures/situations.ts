import { ACTIVITES, ORIGINES_INSCRIPTION, SITUATIONS } from '../../domain/lists'
import { plural } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

/**
 * Writes `<prefix>.<code>` for every code: true when an item has it. When no item has any code
 * entered, the register says nothing either way, so every answer is null (left for the
 * coordinator) rather than a « non » the data does not support.
 */
function presence(out: FigureSink, prefix: string, codes: readonly string[], items: (readonly string[])[], described: (n: number) => string, nothing: string) {
  const seen = new Set(items.flat())
  const entered = items.filter((x) => x.length > 0).length
  const source = entered === 0 ? nothing : described(entered)
  for (const code of codes) out.set(`${prefix}.${code}`, entered === 0 ? null : seen.has(code), source)
}

/** `situations.<code>`, `origine.<code>` of the enrolled children; `activites.<code>` of held séances. */
export function situationsFigures(data: YearData, out: FigureSink): void {
  const { enrolled, held } = data
  presence(out, 'situations', SITUATIONS, enrolled.map((e) => e.situations ?? []),
    (n) => `calculé depuis les situations saisies pour ${plural(n, 'enfant inscrit', 'enfants inscrits')}`, 'aucune situation saisie')
  presence(out, 'origine', ORIGINES_INSCRIPTION, enrolled.map((e) => (e.origineInscription ? [e.origineInscription] : [])),
    (n) => `calculé depuis l'origine de l'inscription saisie pour ${plural(n, 'enfant inscrit', 'enfants inscrits')}`, "aucune origine d'inscription saisie")
  presence(out, 'activites', ACTIVITES, held.map((s) => s.activites ?? []),
    (n) => `calculé depuis les activités notées pour ${plural(n, 'séance tenue', 'séances tenues')}`, 'aucune activité notée dans les registres')
}
