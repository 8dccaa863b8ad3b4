import { describe, expect, it } from 'vitest'
import { r1Effectif } from './r1-effectif'
import { collectif, enfants, indexAt, input, seance } from './test-helpers'

const r1 = (n: number, opts: { rural?: boolean; date?: string; seances?: ReturnType<typeof seance>[] } = {}) =>
  r1Effectif(indexAt(input({ rural: opts.rural, enfants: enfants(n), seances: opts.seances ?? [seance('2025-11-04'), seance('2025-12-02')] }), opts.date ?? '2025-11-20'), collectif())

describe('R1-effectif', () => {
  it('wants 8 to 12 children in town', () => {
    expect(r1(7)).toMatchObject({ statut: 'non_conforme', mesure: 7, seuil: 8 })
    expect(r1(7).message).toBe('7 enfants inscrits : un collectif en compte 8 à 12. Inscrivez au moins 1 enfant de plus.')
    expect(r1(8)).toMatchObject({ statut: 'conforme', mesure: 8 })
    expect(r1(12)).toMatchObject({ statut: 'conforme', mesure: 12 })
    expect(r1(13)).toMatchObject({ statut: 'non_conforme', mesure: 13, seuil: 12 })
    expect(r1(13).message).toMatch(/12 au plus/)
  })

  it('accepts 5 children in a rural area, not 4', () => {
    expect(r1(4, { rural: true })).toMatchObject({ statut: 'non_conforme', seuil: 5 })
    expect(r1(5, { rural: true })).toMatchObject({ statut: 'conforme', mesure: 5 })
  })

  it('counts on the day of the last séance when it is earlier than the evaluation date', () => {
    // 8 children until 31 May, then 2 leave; the last séance was on 28 May.
    const data = input({ enfants: [...enfants(6), ...enfants(2, 'c1', '2025-11-03', '2026-05-31').map((e) => ({ ...e, id: e.id + 'x' }))], seances: [seance('2026-05-28')] })
    expect(r1Effectif(indexAt(data, '2026-06-20'), collectif())).toMatchObject({ statut: 'conforme', mesure: 8 })
    expect(r1Effectif(indexAt({ ...data, seances: [seance('2026-06-18')] }, '2026-06-20'), collectif())).toMatchObject({ statut: 'non_conforme', mesure: 6 })
  })

  it('has nothing to measure before any child or séance', () => {
    expect(r1(0, { seances: [] })).toMatchObject({ statut: 'sans_objet' })
    expect(r1(0)).toMatchObject({ statut: 'non_conforme', mesure: 0 })
  })
})
