import { describe, expect, it } from 'vitest'
import { NIVEAUX, type Niveau } from '../domain/lists'
import { changeDeCycle, niveauSuivant } from './niveau-suivant'

describe('niveauSuivant', () => {
  it.each<[Niveau, Niveau | null]>([
    ['CP', 'CE1'], ['CE1', 'CE2'], ['CE2', 'CM1'], ['CM1', 'CM2'], ['CM2', '6E'],
    ['6E', '5E'], ['5E', '4E'], ['4E', '3E'], ['3E', '2NDE'],
    ['2NDE', '1RE'], ['1RE', 'TLE'], ['TLE', null], ['AUTRE', 'AUTRE'],
  ])('%s → %s', (niveau, suivant) => {
    expect(niveauSuivant(niveau)).toBe(suivant)
  })

  it('takes every level one step along the list, except terminale (leaves) and autre (stays)', () => {
    const ordered = NIVEAUX.filter((n) => n !== 'AUTRE')
    for (const [i, n] of ordered.entries()) expect(niveauSuivant(n)).toBe(ordered[i + 1] ?? null)
  })

  it('names the change of school at CM2 and 3e only', () => {
    expect(NIVEAUX.filter((n) => changeDeCycle(n) !== null)).toEqual(['CM2', '3E'])
    expect(changeDeCycle('CM2')).toBe('college')
    expect(changeDeCycle('3E')).toBe('lycee')
  })
})
