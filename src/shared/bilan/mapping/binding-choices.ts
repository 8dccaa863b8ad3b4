import { GROUPE_PREFIX } from '../figures/groupes'
import { FAMILY_TITLES, figureLabel, figureLabels } from '../figures/labels'
import { QUESTIONS } from '../questions/bank'
import type { Valeur } from './mapping-schema'
import type { BlankInfo } from './propose'
import { valeurKey } from './valeur-key'

export { valeurKey }

type Kind = BlankInfo['kind']
const ALL_KINDS: Kind[] = ['texte', 'choix', 'case', 'cellule']

/** Something a blank can receive, worded for the coordinator who reviews an imported form. */
export interface BindingChoice {
  valeur: Valeur
  libelle: string
  groupe: 'chiffre' | 'question'
  /** The part of the bilan it belongs to (« Public concerné »). */
  famille: string
  /** The kinds of blanks it can fill: a text answer cannot tick a box. */
  accepte: Kind[]
}

let cached: BindingChoice[] | undefined

/**
 * Every figure and every question, in the order a form reads them, with what they can fill:
 * a count or a oui/non may tick a box (« Temps de convivialité : oui » when there was one),
 * a text only goes where one writes.
 */
export function bindingChoices(): BindingChoice[] {
  cached ??= [
    ...figureLabels().map((f): BindingChoice => ({
      valeur: { chiffre: f.key },
      libelle: f.libelle,
      groupe: 'chiffre',
      famille: FAMILY_TITLES[f.famille],
      accepte: f.format === 'booleen' ? ['choix', 'case', 'cellule'] : f.format === 'entier' ? ALL_KINDS : ['texte', 'cellule'],
    })),
    ...QUESTIONS.map((q): BindingChoice => ({
      valeur: { question: q.id },
      libelle: q.texte,
      groupe: 'question',
      famille: 'Questions',
      accepte: q.type === 'ouinon' ? ALL_KINDS : ['texte', 'cellule'],
    })),
  ]
  return cached
}

/** What a value reads as: « Nombre total d'enfants », « Ne pas remplir ». */
export function valeurLibelle(valeur: Valeur): string {
  if ('ignorer' in valeur) return 'Ne pas remplir'
  if ('question' in valeur) return QUESTIONS.find((q) => q.id === valeur.question)?.texte ?? `Question « ${valeur.question} »`
  return [valeur.chiffre].flat().map((k) => figureLabel(k)?.libelle ?? `Chiffre « ${k} »`).join(' + ')
}

/** Why `valeur` cannot go into a blank of `kind`, or null when it can. */
export function valeurProblem(valeur: Valeur, kind: Kind): string | null {
  if ('ignorer' in valeur) return null
  const keys = 'question' in valeur ? [`question:${valeur.question}`] : [valeur.chiffre].flat().map((k) => `chiffre:${k}`)
  for (const key of keys) {
    // A group of children drawn by a form's table (issue 17): a count, like any other.
    if (key.startsWith(`chiffre:${GROUPE_PREFIX}`) && figureLabel(key.slice('chiffre:'.length))) continue
    const choice = bindingChoices().find((c) => valeurKey(c.valeur) === key)
    if (!choice) return `« ${key.replace(/^\w+:/, '')} » n'est ni un chiffre ni une question du bilan`
    if (!choice.accepte.includes(kind)) return `« ${choice.libelle} » ne peut pas remplir ${KIND_LABELS[kind].article}`
  }
  return null
}

export const KIND_LABELS: Record<Kind, { libelle: string; article: string }> = {
  texte: { libelle: 'Texte à écrire', article: 'une ligne à écrire' },
  choix: { libelle: 'Oui / non à cocher', article: 'un choix oui / non' },
  case: { libelle: 'Case à cocher', article: 'une case à cocher' },
  cellule: { libelle: 'Case de tableau', article: 'une case de tableau' },
}
