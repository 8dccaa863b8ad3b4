import { mean, plural, round0, round1 } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

const presentCount = (s: { presences: { statut: string }[] }) => s.presences.reduce((n, p) => n + (p.statut === 'present' ? 1 : 0), 0)

/**
 * `enfants.parAccompagnateur`: mean over held séances of children present per intervenant
 * present. A séance with no child marked present (register not filled) or no intervenant
 * recorded has no ratio to give, so it is left out rather than counted as 0 or infinity.
 */
function parAccompagnateur(data: YearData, out: FigureSink): void {
  const ratios: number[] = []
  for (const s of data.held) {
    const enfants = presentCount(s)
    const adultes = new Set(s.intervenantIds).size
    if (enfants > 0 && adultes > 0) ratios.push(enfants / adultes)
  }
  const m = mean(ratios)
  const left = data.held.length - ratios.length
  const source =
    data.held.length === 0 ? 'aucune séance tenue'
      : `calculé depuis ${plural(ratios.length, 'séance tenue', 'séances tenues')} avec enfants et intervenants présents` +
        (left > 0 ? ` (${plural(left, 'séance écartée', 'séances écartées')} : aucun enfant présent ou aucun intervenant noté)` : '')
  out.set('enfants.parAccompagnateur', m === null ? null : round1(m), source)
}

/**
 * `assiduite.moyenne`: mean over enrolled children of séances present / held séances of their
 * collectifs while enrolled. A child enrolled in two collectifs counts once, over both. A child
 * with no held séance while enrolled has no rate and is left out.
 */
function assiduite(data: YearData, out: FigureSink): void {
  const expected = new Map<string, Set<string>>()
  for (const { enfant, inscription: i } of data.inscriptions) {
    let set = expected.get(enfant.id)
    if (!set) expected.set(enfant.id, (set = new Set()))
    for (const s of data.heldByCollectif.get(i.collectifId) ?? []) if (s.date >= i.du && (i.au === undefined || s.date <= i.au)) set.add(s.id)
  }
  const present = new Map<string, number>()
  for (const s of data.held) {
    for (const p of s.presences) {
      if (p.statut === 'present' && expected.get(p.enfantId)?.has(s.id)) present.set(p.enfantId, (present.get(p.enfantId) ?? 0) + 1)
    }
  }
  const rates = [...expected].filter(([, set]) => set.size > 0).map(([id, set]) => (present.get(id) ?? 0) / set.size)
  const m = mean(rates)
  out.set(
    'assiduite.moyenne',
    m === null ? null : round0(m * 100),
    rates.length === 0 ? 'aucune séance tenue pendant une inscription' : `calculé depuis les présences de ${plural(rates.length, 'enfant inscrit', 'enfants inscrits')} aux séances tenues de leurs collectifs`,
  )
}

export function frequentationFigures(data: YearData, out: FigureSink): void {
  parAccompagnateur(data, out)
  assiduite(data, out)
}
