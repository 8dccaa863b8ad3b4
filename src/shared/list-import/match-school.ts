import type { Niveau } from '../domain/lists'
import { fold } from '../text/fold'

type TypeEtablissement = 'ecole' | 'college' | 'lycee'

/** « École élémentaire Jean Moulin » and « Jean Moulin » name the same school. */
const TYPE_WORDS = /^(groupe scolaire|ecole (elementaire|primaire|maternelle)|ecole|ee|ep|clg|college|lycee (general|professionnel|polyvalent)?|lycee|lgt|lp)\b\s*/

export const schoolKey = (name: string): string => {
  const k = fold(name)
  return k.replace(TYPE_WORDS, '') || k
}

/** The établissement of the list that `name` designates, or null. */
export function findSchool<E extends { id: string; nom: string }>(name: string, known: readonly E[]): E | null {
  const key = schoolKey(name)
  return known.find((e) => schoolKey(e.nom) === key) ?? null
}

/** The type of a school to create: from its name when it says it, else from the child's level. */
export function schoolType(name: string, niveau: Niveau | undefined): TypeEtablissement {
  const k = fold(name)
  if (/\b(lycee|lgt|lp)\b/.test(k)) return 'lycee'
  if (/\b(college|clg)\b/.test(k)) return 'college'
  if (/\b(ecole|groupe scolaire)\b/.test(k)) return 'ecole'
  if (niveau === '6E' || niveau === '5E' || niveau === '4E' || niveau === '3E') return 'college'
  if (niveau === '2NDE' || niveau === '1RE' || niveau === 'TLE') return 'lycee'
  return 'ecole'
}
