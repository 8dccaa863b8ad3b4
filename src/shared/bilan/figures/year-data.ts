import type { Collectif, EchangeDocument, Enfant, Inscription, Intervenant, Seance } from '../../exchange/schema'
import { sortFr } from '../../domain/french-order'

/**
 * The year's registers indexed once for every family of figures. The whole year is used: a
 * *held* séance is one not cancelled, whatever its date (spec/chiffres.md).
 */
export interface YearData {
  doc: EchangeDocument
  /** Held séances, by date and time. */
  held: Seance[]
  heldByCollectif: Map<string, Seance[]>
  /** Collectifs with at least one held séance, in French name order. */
  activeCollectifs: Collectif[]
  /** Children with an inscription overlapping the school year. */
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

export function yearData(doc: EchangeDocument): YearData {
  const { debut, fin } = doc.anneeScolaire
  const held = doc.seances.filter((s) => !s.annulee).sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
  const heldByCollectif = new Map<string, Seance[]>()
  for (const s of held) {
    const list = heldByCollectif.get(s.collectifId)
    if (list) list.push(s)
    else heldByCollectif.set(s.collectifId, [s])
  }
  const inscriptions = doc.enfants.flatMap((enfant) => enfant.inscriptions.filter((i) => overlapsYear(i, debut, fin)).map((inscription) => ({ enfant, inscription })))
  const enrolledIds = new Set(inscriptions.map((x) => x.enfant.id))
  return {
    doc,
    held,
    heldByCollectif,
    activeCollectifs: sortFr(doc.collectifs.filter((c) => heldByCollectif.has(c.id)), (c) => c.nom),
    enrolled: doc.enfants.filter((e) => enrolledIds.has(e.id)),
    inscriptions,
    intervenants: new Map(doc.intervenants.map((i) => [i.id, i])),
    startYear: Number(debut.slice(0, 4)),
  }
}
