import { formatFigure } from '../../shared/bilan/figures/format-figure'
import { FAMILY_TITLES, figureLabel, TABLE_LABELS, type FigureFamily } from '../../shared/bilan/figures/labels'
import { REPEATED_KEYS, type RepeatedKey } from '../../shared/bilan/figures/types'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'

export type AideLigne =
  | { kind: 'rubrique'; titre: string }
  | { kind: 'chiffre'; libelle: string; valeur: string; cle: string; note: string }

/** The family after whose figures each table comes, as on the Bilan screen's listing. */
const TABLE_FAMILY: Record<RepeatedKey, FigureFamily> = { collectifs: 'collectifs', formations: 'formations', lieux: 'territoire', etablissements: 'territoire' }

function tableLines(answers: Answers, key: RepeatedKey): AideLigne[] {
  const table = TABLE_LABELS[key]
  const [first, ...others] = table.colonnes.filter((c) => c.colonne !== 'description')
  return answers.figures.rows[key].flatMap((row, i) => {
    const name = formatFigure(row[first.colonne], first.format) || (table.ligne?.(i) ?? `ligne ${i + 1}`)
    return others.map((c) => ({
      kind: 'chiffre' as const,
      libelle: `${table.libelle} — ${name} : ${c.libelle}`,
      valeur: formatFigure(row[c.colonne], c.format),
      cle: `${key}[${i}].${c.colonne}`,
      note: '',
    }))
  })
}

/**
 * Every figure with its French label, grouped as the bilan groups them, with the value to type
 * into the CAF's web questionnaires (ESPADA, AFAS): a hand correction wins over the computed value,
 * as in the filled form.
 */
export function aideSaisieRows(answers: Answers): AideLigne[] {
  const byFamily = new Map<string, AideLigne[]>()
  for (const [key, value] of Object.entries(answers.figures.values)) {
    const label = figureLabel(key)
    const correction = answers.corrections?.[key]?.trim()
    const line: AideLigne = {
      kind: 'chiffre',
      libelle: label?.libelle ?? key,
      valeur: correction || (label ? formatFigure(value, label.format) : String(value ?? '')),
      cle: key,
      note: correction ? 'corrigé à la main' : '',
    }
    const family = label?.famille ?? 'autres'
    byFamily.set(family, [...(byFamily.get(family) ?? []), line])
  }
  const lines: AideLigne[] = []
  for (const family of Object.keys(FAMILY_TITLES) as FigureFamily[]) {
    const tables = REPEATED_KEYS.filter((k) => TABLE_FAMILY[k] === family).flatMap((k) => tableLines(answers, k))
    const own = byFamily.get(family) ?? []
    if (own.length + tables.length === 0) continue
    lines.push({ kind: 'rubrique', titre: FAMILY_TITLES[family] }, ...own, ...tables)
  }
  const others = byFamily.get('autres')
  if (others) lines.push({ kind: 'rubrique', titre: 'Autres chiffres' }, ...others)
  return lines
}

export const AIDE_SAISIE_COLUMNS = ['Chiffre', 'Valeur à saisir', 'Remarque', 'Clé Clas'] as const
