import { addDays } from '../calendar/dates'
import { OBJECTIF_PARENTS_LABELS, OBJECTIFS_PARENTS_OBLIGATOIRES, TYPE_CONCERTATION_LABELS } from '../domain/lists'
import { buildYearIndex, enrolledOn, type YearIndex } from '../compliance/year-index'
import type { ComplianceInput } from '../compliance/types'
import { seancesSansRegistre, type SeanceSansRegistre } from '../seances/held'

export interface CollectifSeries {
  id: string
  nom: string
  /** Children enrolled on the evaluation date. */
  effectif: number
  /** Séances not cancelled in the whole year, held or still to come. */
  seancesPrevues: number
  seancesTenues: number
  semainesTenues: number
  /** Held séances per week with a held séance; null before the first. */
  seancesParSemaine: number | null
  /** Present marks / all marks of held séances, 0..1; null when nothing is marked. */
  tauxPresence: number | null
  /** Every week from the year's first held séance to the evaluation date, with its held séances. */
  semaines: { lundi: string; tenues: number }[]
  /** Attendance rate month by month (YYYY-MM), null for a month without marks. */
  presenceParMois: { mois: string; taux: number | null }[]
}

export interface DashboardData {
  collectifs: CollectifSeries[]
  /** The five compulsory parent objectives with their number of actions so far. */
  objectifsParents: { code: string; libelle: string; actions: number }[]
  concertationsEcole: { type: string; libelle: string; nombre: number }[]
  partenairesTerritoire: string[]
  /** Held séances with no presence recorded: to fill or cancel. */
  seancesSansRegistre: SeanceSansRegistre[]
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000)

function series(index: YearIndex, id: string, nom: string, firstMonday: string | undefined): CollectifSeries {
  const held = index.held.get(id) ?? []
  const perWeek = new Map<string, number>()
  const perMonth = new Map<string, { present: number; marked: number }>()
  let present = 0
  let marked = 0
  for (const s of held) {
    const week = index.monday(s.date)
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1)
    const month = s.date.slice(0, 7)
    const m = perMonth.get(month) ?? { present: 0, marked: 0 }
    for (const p of s.presences) {
      m.marked++
      marked++
      if (p.statut === 'present') {
        m.present++
        present++
      }
    }
    perMonth.set(month, m)
  }
  const semaines: CollectifSeries['semaines'] = []
  if (firstMonday) for (let w = firstMonday; w <= index.date; w = addDays(w, 7)) semaines.push({ lundi: w, tenues: perWeek.get(w) ?? 0 })
  const months = [...new Set(semaines.map((w) => w.lundi.slice(0, 7)).concat([...perMonth.keys()]))].sort()
  return {
    id, nom,
    effectif: enrolledOn(index, id, index.date),
    seancesPrevues: (index.seances.get(id) ?? []).length,
    seancesTenues: held.length,
    semainesTenues: perWeek.size,
    seancesParSemaine: perWeek.size ? Math.round((held.length / perWeek.size) * 10) / 10 : null,
    tauxPresence: ratio(present, marked),
    semaines,
    presenceParMois: months.map((mois) => ({ mois, taux: ratio(perMonth.get(mois)?.present ?? 0, perMonth.get(mois)?.marked ?? 0) })),
  }
}

/** What the dashboard draws beside the compliance results: weekly séances and attendance, the axes' checklists. */
export function dashboardData(input: ComplianceInput, date: string): DashboardData {
  const index = buildYearIndex(input, date)
  const firstHeld = [...index.held.values()].flat().map((s) => s.date).sort()[0]
  const firstMonday = firstHeld ? index.monday(firstHeld) : undefined
  const actions = input.actionsParents.filter((a) => a.date <= index.date)
  const concertations = input.concertations.filter((c) => c.date <= index.date)
  const ecole = new Map<string, number>()
  for (const c of concertations) if (c.avec === 'ecole') ecole.set(c.type, (ecole.get(c.type) ?? 0) + 1)
  return {
    collectifs: index.collectifs.map((c) => series(index, c.id, c.nom, firstMonday)),
    objectifsParents: OBJECTIFS_PARENTS_OBLIGATOIRES.map((code) => ({ code, libelle: OBJECTIF_PARENTS_LABELS[code], actions: actions.filter((a) => a.objectifs.includes(code)).length })),
    concertationsEcole: (['reunion_amont', 'echange_regulier', 'orientation_enfants', 'reunion_bilan'] as const).map((type) => ({ type, libelle: TYPE_CONCERTATION_LABELS[type], nombre: ecole.get(type) ?? 0 })),
    seancesSansRegistre: seancesSansRegistre(input, index.date),
    partenairesTerritoire: [...new Set(concertations.filter((c) => c.avec === 'territoire' && c.partenaire).map((c) => c.partenaire!.trim()))].sort((a, b) => a.localeCompare(b, 'fr')),
  }
}
