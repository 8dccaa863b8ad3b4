import { describe, expect, it } from 'vitest'
import { r2Encadrement } from './r2-encadrement'
import { collectif, enfants, indexAt, input, seance } from './test-helpers'

describe('R2-encadrement', () => {
  it('wants 2 intervenants at every held séance, and names how many lacked one', () => {
    const seances = [seance('2025-11-04'), seance('2025-11-06', { intervenantIds: ['i1'] }), seance('2025-11-13'), seance('2025-11-18')]
    const r = r2Encadrement(indexAt(input({ seances }), '2025-11-30'), collectif())
    expect(r).toMatchObject({ statut: 'non_conforme', mesure: 0.75, seuil: 1 })
    expect(r.message).toBe('Ajoutez un intervenant : 1 séance sur 4 avec un seul adulte.')
    // The failing séance is in the future at an earlier date: not held yet, not counted.
    expect(r2Encadrement(indexAt(input({ seances }), '2025-11-05'), collectif())).toMatchObject({ statut: 'conforme', mesure: 1 })
  })

  it('ignores cancelled séances', () => {
    const seances = [seance('2025-11-04'), seance('2025-11-06', { intervenantIds: [], annulee: true })]
    expect(r2Encadrement(indexAt(input({ seances }), '2025-11-30'), collectif())).toMatchObject({ statut: 'conforme', mesure: 1 })
  })

  it('accepts one intervenant in a rural area when fewer than 8 children are enrolled that day', () => {
    const alone = [seance('2025-11-04', { intervenantIds: ['i1'] })]
    expect(r2Encadrement(indexAt(input({ rural: true, enfants: enfants(7), seances: alone }), '2025-11-30'), collectif())).toMatchObject({ statut: 'conforme' })
    expect(r2Encadrement(indexAt(input({ rural: true, enfants: enfants(8), seances: alone }), '2025-11-30'), collectif())).toMatchObject({ statut: 'non_conforme', mesure: 0 })
    expect(r2Encadrement(indexAt(input({ rural: false, enfants: enfants(7), seances: alone }), '2025-11-30'), collectif())).toMatchObject({ statut: 'non_conforme' })
  })

  it('has nothing to measure before the first séance', () => {
    expect(r2Encadrement(indexAt(input({ seances: [seance('2025-12-02')] }), '2025-11-30'), collectif())).toMatchObject({ statut: 'sans_objet' })
  })
})
