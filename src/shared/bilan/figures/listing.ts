import { formatDateCourteFr } from '../../calendar/dates'
import { formatFigure } from './format-figure'
import { FAMILY_TITLES, figureLabel, TABLE_LABELS, type FigureFamily } from './labels'
import { REPEATED_KEYS, type Figures, type RepeatedKey } from './types'

/** The family after whose figures each table is listed. */
const TABLE_FAMILY: Record<RepeatedKey, FigureFamily> = {
  collectifs: 'collectifs', formations: 'formations', lieux: 'territoire', etablissements: 'territoire',
}

// What the coordinator reads where the registers give nothing.
const BLANK = '—'

function tableLines(figures: Figures, key: RepeatedKey): string[] {
  const table = TABLE_LABELS[key]
  const rows = figures.rows[key]
  if (rows.length === 0) return [`  ${table.libelle} : aucune ligne`]
  // The one-line `description` repeats the other columns: left out of a listing.
  const [first, ...others] = table.colonnes.filter((c) => c.colonne !== 'description')
  return [
    `  ${table.libelle} :`,
    ...rows.map((row) => {
      const details = others.map((c) => `${c.libelle} : ${formatFigure(row[c.colonne], c.format) || BLANK}`)
      return `    - ${formatFigure(row[first.colonne], first.format) || BLANK} (${details.join(' ; ')})`
    }),
  ]
}

/** The figures as a French listing grouped by family, labels and values formatted for a form. */
export function figuresListing(figures: Figures): string {
  const byFamily = new Map<FigureFamily | 'autres', string[]>()
  for (const [key, value] of Object.entries(figures.values)) {
    const label = figureLabel(key)
    const family = label?.famille ?? 'autres'
    const line = `  ${label?.libelle ?? key} : ${(label ? formatFigure(value, label.format) : String(value ?? '')) || BLANK}`
    byFamily.set(family, [...(byFamily.get(family) ?? []), line])
  }
  const lines = [`Chiffres du bilan, année ${figures.annee}, au ${formatDateCourteFr(figures.date)} (séances tenues jusqu'à ce jour)`]
  for (const family of Object.keys(FAMILY_TITLES) as FigureFamily[]) {
    const tables = REPEATED_KEYS.filter((k) => TABLE_FAMILY[k] === family)
    lines.push('', FAMILY_TITLES[family], ...(byFamily.get(family) ?? []), ...tables.flatMap((k) => tableLines(figures, k)))
  }
  const others = byFamily.get('autres')
  if (others) lines.push('', 'Autres chiffres', ...others)
  return lines.join('\n')
}
