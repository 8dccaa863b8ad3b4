import { describe, expect, it } from 'vitest'
import { addDays, mondayOf } from '../calendar/dates'
import { defaultPlanningPeriod, planSeances } from './plan-seances'

const mardiJeudi = [
  { jour: 2, heureDebut: '16:45', dureeMinutes: 90 },
  { jour: 4, heureDebut: '16:45', dureeMinutes: 90 },
]

describe('planSeances', () => {
  it('plans a mardi-jeudi collectif of 2025-2026 in zone A, skipping holidays and public holidays', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2025-11-03', au: '2026-06-15', zone: 'A', anneeLibelle: '2025-2026' })
    // Counted independently: the weeks whose Thursday falls between 3 Nov 2025 and 15 Jun 2026
    // (15 June is a Monday), less the zone A holiday weeks (Noël 2, Hiver 2, Printemps 2), two
    // séances a week, less the Tuesdays/Thursdays that are public holidays outside holidays:
    // 11 Nov (Tue) and Ascension, 14 May (Thu).
    let weeks = 0
    for (let m = mondayOf('2025-11-03'); addDays(m, 3) <= '2026-06-15'; m = addDays(m, 7)) weeks++
    expect(weeks).toBe(32)
    expect(plan.prevues).toHaveLength((32 - 6) * 2 - 2)
    expect(plan.ecartees.filter((e) => e.raison.startsWith('Jour férié')).map((e) => e.date)).toEqual(['2025-11-11', '2026-05-14'])
    expect(plan.ecartees.find((e) => e.date === '2025-12-23')?.raison).toBe('Vacances de Noël')
    expect(plan.ecartees.find((e) => e.date === '2026-02-10')?.raison).toBe("Vacances d'hiver")
    expect(plan.prevues[0]).toEqual({ date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    expect(plan.calendrierIncomplet).toBe(false)
  })

  it('skips Easter Monday and Whit Monday for a Monday créneau', () => {
    const plan = planSeances({ creneaux: [{ jour: 1, heureDebut: '17:00', dureeMinutes: 90 }], du: '2026-03-30', au: '2026-06-01', zone: 'B', anneeLibelle: '2025-2026' })
    const dates = plan.prevues.map((p) => p.date)
    expect(dates).not.toContain('2026-04-06')
    expect(dates).not.toContain('2026-05-25')
    expect(dates).toContain('2026-03-30')
    // zone B: spring holidays 11-26 April
    expect(dates).not.toContain('2026-04-13')
    expect(dates).toContain('2026-04-27')
  })

  it('plans without skipping holidays where the calendar is unknown, and says so', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2025-12-22', au: '2025-12-28', zone: 'corse', anneeLibelle: '2025-2026' })
    expect(plan.calendrierIncomplet).toBe(true)
    expect(plan.avertissement).toMatch(/pas connu/)
    expect(plan.prevues.map((p) => p.date)).toEqual(['2025-12-23'])
    expect(plan.ecartees).toEqual([{ date: '2025-12-25', raison: 'Jour férié : Noël (25 décembre)' }])
  })

  it('flags the provisional year', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2027-11-08', au: '2027-11-14', zone: 'A', anneeLibelle: '2027-2028' })
    expect(plan.avertissement).toMatch(/vérifiez/)
  })

  it('proposes the référentiel period: after Toussaint to 15 June', () => {
    expect(defaultPlanningPeriod('2025-2026')).toEqual({ du: '2025-11-03', au: '2026-06-15' })
    expect(defaultPlanningPeriod('2026-2027')).toEqual({ du: '2026-11-02', au: '2027-06-15' })
  })
})
