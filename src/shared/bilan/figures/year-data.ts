import type { Collectif, EchangeDocument, Enfant, Inscription, Intervenant, Seance } from '../../exchange/schema'
import { sortFr } from '../../domain/french-order'
import { isHeld } from '../../seances/held'

/**
 * The year's registers as of a date D, indexed once for every family of figures
 * (spec/chiffres.md): a *held* séance is not cancelled and dated on or before D; a child is
 * enrolled when an inscription overlaps the year up to D. Parent actions and concertations
 * dated after D are left out of `doc` too: a bilan says what was done, never what is planned.
 */
export interface YearData {
  doc: EchangeDocument
  /** The as-of date D. */
  asOf: string
  /** Held séances, by date and time. */
  held: Seance[]
  heldByCollectif: Map<string, Seance[]>
  /** Collectifs with at least one held séance, in French name order. */
  activeCollectifs: Collectif[]
  /** Children with an inscription overlapping the school year up to D. */
  enrolled: Enfant[]
  /** The inscriptions of those children that overlap the year. */
  inscriptions: { enfant: Enfant; inscription: Inscription }[]
  intervenants: Map<string, Intervenant>
  /** The calendar year in which the school year starts (ages are taken on its 31 December). */
  startYear: number
}

export function overlapsYear(i: Inscription, debut: string, fin: string): boolean {
  return i.du <= fin && (i.au === undefined || i.au >= debut)
}

export function yearData(full: EchangeDocument, asOf: string): YearData {
  const { debut, fin } = full.anneeScolaire
  const upTo = asOf < fin ? asOf : fin
  const doc = { ...full, actionsParents: full.actionsParents.filter((a) => a.date <= asOf), concertations: full.concertations.filter((c) => c.date <= asOf) }
  const held = doc.seances.filter((s) => isHeld(s, asOf)).sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
  const heldByCollectif = new Map<string, Seance[]>()
  for (const s of held) {
    const list = heldByCollectif.get(s.collectifId)
    if (list) list.push(s)
    else heldByCollectif.set(s.collectifId, [s])
  }
  const inscriptions = doc.enfants.flatMap((enfant) => enfant.inscriptions.filter((i) => overlapsYear(i, debut, upTo)).map((inscription) => ({ enfant, inscription })))
  const enrolledIds = new Set(inscriptions.map((x) => x.enfant.id))
  return {
    doc,
    asOf,
    held,
    heldByCollectif,
    activeCollectifs: sortFr(doc.collectifs.filter((c) => heldByCollectif.has(c.id)), (c) => c.nom),
    enrolled: doc.enfants.filter((e) => enrolledIds.has(e.id)),
    inscriptions,
    intervenants: new Map(doc.intervenants.map((i) => [i.id, i])),
    startYear: Number(debut.slice(0, 4)),
  }
}
