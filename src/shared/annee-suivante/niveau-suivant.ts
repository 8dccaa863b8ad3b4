import type { Niveau } from '../domain/lists'

/**
 * The level a child is in the next school year, or null when they leave the Clas (after
 * terminale). « Autre » (a class the lists do not name) stays as it is: the coordinator knows it.
 */
const SUIVANT: Readonly<Record<Niveau, Niveau | null>> = {
  CP: 'CE1', CE1: 'CE2', CE2: 'CM1', CM1: 'CM2', CM2: '6E',
  '6E': '5E', '5E': '4E', '4E': '3E', '3E': '2NDE',
  '2NDE': '1RE', '1RE': 'TLE', TLE: null,
  AUTRE: 'AUTRE',
}

export function niveauSuivant(niveau: Niveau): Niveau | null {
  return SUIVANT[niveau]
}

/** The school a child changes for: CM2 → 6e goes to collège, 3e → 2de to lycée. */
export function changeDeCycle(niveau: Niveau): 'college' | 'lycee' | null {
  return niveau === 'CM2' ? 'college' : niveau === '3E' ? 'lycee' : null
}
