import { formatFigure } from '../figures/format-figure'
import { figureLabel, TABLE_LABELS } from '../figures/labels'
import { compteGroupe, isGroupeKey, parseGroupeKey, type EnfantConnu } from '../figures/groupes'
import type { Figures, FigureValue } from '../figures/types'
import type { Unit } from './label-cues'
import type { Valeur } from './mapping-schema'

/** What goes into one blank: text to write and, for boxes, the truth it stands for. */
export type Resolved =
  | { kind: 'valeur'; text: string; truth: boolean | null; source: string }
  | { kind: 'manquant'; raison: string }
  | { kind: 'ignore' }

export interface Answers {
  figures: Figures
  /** The coordinator's written answers, by question id. */
  reponses: Record<string, string>
  /** Figures the coordinator corrected on the Bilan screen, by figure key. */
  corrections?: Record<string, string>
  /** The enrolled children as of the figures' date, for the groups a form draws itself (`enfants?…`). */
  connus?: { enfants: EnfantConnu[]; startYear: number }
}

/**
 * A figure as its label says it is written (« 1 h 30 », « 84 % », « 03/11/2025 »), or as the
 * form's own unit asks: 90 under « (minutes) », 84 under « en % », 1,5 under « (en heures) ».
 */
function formatted(key: string, value: Exclude<FigureValue, null>, unit: Unit | null = null): string {
  const format = figureLabel(key)?.format ?? (typeof value === 'number' ? 'decimal' : 'texte')
  if (typeof value === 'number' && unit) {
    if (format === 'pourcentage' && unit === 'pourcent') return formatFigure(value, 'decimal')
    if (format === 'minutes' && unit === 'minutes') return formatFigure(value, 'entier')
    if (format === 'minutes' && unit === 'heures') return formatFigure(value / 60, 'decimal')
    if (format === 'heures' && unit === 'minutes') return formatFigure(value * 60, 'entier')
    if (format === 'heures' && unit === 'heures') return formatFigure(value, 'decimal')
  }
  return formatFigure(value, format)
}

function truthOf(value: Exclude<FigureValue, null>): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value > 0
  const n = value.trim().toLowerCase()
  return n === 'oui' ? true : n === 'non' ? false : null
}

/** The figure `key` of the year, or the coordinator's correction of it. */
export function figure(key: string, answers: Answers): { value: FigureValue; source: string } | undefined {
  const corrected = answers.corrections?.[key]
  if (corrected !== undefined && corrected.trim() !== '') return { value: corrected.trim(), source: 'corrigé par le coordinateur' }
  return computedFigure(key, answers)
}

/** The figure `key` as the registers give it: a key of the dictionary, or a group of children a form draws. */
export function computedFigure(key: string, answers: Answers): { value: FigureValue; source: string } | undefined {
  if (Object.hasOwn(answers.figures.values, key)) return { value: answers.figures.values[key], source: answers.figures.sources[key] ?? '' }
  const groupe = isGroupeKey(key) && answers.connus ? parseGroupeKey(key) : null
  if (!groupe || !answers.connus) return undefined
  const { value, source } = compteGroupe(groupe, answers.connus.enfants, answers.connus.startYear)
  return { value, source }
}

export function resolveValue(valeur: Valeur, answers: Answers, unit: Unit | null = null): Resolved {
  if ('ignorer' in valeur) return { kind: 'ignore' }
  if ('question' in valeur) {
    const text = answers.reponses[valeur.question]?.trim()
    if (!text) return { kind: 'manquant', raison: `question « ${valeur.question} » sans réponse` }
    return { kind: 'valeur', text, truth: truthOf(text), source: 'réponse du coordinateur' }
  }
  const keys = Array.isArray(valeur.chiffre) ? valeur.chiffre : [valeur.chiffre]
  const parts: { key: string; value: Exclude<FigureValue, null>; source: string }[] = []
  for (const key of keys) {
    const f = figure(key, answers)
    if (f === undefined) return { kind: 'manquant', raison: `chiffre « ${key} » inconnu` }
    if (f.value !== null && f.value !== '') parts.push({ key, value: f.value, source: f.source })
  }
  if (parts.length === 0) return { kind: 'manquant', raison: `aucune donnée pour ${keys.join(', ')}` }
  return {
    kind: 'valeur',
    text: parts.map((p) => formatted(p.key, p.value, unit)).join(', '),
    truth: parts.length === 1 ? truthOf(parts[0].value) : null,
    source: [...new Set(parts.map((p) => p.source))].join(' ; '),
  }
}

/** One field of a repeated row (`collectifs[2].semaines`), formatted. */
export function rowValue(answers: Answers, repete: keyof Figures['rows'], index: number, field: string, unit: Unit | null = null): string | null {
  const value = answers.figures.rows[repete][index]?.[field]
  if (value === null || value === undefined || value === '') return null
  const format = TABLE_LABELS[repete].colonnes.find((c) => c.colonne === field)?.format ?? 'texte'
  if (typeof value === 'number' && format === 'minutes' && unit === 'minutes') return formatFigure(value, 'entier')
  if (typeof value === 'number' && format === 'minutes' && unit === 'heures') return formatFigure(value / 60, 'decimal')
  return formatFigure(value, format)
}
