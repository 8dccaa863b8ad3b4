/**
 * French school holidays of metropolitan zones A, B and C, shipped with the app because the
 * registers are kept with no network. `debut` is the first day without classes (the Saturday
 * after classes end; for the summer, the day printed as the start of the holidays), `fin` the
 * last day of holidays (the day before classes resume: a Sunday, or a Monday when that Monday is
 * a public holiday). Corse and the overseas académies have their own calendars, not shipped.
 */

/** Where the dates come from, as shown to users. */
export const SOURCE =
  'Ministère de l’Éducation nationale : arrêtés fixant le calendrier scolaire (jeu de données « Le calendrier scolaire », data.education.gouv.fr), zones A, B et C de métropole, de 2021-2022 à 2027-2028 (2027-2028 provisoire, à vérifier).'

export type Zone = 'A' | 'B' | 'C'
export type NomVacances = 'Toussaint' | 'Noël' | 'Hiver' | 'Printemps' | 'Été'

/** How each period is named to users (« Vacances de la Toussaint »). */
export const LIBELLE_VACANCES: Readonly<Record<NomVacances, string>> = {
  Toussaint: 'Vacances de la Toussaint',
  Noël: 'Vacances de Noël',
  Hiver: "Vacances d'hiver",
  Printemps: 'Vacances de printemps',
  Été: "Vacances d'été",
}

export interface Periode {
  readonly nom: NomVacances
  readonly debut: string
  readonly fin: string
}

export interface AnneeCalendrier {
  /** First day of classes. */
  readonly rentree: string
  /** Not published when this calendar was written: an estimate, to check against the arrêté. */
  readonly provisoire?: true
  /** Shown to users wherever the year is used, when set. */
  readonly note?: string
  /** Toussaint, Noël and Été: the same dates in every zone. */
  readonly communes: readonly Periode[]
  /** Hiver and Printemps, which the zones take in turn. */
  readonly parZone: Readonly<Record<Zone, readonly Periode[]>>
}

const p = (nom: NomVacances, debut: string, fin: string): Periode => ({ nom, debut, fin })

export const CALENDRIER: Readonly<Record<string, AnneeCalendrier>> = {
  '2021-2022': {
    rentree: '2021-09-02',
    communes: [p('Toussaint', '2021-10-23', '2021-11-07'), p('Noël', '2021-12-18', '2022-01-02'), p('Été', '2022-07-07', '2022-08-31')],
    parZone: {
      A: [p('Hiver', '2022-02-12', '2022-02-27'), p('Printemps', '2022-04-16', '2022-05-01')],
      B: [p('Hiver', '2022-02-05', '2022-02-20'), p('Printemps', '2022-04-09', '2022-04-24')],
      C: [p('Hiver', '2022-02-19', '2022-03-06'), p('Printemps', '2022-04-23', '2022-05-08')],
    },
  },
  '2022-2023': {
    rentree: '2022-09-01',
    // Classes resumed on Tuesday 3 January 2023.
    communes: [p('Toussaint', '2022-10-22', '2022-11-06'), p('Noël', '2022-12-17', '2023-01-02'), p('Été', '2023-07-08', '2023-09-03')],
    parZone: {
      A: [p('Hiver', '2023-02-04', '2023-02-19'), p('Printemps', '2023-04-08', '2023-04-23')],
      // Resumed on Tuesday 2 May (B) and Tuesday 9 May (C), after 1 and 8 May.
      B: [p('Hiver', '2023-02-11', '2023-02-26'), p('Printemps', '2023-04-15', '2023-05-01')],
      C: [p('Hiver', '2023-02-18', '2023-03-05'), p('Printemps', '2023-04-22', '2023-05-08')],
    },
  },
  '2023-2024': {
    rentree: '2023-09-04',
    communes: [p('Toussaint', '2023-10-21', '2023-11-05'), p('Noël', '2023-12-23', '2024-01-07'), p('Été', '2024-07-06', '2024-09-01')],
    parZone: {
      A: [p('Hiver', '2024-02-17', '2024-03-03'), p('Printemps', '2024-04-13', '2024-04-28')],
      B: [p('Hiver', '2024-02-24', '2024-03-10'), p('Printemps', '2024-04-20', '2024-05-05')],
      C: [p('Hiver', '2024-02-10', '2024-02-25'), p('Printemps', '2024-04-06', '2024-04-21')],
    },
  },
  '2024-2025': {
    rentree: '2024-09-02',
    communes: [p('Toussaint', '2024-10-19', '2024-11-03'), p('Noël', '2024-12-21', '2025-01-05'), p('Été', '2025-07-05', '2025-08-31')],
    parZone: {
      A: [p('Hiver', '2025-02-22', '2025-03-09'), p('Printemps', '2025-04-19', '2025-05-04')],
      // Classes resumed on Tuesday 22 April 2025, Easter Monday being a public holiday.
      B: [p('Hiver', '2025-02-08', '2025-02-23'), p('Printemps', '2025-04-05', '2025-04-21')],
      C: [p('Hiver', '2025-02-15', '2025-03-02'), p('Printemps', '2025-04-12', '2025-04-27')],
    },
  },
  '2025-2026': {
    rentree: '2025-09-01',
    communes: [p('Toussaint', '2025-10-18', '2025-11-02'), p('Noël', '2025-12-20', '2026-01-04'), p('Été', '2026-07-04', '2026-08-31')],
    parZone: {
      A: [p('Hiver', '2026-02-07', '2026-02-22'), p('Printemps', '2026-04-04', '2026-04-19')],
      B: [p('Hiver', '2026-02-14', '2026-03-01'), p('Printemps', '2026-04-11', '2026-04-26')],
      C: [p('Hiver', '2026-02-21', '2026-03-08'), p('Printemps', '2026-04-18', '2026-05-03')],
    },
  },
  '2026-2027': {
    rentree: '2026-09-01',
    // The end of the summer hangs on the rentrée 2027, itself provisional.
    communes: [p('Toussaint', '2026-10-17', '2026-11-01'), p('Noël', '2026-12-19', '2027-01-03'), p('Été', '2027-07-03', '2027-09-01')],
    parZone: {
      A: [p('Hiver', '2027-02-13', '2027-02-28'), p('Printemps', '2027-04-10', '2027-04-25')],
      B: [p('Hiver', '2027-02-20', '2027-03-07'), p('Printemps', '2027-04-17', '2027-05-02')],
      C: [p('Hiver', '2027-02-06', '2027-02-21'), p('Printemps', '2027-04-03', '2027-04-18')],
    },
  },
  // Estimated from the published years: 2027 falls on the same weekdays as 2021 (rentrée on the
  // Thursday, Toussaint and Noël alike); winter starts 33 days after the Noël reprise and spring
  // 8 weeks after winter, as in every year since 2023-2024; the zones take their turn as in
  // 2024-2025 (B, C, A). Spring B would resume after Easter Monday (17 April 2028) and spring A
  // after 1 May, both on a Tuesday.
  '2027-2028': {
    rentree: '2027-09-02',
    provisoire: true,
    note: 'Calendrier scolaire 2027-2028 provisoire : dates estimées selon la rotation habituelle des zones, à vérifier avec l’arrêté publié.',
    communes: [p('Toussaint', '2027-10-23', '2027-11-07'), p('Noël', '2027-12-18', '2028-01-02'), p('Été', '2028-07-08', '2028-09-03')],
    parZone: {
      A: [p('Hiver', '2028-02-19', '2028-03-05'), p('Printemps', '2028-04-15', '2028-05-01')],
      B: [p('Hiver', '2028-02-05', '2028-02-20'), p('Printemps', '2028-04-01', '2028-04-17')],
      C: [p('Hiver', '2028-02-12', '2028-02-27'), p('Printemps', '2028-04-08', '2028-04-23')],
    },
  },
}
