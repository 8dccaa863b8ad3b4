import { describe, expect, it } from 'vitest'
import { addDays } from '../calendar/dates'
import { toussaintFin } from '../calendar/school-calendar'
import { CALENDRIER } from '../calendar/school-holidays'
import { defaultPlanningPeriod, planSeances, type CreneauPlan } from './plan-seances'

const mardiJeudi: CreneauPlan[] = [
  { jour: 2, heureDebut: '16:45', dureeMinutes: 90 },
  { jour: 4, heureDebut: '16:45', dureeMinutes: 90 },
]
const lundi: CreneauPlan[] = [{ jour: 1, heureDebut: '17:00', dureeMinutes: 90 }]
const vendredi: CreneauPlan[] = [{ jour: 5, heureDebut: '17:00', dureeMinutes: 120 }]

const dates = (plan: { prevues: { date: string }[] }) => plan.prevues.map((p) => p.date)

describe('planSeances for a mardi-jeudi collectif, zone A, 3 November 2025 to 15 June 2026', () => {
  const plan = planSeances({ creneaux: mardiJeudi, du: '2025-11-03', au: '2026-06-15', zone: 'A', anneeLibelle: '2025-2026' })

  // Written by hand from the official calendar: the Mondays of the school weeks, without Noël
  // (22 and 29 Dec), the zone A winter (9 and 16 Feb) and spring (6 and 13 Apr) holidays. The week
  // of 15 June is out: its Tuesday and Thursday fall after the end of the period.
  const SCHOOL_WEEKS = [
    '2025-11-03', '2025-11-10', '2025-11-17', '2025-11-24',
    '2025-12-01', '2025-12-08', '2025-12-15',
    '2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26',
    '2026-02-02', '2026-02-23',
    '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30',
    '2026-04-20', '2026-04-27',
    '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25',
    '2026-06-01', '2026-06-08',
  ]
  // Armistice (Tuesday 11 November) and Ascension (Thursday 14 May) fall on a créneau in school time.
  const FERIES = ['2025-11-11', '2026-05-14']

  it('plans two séances in each of the 26 school weeks, less the two public holidays', () => {
    expect(SCHOOL_WEEKS).toHaveLength(26)
    const expected = SCHOOL_WEEKS.flatMap((monday) => [addDays(monday, 1), addDays(monday, 3)]).filter((d) => !FERIES.includes(d))
    expect(expected).toHaveLength(50)
    expect(dates(plan)).toEqual(expected)
    expect(plan.prevues[0]).toEqual({ date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    expect(plan.prevues.every((p) => p.heureDebut === '16:45' && p.dureeMinutes === 90)).toBe(true)
  })

  it('lists each day left out with its reason', () => {
    expect(plan.ecartees).toEqual([
      { date: '2025-11-11', raison: 'Jour férié : Armistice du 11 novembre' },
      { date: '2025-12-23', raison: 'Vacances de Noël' },
      // A public holiday inside the holidays is given as the holidays.
      { date: '2025-12-25', raison: 'Vacances de Noël' },
      { date: '2025-12-30', raison: 'Vacances de Noël' },
      { date: '2026-01-01', raison: 'Vacances de Noël' },
      { date: '2026-02-10', raison: "Vacances d'hiver" },
      { date: '2026-02-12', raison: "Vacances d'hiver" },
      { date: '2026-02-17', raison: "Vacances d'hiver" },
      { date: '2026-02-19', raison: "Vacances d'hiver" },
      { date: '2026-04-07', raison: 'Vacances de printemps' },
      { date: '2026-04-09', raison: 'Vacances de printemps' },
      { date: '2026-04-14', raison: 'Vacances de printemps' },
      { date: '2026-04-16', raison: 'Vacances de printemps' },
      { date: '2026-05-14', raison: 'Jour férié : Ascension' },
    ])
  })

  it('raises no warning on a published year of a covered zone', () => {
    expect(plan.calendrierIncomplet).toBe(false)
    expect(plan.calendrierProvisoire).toBe(false)
    expect(plan.avertissement).toBeUndefined()
  })
})

describe('planSeances around holidays', () => {
  it.each(['A', 'B', 'C'])('zone %s: stops for the Toussaint holidays from Saturday 18 October to Sunday 2 November 2025', (zone) => {
    const plan = planSeances({ creneaux: [...vendredi, ...lundi], du: '2025-10-13', au: '2025-11-07', zone, anneeLibelle: '2025-2026' })
    expect(dates(plan)).toEqual(['2025-10-13', '2025-10-17', '2025-11-03', '2025-11-07'])
    expect(plan.ecartees).toEqual([
      { date: '2025-10-20', raison: 'Vacances de la Toussaint' },
      { date: '2025-10-24', raison: 'Vacances de la Toussaint' },
      { date: '2025-10-27', raison: 'Vacances de la Toussaint' },
      { date: '2025-10-31', raison: 'Vacances de la Toussaint' },
    ])
  })

  it('skips Easter Monday and Whit Monday for a Monday créneau in zone B, in school time', () => {
    // Zone B: spring holidays from 11 to 26 April 2026; Easter Monday is 6 April.
    const plan = planSeances({ creneaux: lundi, du: '2026-03-30', au: '2026-06-01', zone: 'B', anneeLibelle: '2025-2026' })
    expect(dates(plan)).toEqual(['2026-03-30', '2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-06-01'])
    expect(plan.ecartees).toEqual([
      { date: '2026-04-06', raison: 'Jour férié : Lundi de Pâques' },
      { date: '2026-04-13', raison: 'Vacances de printemps' },
      { date: '2026-04-20', raison: 'Vacances de printemps' },
      { date: '2026-05-25', raison: 'Jour férié : Lundi de Pentecôte' },
    ])
  })

  it('gives Easter Monday as holidays where it falls in them (zone A 2026)', () => {
    const plan = planSeances({ creneaux: lundi, du: '2026-04-06', au: '2026-04-06', zone: 'A', anneeLibelle: '2025-2026' })
    expect(plan.prevues).toEqual([])
    expect(plan.ecartees).toEqual([{ date: '2026-04-06', raison: 'Vacances de printemps' }])
  })

  it('skips the Armistice, Tuesday 11 November 2025, in every zone', () => {
    for (const zone of ['A', 'B', 'C']) {
      const plan = planSeances({ creneaux: mardiJeudi, du: '2025-11-10', au: '2025-11-16', zone, anneeLibelle: '2025-2026' })
      expect(dates(plan)).toEqual(['2025-11-13'])
      expect(plan.ecartees).toEqual([{ date: '2025-11-11', raison: 'Jour férié : Armistice du 11 novembre' }])
    }
  })
})

describe('planSeances where the calendar is missing or provisional', () => {
  it('plans through the holidays of an uncovered zone, skipping only public holidays, and says so', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2025-12-22', au: '2026-01-04', zone: 'corse', anneeLibelle: '2025-2026' })
    expect(dates(plan)).toEqual(['2025-12-23', '2025-12-30'])
    expect(plan.ecartees).toEqual([
      { date: '2025-12-25', raison: 'Jour férié : Noël (25 décembre)' },
      { date: '2026-01-01', raison: 'Jour férié : Jour de l’an' },
    ])
    expect(plan.calendrierIncomplet).toBe(true)
    expect(plan.avertissement).toMatch(/« corse ».*ne sont pas écartées.*Vérifiez/)
  })

  it('plans through the holidays of a year it does not ship, and says so', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2031-12-22', au: '2031-12-28', zone: 'A', anneeLibelle: '2031-2032' })
    expect(dates(plan)).toEqual(['2031-12-23'])
    expect(plan.ecartees).toEqual([{ date: '2031-12-25', raison: 'Jour férié : Noël (25 décembre)' }])
    expect(plan.calendrierIncomplet).toBe(true)
    expect(plan.avertissement).toMatch(/2031-2032 n'est pas livré/)
  })

  it('says so when only some dates fall outside the shipped calendar', () => {
    // Summer 2021 belongs to 2020-2021, which is not shipped; the rentrée was on 2 September.
    const plan = planSeances({ creneaux: mardiJeudi, du: '2021-08-23', au: '2021-09-05', zone: 'A', anneeLibelle: '2021-2022' })
    expect(dates(plan)).toEqual(['2021-08-24', '2021-08-26', '2021-08-31', '2021-09-02'])
    expect(plan.calendrierIncomplet).toBe(true)
    expect(plan.avertissement).toMatch(/ne couvre pas toutes les dates du 23\/08\/2021 au 05\/09\/2021/)
  })

  it('skips the holidays of the provisional year and flags them as provisional', () => {
    // Estimated: zone B winter from 5 to 20 February 2028.
    const plan = planSeances({ creneaux: mardiJeudi, du: '2028-01-31', au: '2028-02-27', zone: 'B', anneeLibelle: '2027-2028' })
    expect(dates(plan)).toEqual(['2028-02-01', '2028-02-03', '2028-02-22', '2028-02-24'])
    expect(plan.calendrierIncomplet).toBe(false)
    expect(plan.calendrierProvisoire).toBe(true)
    expect(plan.avertissement).toMatch(/2027-2028 provisoire.*arrêté/)
  })

  it('flags a published year whose range runs into the provisional one', () => {
    const plan = planSeances({ creneaux: mardiJeudi, du: '2027-06-28', au: '2027-08-31', zone: 'C', anneeLibelle: '2026-2027' })
    expect(dates(plan)).toEqual(['2027-06-29', '2027-07-01'])
    expect(plan.calendrierProvisoire).toBe(true)
    expect(plan.avertissement).toMatch(/provisoire/)
  })
})

describe('planSeances input', () => {
  it('sorts séances by date then time, whatever the order of the créneaux, and counts a repeated créneau once', () => {
    const plan = planSeances({
      creneaux: [
        { jour: 3, heureDebut: '14:00', dureeMinutes: 120 },
        { jour: 1, heureDebut: '17:00', dureeMinutes: 90 },
        { jour: 3, heureDebut: '09:30', dureeMinutes: 90 },
        { jour: 3, heureDebut: '14:00', dureeMinutes: 120 },
      ],
      du: '2025-11-17', au: '2025-11-23', zone: 'C', anneeLibelle: '2025-2026',
    })
    expect(plan.prevues).toEqual([
      { date: '2025-11-17', heureDebut: '17:00', dureeMinutes: 90 },
      { date: '2025-11-19', heureDebut: '09:30', dureeMinutes: 90 },
      { date: '2025-11-19', heureDebut: '14:00', dureeMinutes: 120 },
    ])
  })

  it('plans nothing when the period is empty or there is no créneau', () => {
    expect(planSeances({ creneaux: mardiJeudi, du: '2025-11-10', au: '2025-11-09', zone: 'A', anneeLibelle: '2025-2026' }).prevues).toEqual([])
    expect(planSeances({ creneaux: [], du: '2025-11-03', au: '2026-06-15', zone: 'A', anneeLibelle: '2025-2026' })).toEqual({
      prevues: [], ecartees: [], calendrierIncomplet: false, calendrierProvisoire: false,
    })
  })

  it('refuses malformed dates and créneaux', () => {
    const base = { creneaux: mardiJeudi, du: '2025-11-03', au: '2026-06-15', zone: 'A', anneeLibelle: '2025-2026' }
    expect(() => planSeances({ ...base, du: '03/11/2025' })).toThrow(RangeError)
    expect(() => planSeances({ ...base, au: '2026-02-30' })).toThrow(/au/)
    expect(() => planSeances({ ...base, creneaux: [{ jour: 0, heureDebut: '16:45', dureeMinutes: 90 }] })).toThrow(/jour/)
    expect(() => planSeances({ ...base, creneaux: [{ jour: 8, heureDebut: '16:45', dureeMinutes: 90 }] })).toThrow(/jour/)
    expect(() => planSeances({ ...base, creneaux: [{ jour: 2, heureDebut: '24:00', dureeMinutes: 90 }] })).toThrow(/heure/)
    expect(() => planSeances({ ...base, creneaux: [{ jour: 2, heureDebut: '9:00', dureeMinutes: 90 }] })).toThrow(/heure/)
    expect(() => planSeances({ ...base, creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 0 }] })).toThrow(/durée/)
  })
})

describe('defaultPlanningPeriod', () => {
  it('runs from the Monday after the Toussaint holidays to 15 June', () => {
    expect(defaultPlanningPeriod('2025-2026')).toEqual({ du: '2025-11-03', au: '2026-06-15', estimee: false })
    expect(defaultPlanningPeriod('2026-2027')).toEqual({ du: '2026-11-02', au: '2027-06-15', estimee: false })
    expect(defaultPlanningPeriod('2021-2022')).toEqual({ du: '2021-11-08', au: '2022-06-15', estimee: false })
  })

  it('says when the start is an estimate', () => {
    expect(defaultPlanningPeriod('2027-2028')).toEqual({ du: '2027-11-08', au: '2028-06-15', estimee: true })
    // 1 November 2031 is a Saturday.
    expect(defaultPlanningPeriod('2031-2032')).toEqual({ du: '2031-11-03', au: '2032-06-15', estimee: true })
    // 1 November 2032 is a Monday: it is a public holiday, classes resume a week later.
    expect(defaultPlanningPeriod('2032-2033').du).toBe('2032-11-08')
  })

  it('estimates unknown years by a rule that gives the real reprise of every shipped year', () => {
    // 28 years later the weekdays are the same, and those years are not shipped.
    for (const annee of Object.keys(CALENDRIER)) {
      const start = Number(annee.slice(0, 4))
      const later = defaultPlanningPeriod(`${start + 28}-${start + 29}`)
      expect(later.estimee).toBe(true)
      expect(later.du.replace(String(start + 28), String(start)), annee).toBe(addDays(toussaintFin(annee)!, 1))
    }
  })

  it('refuses a malformed school year', () => {
    expect(() => defaultPlanningPeriod('2025')).toThrow(RangeError)
    expect(() => defaultPlanningPeriod('2025-2027')).toThrow(RangeError)
  })
})
