import type { EchangeDocument, Enfant, Seance } from '../exchange/schema'
import type { PresenceStatut, StatutIntervenant } from '../domain/lists'
import { compareIso } from '../calendar/dates'
import { sortFr } from '../domain/french-order'

/** What a register cell shows: P, A, E, or nothing (not enrolled that day, or not recorded). */
export type Mark = 'P' | 'A' | 'E' | ''

export const MARKS: Record<PresenceStatut, Exclude<Mark, ''>> = { present: 'P', absent: 'A', excuse: 'E' }

export interface AttendanceCell {
  mark: Mark
  /**
   * Enrolled in the collectif on the séance's date. `mark === ''` and enrolled: not recorded.
   * A mark while not enrolled (the enrolment was shortened after the séance) is shown but not
   * counted, as in the bilan's assiduité (spec/chiffres.md).
   */
  enrolled: boolean
}

export interface AttendanceTotals {
  presents: number
  absents: number
  excuses: number
  /** Enrolled on the séance's date but no mark recorded. */
  nonSaisis: number
  /** Séances held while enrolled: the denominator of the rate. */
  seances: number
  /** présents / séances, in [0, 1]; null when there was no séance while enrolled. */
  taux: number | null
}

export interface SeanceColumn {
  id: string
  date: string
  heureDebut: string
  dureeMinutes: number
  /** Children enrolled on that date. */
  inscrits: number
  presents: number
  absents: number
  excuses: number
  nonSaisis: number
  intervenants: { id: string; prenom: string; nom: string; statut: StatutIntervenant }[]
}

export interface ChildRow {
  id: string
  prenom: string
  nom: string
  niveau: string
  /** One cell per held séance, in the order of `seances`. */
  cells: AttendanceCell[]
  totals: AttendanceTotals
}

export interface AttendanceTable {
  /** `equipe`: the collectif's usual intervenants, French order (for a sheet printed before a séance). */
  collectif: { id: string; nom: string; equipe: { id: string; prenom: string; nom: string; statut: StatutIntervenant }[] }
  lieu: { nom: string; adresse: string; commune: string } | null
  from: string
  to: string
  /** Held (not cancelled) séances of the period, by date then hour. */
  seances: SeanceColumn[]
  /** Cancelled séances of the period: left out of the grid, listed apart. */
  annulees: { id: string; date: string; heureDebut: string; motif: string | null }[]
  /** Children enrolled at some day of the period (or marked on one of its séances), in French order. */
  enfants: ChildRow[]
  /** Intervenants present at one séance at least, in French order. */
  intervenants: { id: string; prenom: string; nom: string; statut: StatutIntervenant; seanceIds: string[] }[]
  /** Pooled over children: all présents / all séances while enrolled. */
  totals: AttendanceTotals
}

const enrolledOn = (enfant: Enfant, collectifId: string, date: string) =>
  enfant.inscriptions.some((i) => i.collectifId === collectifId && i.du <= date && (i.au === undefined || date <= i.au))

const enrolledDuring = (enfant: Enfant, collectifId: string, from: string, to: string) =>
  enfant.inscriptions.some((i) => i.collectifId === collectifId && i.du <= to && (i.au === undefined || from <= i.au))

const bySchedule = (a: Seance, b: Seance) => compareIso(a.date, b.date) || (a.heureDebut < b.heureDebut ? -1 : a.heureDebut > b.heureDebut ? 1 : 0)

function emptyTotals(): AttendanceTotals {
  return { presents: 0, absents: 0, excuses: 0, nonSaisis: 0, seances: 0, taux: null }
}

/** Adds one cell to running totals; only séances while enrolled count, as for the bilan's assiduité. */
function count(t: AttendanceTotals, cell: AttendanceCell): void {
  if (!cell.enrolled) return
  t.seances++
  if (cell.mark === 'P') t.presents++
  else if (cell.mark === 'A') t.absents++
  else if (cell.mark === 'E') t.excuses++
  else t.nonSaisis++
}

function withRate(t: AttendanceTotals): AttendanceTotals {
  return { ...t, taux: t.seances === 0 ? null : t.presents / t.seances }
}

/** The attendance register of one collectif over [from, to] (both included), from the year's document. */
export function attendanceTable(doc: EchangeDocument, collectifId: string, from: string, to: string): AttendanceTable {
  const collectif = doc.collectifs.find((c) => c.id === collectifId)
  if (!collectif) throw new RangeError(`unknown collectif ${collectifId}`)
  if (to < from) throw new RangeError(`period ends before it starts: ${from} > ${to}`)
  const lieu = doc.lieux.find((l) => l.id === collectif.lieuId)
  const ofPeriod = doc.seances.filter((s) => s.collectifId === collectifId && from <= s.date && s.date <= to).sort(bySchedule)
  const held = ofPeriod.filter((s) => !s.annulee)
  const intervenantsById = new Map(doc.intervenants.map((i) => [i.id, i]))
  const people = (ids: string[]) =>
    sortFr(
      [...new Set(ids)].flatMap((id) => {
        const i = intervenantsById.get(id)
        return i ? [{ id: i.id, prenom: i.prenom, nom: i.nom, statut: i.statut }] : []
      }),
      (i) => i.nom,
      (i) => i.prenom,
    )

  const marked = new Set(held.flatMap((s) => s.presences.map((p) => p.enfantId)))
  // A mark recorded for a child no longer enrolled stays visible: a register never hides one.
  const children = sortFr(
    doc.enfants.filter((e) => enrolledDuring(e, collectifId, from, to) || marked.has(e.id)),
    (e) => e.nom,
    (e) => e.prenom,
  )
  const marks = held.map((s) => new Map(s.presences.map((p) => [p.enfantId, MARKS[p.statut]])))

  const overall = emptyTotals()
  const columns: SeanceColumn[] = held.map((s) => ({
    id: s.id, date: s.date, heureDebut: s.heureDebut, dureeMinutes: s.dureeMinutes,
    inscrits: 0, presents: 0, absents: 0, excuses: 0, nonSaisis: 0,
    intervenants: people(s.intervenantIds),
  }))

  const enfants: ChildRow[] = children.map((e) => {
    const totals = emptyTotals()
    const cells = held.map((s, k) => {
      const cell: AttendanceCell = { mark: marks[k].get(e.id) ?? '', enrolled: enrolledOn(e, collectifId, s.date) }
      count(totals, cell)
      count(overall, cell)
      const col = columns[k]
      if (cell.enrolled) {
        col.inscrits++
        if (cell.mark === 'P') col.presents++
        else if (cell.mark === 'A') col.absents++
        else if (cell.mark === 'E') col.excuses++
        else col.nonSaisis++
      }
      return cell
    })
    return { id: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau, cells, totals: withRate(totals) }
  })

  const team = new Map<string, AttendanceTable['intervenants'][number]>()
  for (const col of columns) {
    for (const i of col.intervenants) {
      const row = team.get(i.id) ?? { ...i, seanceIds: [] }
      row.seanceIds.push(col.id)
      team.set(i.id, row)
    }
  }

  return {
    collectif: { id: collectif.id, nom: collectif.nom, equipe: people(collectif.intervenantIds) },
    lieu: lieu ? { nom: lieu.nom, adresse: lieu.adresse, commune: lieu.commune } : null,
    from,
    to,
    seances: columns,
    annulees: ofPeriod.filter((s) => s.annulee).map((s) => ({ id: s.id, date: s.date, heureDebut: s.heureDebut, motif: s.motifAnnulation ?? null })),
    enfants,
    intervenants: sortFr([...team.values()], (i) => i.nom, (i) => i.prenom),
    totals: withRate(overall),
  }
}

export interface SummaryRow {
  enfant: { id: string; prenom: string; nom: string; niveau: string }
  collectif: { id: string; nom: string }
  totals: AttendanceTotals
}

export interface AttendanceSummary {
  /** Séances up to this date count as held (later ones have not taken place yet). */
  au: string
  /** One row per child and collectif the child was enrolled in, children in French order. */
  rows: SummaryRow[]
  /** One row per child, all collectifs together (`collectifs`: their names, French order). */
  enfants: { enfant: SummaryRow['enfant']; collectifs: string[]; totals: AttendanceTotals }[]
  totals: AttendanceTotals
}

/** The year's attendance per child: séances held up to `au` while enrolled, present, excused, absent. */
export function attendanceSummary(doc: EchangeDocument, au: string): AttendanceSummary {
  const collectifs = sortFr([...doc.collectifs], (c) => c.nom)
  const heldByCollectif = new Map<string, { date: string; marks: Map<string, Mark> }[]>()
  for (const s of doc.seances) {
    if (s.annulee || s.date > au) continue
    const list = heldByCollectif.get(s.collectifId) ?? []
    list.push({ date: s.date, marks: new Map(s.presences.map((p) => [p.enfantId, MARKS[p.statut]])) })
    heldByCollectif.set(s.collectifId, list)
  }
  const rows: SummaryRow[] = []
  const perChild = new Map<string, { enfant: SummaryRow['enfant']; collectifs: string[]; totals: AttendanceTotals }>()
  const overall = emptyTotals()
  for (const e of sortFr([...doc.enfants], (x) => x.nom, (x) => x.prenom)) {
    const enfant = { id: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau }
    for (const c of collectifs) {
      if (!e.inscriptions.some((i) => i.collectifId === c.id)) continue
      const totals = emptyTotals()
      const child = perChild.get(e.id) ?? { enfant, collectifs: [], totals: emptyTotals() }
      child.collectifs.push(c.nom)
      for (const s of heldByCollectif.get(c.id) ?? []) {
        const cell: AttendanceCell = { mark: s.marks.get(e.id) ?? '', enrolled: enrolledOn(e, c.id, s.date) }
        count(totals, cell)
        count(child.totals, cell)
        count(overall, cell)
      }
      perChild.set(e.id, child)
      rows.push({ enfant, collectif: { id: c.id, nom: c.nom }, totals: withRate(totals) })
    }
  }
  return {
    au,
    rows,
    enfants: [...perChild.values()].map((c) => ({ ...c, totals: withRate(c.totals) })),
    totals: withRate(overall),
  }
}
