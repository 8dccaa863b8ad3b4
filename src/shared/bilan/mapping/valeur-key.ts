import type { Valeur } from './mapping-schema'

/** One string per value, for a select and for comparing: `chiffre:enfants.total`, `question:conclusion`, `ignorer`. */
export function valeurKey(valeur: Valeur): string {
  if ('ignorer' in valeur) return 'ignorer'
  if ('question' in valeur) return `question:${valeur.question}`
  return `chiffre:${[valeur.chiffre].flat().join('+')}`
}
