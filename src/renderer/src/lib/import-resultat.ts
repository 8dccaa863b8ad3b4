import type { ResultatImport } from '../../../shared/contract/import-liste'
import { pluriel } from './labels'

interface Noun {
  n: number
  singulier: string
  feminin?: boolean
}

/** « 2 enfants, 1 famille créés », « 1 famille créée »: several nouns take the masculine plural. */
function created(nouns: Noun[]): string {
  const [first] = nouns
  const ending = nouns.length > 1 ? 's' : `${first.feminin ? 'e' : ''}${first.n > 1 ? 's' : ''}`
  return `${nouns.map((x) => pluriel(x.n, x.singulier)).join(', ')} créé${ending}`
}

/**
 * « 23 enfants, 18 familles, 2 établissements créés ; 3 doublons ignorés »: what an import did,
 * in one sentence, leaving out what is zero (but the children, the point of it all).
 */
export function resultatPhrase(r: ResultatImport): string {
  const others: Noun[] = [
    { n: r.famillesCreees, singulier: 'famille', feminin: true },
    { n: r.etablissementsCrees, singulier: 'établissement' },
  ].filter((x) => x.n > 0)
  const parts = [
    r.enfantsCrees > 0 ? created([{ n: r.enfantsCrees, singulier: 'enfant' }, ...others]) : ['Aucun enfant créé', ...(others.length ? [created(others)] : [])].join(', '),
    ...(r.doublonsIgnores ? [pluriel(r.doublonsIgnores, 'doublon ignoré', 'doublons ignorés')] : []),
    ...(r.erreursIgnorees ? [pluriel(r.erreursIgnorees, 'ligne en erreur ignorée', 'lignes en erreur ignorées')] : []),
  ]
  return parts.join(' ; ')
}
