import { describe, expect, it } from 'vitest'
import { moisDansAnnee } from './registre-periode'

const annee = { debut: '2025-09-01', fin: '2026-07-04' }

describe('moisDansAnnee', () => {
  it('is the whole month of today within the year', () => {
    expect(moisDansAnnee(annee, '2025-11-20')).toEqual({ du: '2025-11-01', au: '2025-11-30' })
    expect(moisDansAnnee(annee, '2026-02-10')).toEqual({ du: '2026-02-01', au: '2026-02-28' })
    expect(moisDansAnnee(annee, '2025-12-31')).toEqual({ du: '2025-12-01', au: '2025-12-31' })
  })

  it('is clipped to the ends of the year', () => {
    expect(moisDansAnnee({ debut: '2025-09-02', fin: '2026-07-04' }, '2025-09-15')).toEqual({ du: '2025-09-02', au: '2025-09-30' })
    expect(moisDansAnnee(annee, '2026-07-02')).toEqual({ du: '2026-07-01', au: '2026-07-04' })
  })

  it('takes the nearest month of the year when today is out of it', () => {
    expect(moisDansAnnee(annee, '2026-11-25')).toEqual({ du: '2026-07-01', au: '2026-07-04' })
    expect(moisDansAnnee(annee, '2025-08-20')).toEqual({ du: '2025-09-01', au: '2025-09-30' })
  })
})
