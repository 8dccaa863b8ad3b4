import type { Collectif, Seance } from '../exchange/schema'

/**
 * A *held* séance as of D (spec/chiffres.md, spec/conformite.md): not cancelled and dated on or
 * before D. A séance still to come is never counted, whatever its register says.
 */
export function isHeld(s: Pick<Seance, 'annulee' | 'date'>, asOf: string): boolean {
  return !s.annulee && s.date <= asOf
}

/** A held séance whose register is still empty: the coordinator fills or cancels it. */
export interface SeanceSansRegistre {
  id: string
  date: string
  heureDebut: string
  collectifId: string
  collectif: string
}

/**
 * Held séances with no presence recorded, by date: they count as held, and are listed so that
 * the coordinator fills or cancels them before sending the bilan.
 */
export function seancesSansRegistre(doc: { seances: Seance[]; collectifs: Pick<Collectif, 'id' | 'nom'>[] }, asOf: string): SeanceSansRegistre[] {
  const noms = new Map(doc.collectifs.map((c) => [c.id, c.nom]))
  const empty = doc.seances.filter((s) => isHeld(s, asOf) && s.presences.length === 0 && noms.has(s.collectifId))
  return empty.sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut)).map((s) => ({ id: s.id, date: s.date, heureDebut: s.heureDebut, collectifId: s.collectifId, collectif: noms.get(s.collectifId)! }))
}
