/**
 * French school holidays of metropolitan zones A, B and C. `debut` is the first day without
 * classes (the Saturday after classes end), `fin` the last day of holidays (the day before
 * classes resume). Shipped with the app: the registers are kept with no network.
 */

export const SOURCE =
  'Ministère de l’Éducation nationale : arrêtés fixant le calendrier scolaire (jeu de données « Le calendrier scolaire », data.education.gouv.fr).'

export type Zone = 'A' | 'B' | 'C'
export type NomVacances = 'Toussaint' | 'Noël' | 'Hiver' | 'Printemps' | 'Été'

export interface Periode {
  nom: NomVacances
  debut: string
  fin: string
}

export interface AnneeCalendrier {
  rentree: string
  /** Not yet published when this calendar was written: an estimate to check. */
  provisoire?: boolean
  communes: Periode[]
  parZone: Record<Zone, Periode[]>
}

const p = (nom: NomVacances, debut: string, fin: string): Periode => ({ nom, debut, fin })

export const CALENDRIER: Record<string, AnneeCalendrier> = {
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
    communes: [p('Toussaint', '2022-10-22', '2022-11-06'), p('Noël', '2022-12-17', '2023-01-02'), p('Été', '2023-07-08', '2023-09-03')],
    parZone: {
      A: [p('Hiver', '2023-02-04', '2023-02-19'), p('Printemps', '2023-04-08', '2023-04-23')],
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
    communes: [p('Toussaint', '2026-10-17', '2026-11-01'), p('Noël', '2026-12-19', '2027-01-03'), p('Été', '2027-07-03', '2027-08-31')],
    parZone: {
      A: [p('Hiver', '2027-02-13', '2027-02-28'), p('Printemps', '2027-04-10', '2027-04-25')],
      B: [p('Hiver', '2027-02-20', '2027-03-07'), p('Printemps', '2027-04-17', '2027-05-02')],
      C: [p('Hiver', '2027-02-06', '2027-02-21'), p('Printemps', '2027-04-03', '2027-04-18')],
    },
  },
  '2027-2028': {
    rentree: '2027-09-01',
    provisoire: true,
    communes: [p('Toussaint', '2027-10-23', '2027-11-07'), p('Noël', '2027-12-18', '2028-01-02'), p('Été', '2028-07-01', '2028-08-31')],
    parZone: {
      A: [p('Hiver', '2028-02-26', '2028-03-12'), p('Printemps', '2028-04-22', '2028-05-07')],
      B: [p('Hiver', '2028-02-12', '2028-02-27'), p('Printemps', '2028-04-08', '2028-04-23')],
      C: [p('Hiver', '2028-02-19', '2028-03-05'), p('Printemps', '2028-04-15', '2028-04-30')],
    },
  },
}

export const NOTE_PROVISOIRE =
  'Calendrier 2027-2028 estimé selon la rotation habituelle des zones : vérifiez-le avec l’arrêté publié.'
