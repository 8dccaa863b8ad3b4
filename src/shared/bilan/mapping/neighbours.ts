import type { Candidate } from './candidates'
import type { BlankInfo } from './propose'
import { coverage, wordIds } from './similarity'
import { words } from './words'

// What the lines around a blank say of it: the part of the bilan they are in, the rest of a
// cell's row, the line below that may be the one it heads.

/** A candidate of the same part of the bilan as the blanks around it. */
const NEIGHBOUR_BONUS = 0.1
/** How much better the next line must match a candidate to take it from the line above it. */
const YIELD_MARGIN = 0.05

/** A candidate and how well it fits a blank on its own. */
export interface Scored {
  c: Candidate
  s: number
}

/** The figure's family within its key: `enfants.niveau` for `enfants.niveau.CP`. */
export const parentKey = (c: Candidate) => ('chiffre' in c.valeur && typeof c.valeur.chiffre === 'string' ? c.valeur.chiffre.split('.').slice(0, -1).join('.') : c.id)

/**
 * The part of the bilan around a blank: a candidate of the same part gains; when the blanks
 * around all belong to one part, a figure of another loses as much (« PRE – Plateforme de
 * réussite éducative » between REP and Politique de la ville is a zoning, not who sent the
 * child). Questions are spared: a form may ask about next year's bonus among this year's actions.
 */
export function neighbourBonus(neighbours: string[], c: Candidate): number {
  const same = neighbours.filter((t) => t === c.topic).length
  if (neighbours.length >= 2 && new Set(neighbours).size === 1 && same === 0 && 'chiffre' in c.valeur) return -NEIGHBOUR_BONUS
  return (NEIGHBOUR_BONUS * same) / neighbours.length
}

/**
 * « Budget : » right above « Budget réalisé pour l'action … (€ TTC) : »: a line whose words the
 * next line repeats and says more of is its heading, and leaves the candidate to it when the next
 * line matches it better.
 */
export function yieldsTo(blanks: BlankInfo[], ranked: (Scored[] | null)[], i: number, next: number): Candidate | null {
  const mine = ranked[i]?.[0]
  const theirs = ranked[next]?.[0]
  if (!mine || !theirs || mine.c !== theirs.c || theirs.s <= mine.s + YIELD_MARGIN) return null
  const own = wordIds(words(blanks[i].label))
  return coverage(own, wordIds(words(blanks[next].label))) >= 0.75 ? mine.c : null
}

/** The parts of the bilan of the two blanks before (as chosen) and after (as they stand alone) under the same heading. */
export function neighbourTopics(blanks: BlankInfo[], i: number, chosen: (Candidate | null)[], sureTop: (j: number) => Candidate | null): string[] {
  const out: string[] = []
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const b = blanks[j]
    if (!b || b.kind === 'cellule' || b.heading !== blanks[i].heading) continue
    const c = j < i ? chosen[j] : sureTop(j)
    if (c) out.push(c.topic)
  }
  return out
}

/** The figure families the other cells of the row are surely about. */
export function rowParentKeys(blanks: BlankInfo[], i: number, sureTop: (j: number) => Candidate | null): string[] {
  const { table, row } = blanks[i]
  const out: string[] = []
  blanks.forEach((b, j) => {
    if (j === i || b.kind !== 'cellule' || b.table !== table || b.row !== row) return
    const c = sureTop(j)
    if (c) out.push(parentKey(c))
  })
  return out
}
