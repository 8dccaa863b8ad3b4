import { describe, expect, it } from 'vitest'
import { evaluateCompliance } from './evaluate'
import { collectif, input } from './test-helpers'

describe('evaluateCompliance', () => {
  it('gives the structure’s results, then each collectif’s five, collectifs by name', () => {
    const data = input({ collectifs: [collectif({ id: 'c2', nom: 'Zèbres' }), collectif()] })
    const results = evaluateCompliance(data, '2025-11-20')
    expect(results.slice(0, 7).map((r) => r.regle)).toEqual(['R6-public', 'R7-presences', 'R8-axe-parents', 'R9-axe-ecole', 'R10-axe-territoire', 'R11-coordination', 'R12-financement'])
    expect(results.slice(7).map((r) => `${r.collectifId} ${r.regle}`)).toEqual([
      'c1 R1-effectif', 'c1 R2-encadrement', 'c1 R3-rythme', 'c1 R4-duree-annuelle', 'c1 R5-periode',
      'c2 R1-effectif', 'c2 R2-encadrement', 'c2 R3-rythme', 'c2 R4-duree-annuelle', 'c2 R5-periode',
    ])
    expect(results.slice(0, 7).every((r) => r.collectifId === undefined)).toBe(true)
  })

  it('clips the date to the year: after its end, the end-of-year criteria apply', () => {
    const data = input()
    const after = evaluateCompliance(data, '2026-11-25')
    expect(after).toEqual(evaluateCompliance(data, '2026-07-03'))
    expect(after.find((r) => r.regle === 'R10-axe-territoire')?.statut).toBe('non_conforme')
    expect(evaluateCompliance(data, '2025-06-01')).toEqual(evaluateCompliance(data, '2025-09-01'))
  })
})
