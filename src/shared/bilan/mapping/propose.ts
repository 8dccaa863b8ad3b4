import { candidateBank, type Bank, type BankOptions, type Candidate } from './candidates'
import type { Binding, Mapping } from './mapping-schema'
import { categoryProposals } from './category-tables'
import { proposeRows } from './propose-rows'
import { prepareBlank, tableFacts, type TableFacts } from './prepare-blank'
import { scoreCandidate } from './score-blank'
import { neighbourBonus, neighbourTopics, parentKey, rowParentKeys, yieldsTo, type Scored } from './neighbours'
import { isContentFree } from './words'

/** A blank as the filler finds it in a Word document, without the document. */
export interface BlankInfo {
  key: string
  kind: 'texte' | 'choix' | 'case' | 'cellule'
  label: string
  /** The heading above and the label of the line before: to tell identical labels apart (« Soit en ETP : »). */
  heading: string
  previous: string
  table?: number
  row?: number
  col?: number
  ligne?: string
  colonne?: string
}

export interface Proposal extends Binding {
  /** 0 to 1: how sure the match is; below the threshold the proposal is to leave the blank. */
  score: number
}

/** Below this, a blank is proposed to be left alone rather than bound to a weak match. */
export const THRESHOLD = 0.55

/** A follow-up (« Si oui, précisez ») right after the oui/non it follows, even when its words say little. */
const FOLLOW_UP_BONUS = 0.3
const FOLLOW_UP_FLOOR = 0.3
/** A cell's figure of the same kind as the rest of its row (« enfants.niveau.* » beside CP…T). */
const ROW_BONUS = 0.35
/** A figure or question already proposed for an earlier line: forms ask each once, but for a few. */
const REUSE_PENALTY = 0.1
/**
 * What the line just before got: the line before explains a label (« Soit en ETP : » after
 * « Nombre de salariés : »), but a form does not ask the same thing twice in a row.
 */
const REPEAT_PENALTY = 0.25
/** Below this gap between the two best weak matches, neither is proposed. */
const AMBIGUOUS = 0.02
/** How sure a later blank's own best match must be to say what part of the bilan it is in. */
const SURE = 0.7

/**
 * Proposes a binding for every blank of a form never seen: the figure or question whose French
 * wording best answers the blank's label (for table cells, its row and column headings), read
 * with the heading above and the line before, then weighed against its neighbours (a follow-up
 * after its oui/non, the part of the bilan around it, the rest of a table row); or « leave it »
 * below THRESHOLD. `options` leave out of the bank what one form says itself (its formulations of
 * the questions, the figure synonyms copied from it), to measure how the proposals do on a form
 * the bank does not know.
 */
export function proposeMapping(blanks: BlankInfo[], options: BankOptions & { quartiers?: readonly string[] } = {}): { mapping: Mapping; proposals: Proposal[] } {
  const bank = candidateBank(options)
  const lignes = proposeRows(blanks, bank.vocabulary, bank.leaveOut)
  const covered = (b: BlankInfo) => lignes.some((l) => l.tableau === b.table && b.row !== undefined && b.row >= l.premiereLigne && b.row <= l.derniereLigne && Object.hasOwn(l.colonnes, String(b.col)))
  const facts = tableFacts(blanks)
  const ranked: (Scored[] | null)[] = blanks.map((b) => {
    if (covered(b)) return null
    const p = prepareBlank(b, b.table === undefined ? undefined : facts.get(b.table), bank.vocabulary)
    return bank.candidates.map((c) => ({ c, s: scoreCandidate(p, c, bank) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s)
  })
  const chosen: (Candidate | null)[] = []
  const proposals: Proposal[] = []
  const used = new Map<string, number>()
  const leave = (blank: BlankInfo, score: number) => proposals.push({ blank: blank.key, label: blank.label, valeur: { ignorer: true }, score })
  blanks.forEach((blank, i) => {
    const list = ranked[i]
    chosen.push(null)
    if (!list) return
    // « Code postal et commune », « Téléphone / courriel »: both parts, when each is surely a figure.
    const composite = compositeOf(blank, facts.get(blank.table ?? -1), bank)
    if (composite && composite.score > (list[0]?.s ?? 0)) {
      proposals.push({ blank: blank.key, label: blank.label, valeur: { chiffre: composite.keys }, score: composite.score })
      return
    }
    const around = readAround(blanks, ranked, chosen, i)
    if (around.partOfLineAbove) return leave(blank, list[0]?.s ?? 0)
    const options: { x: Scored; adjusted: number }[] = []
    for (const x of list) {
      const followUp = around.followed !== null && x.c.suiteDe === around.followed
      if (x.s < (followUp ? FOLLOW_UP_FLOOR : around.floor) || x.c === around.yielded) continue
      let adjusted = x.s
      if (followUp) adjusted += FOLLOW_UP_BONUS
      if (around.neighbours.length > 0) adjusted += neighbourBonus(around.neighbours, x.c)
      if (around.rowParents.length > 0) adjusted += (ROW_BONUS * around.rowParents.filter((k) => k === parentKey(x.c)).length) / around.rowParents.length
      if (blank.kind !== 'cellule') adjusted -= REUSE_PENALTY * (used.get(x.c.id) ?? 0)
      if (around.previousChoice === x.c) adjusted -= REPEAT_PENALTY
      options.push({ x, adjusted })
    }
    options.sort((a, b) => b.adjusted - a.adjusted)
    const [best, second] = options
    if (!best || best.adjusted < THRESHOLD) return leave(blank, list[0]?.s ?? 0)
    // Two weak matches as good as each other: the coordinator would have to choose anyway.
    if (second && best.adjusted - second.adjusted < AMBIGUOUS && best.x.s < SURE) return leave(blank, best.x.s)
    const pick = best.x
    chosen[i] = pick.c
    used.set(pick.c.id, (used.get(pick.c.id) ?? 0) + 1)
    proposals.push({ blank: blank.key, label: blank.label, valeur: pick.c.valeur, score: pick.s })
  })
  // Tables that draw their own groups of children: read from their headings, over what the words matched.
  const byHeadings = new Map(categoryProposals(blanks, lignes, options.quartiers).map((p) => [p.blank, p]))
  const all = proposals.map((p) => byHeadings.get(p.blank) ?? p)
  return { mapping: { version: 1, blanks: all.map(({ score: _score, ...binding }) => binding), lignes }, proposals: all }
}

/** What the lines around a blank say of it. */
interface Around {
  /** What the line above got. */
  previousChoice: Candidate | null
  /** The oui/non question the line above got: this line may be its « Si oui, précisez ». */
  followed: string | null
  /** The candidate the line below takes from this one, which heads it. */
  yielded: Candidate | null
  /** The parts of the bilan of the lines around, under the same heading. */
  neighbours: string[]
  /** For a cell, the figure families of the rest of its row. */
  rowParents: string[]
  /** The score below which nothing is proposed. */
  floor: number
  partOfLineAbove: boolean
}

/** What the lines around blank `i` say of it, the lines above as proposed, the lines below as they stand alone. */
function readAround(blanks: BlankInfo[], ranked: (Scored[] | null)[], chosen: (Candidate | null)[], i: number): Around {
  const blank = blanks[i]
  const sureTop = (j: number) => {
    const top = ranked[j]?.[0]
    return top && top.s >= SURE ? top.c : null
  }
  if (blank.kind === 'cellule') {
    return { previousChoice: null, followed: null, yielded: null, neighbours: [], rowParents: rowParentKeys(blanks, i, sureTop), floor: THRESHOLD, partOfLineAbove: false }
  }
  const previousLine = [...chosen.keys()].reverse().find((j) => j < i && blanks[j].kind !== 'cellule')
  const previousChoice = previousLine === undefined ? null : chosen[previousLine]
  const followed = previousChoice?.format === 'ouinon' && 'question' in previousChoice.valeur ? previousChoice.valeur.question : null
  const nextLine = blanks.findIndex((b, j) => j > i && b.kind !== 'cellule')
  const next = blanks[i + 1]
  return {
    previousChoice,
    followed,
    yielded: nextLine < 0 ? null : yieldsTo(blanks, ranked, i, nextLine),
    neighbours: neighbourTopics(blanks, i, chosen, sureTop),
    rowParents: [],
    // A line ending in « : » right above boxes to tick introduces them, unless it surely asks something itself.
    floor: blank.kind === 'texte' && /:\s*$/.test(blank.label) && (next?.kind === 'choix' || next?.kind === 'case') && next.heading === blank.heading ? SURE : THRESHOLD,
    // « Préciser : » right under a line to write on that is no oui/non: a part of that line's answer.
    partOfLineAbove: previousLine === i - 1 && blanks[i - 1].kind === 'texte' && !followed && isContentFree(blank.label),
  }
}

/** How sure each part of a composite label must be of its figure. */
const PART_SURE = 0.75
/** A figure of another family close to a part's best, or sure enough itself, makes the composite « à vérifier ». */
const RIVAL_GAP = 0.05
const UNSURE_COMPOSITE = 0.6

/**
 * A label naming two things (« Code postal et commune », « Nom et prénom », « Téléphone /
 * courriel »): the two figures, when each part alone surely names one (texts only: a composite
 * is never a count).
 */
function compositeOf(blank: BlankInfo, facts: TableFacts | undefined, bank: Bank): { keys: string[]; score: number } | null {
  if (blank.kind !== 'texte' && blank.kind !== 'cellule') return null
  const text = blank.kind === 'cellule' ? (blank.ligne || blank.colonne?.split(' › ').at(-1) || '') : blank.label
  const m = /^(.{2,40}?)\s+(?:et|\/|&)\s+(.{2,40}?)\s*:?\s*$/iu.exec(text.replace(/\s*\/\s*/g, ' / '))
  if (!m) return null
  const keys: string[] = []
  let score = 1
  for (const part of [m[1], m[2]]) {
    const alone: BlankInfo = blank.kind === 'cellule' ? (blank.ligne ? { ...blank, ligne: part } : { ...blank, colonne: part }) : { ...blank, label: part }
    const p = prepareBlank(alone, facts, bank.vocabulary)
    let best: { key: string; s: number } | null = null
    for (const c of bank.candidates) {
      if (!('chiffre' in c.valeur) || c.format !== 'texte' || Array.isArray(c.valeur.chiffre)) continue
      const s = scoreCandidate(p, c, bank)
      if (!best || s > best.s) best = { key: c.valeur.chiffre, s }
    }
    if (!best || best.s < PART_SURE || keys.includes(best.key)) return null
    keys.push(best.key)
    score = Math.min(score, best.s)
    // The same words for another's details (the structure's telephone or the coordinator's): unsure.
    const family = best.key.split('.')[0]
    const rival = bank.candidates.some((c) => 'chiffre' in c.valeur && typeof c.valeur.chiffre === 'string' && c.format === 'texte' && c.valeur.chiffre.split('.')[0] !== family && scoreCandidate(p, c, bank) >= Math.min(PART_SURE, best.s - RIVAL_GAP))
    if (rival) score = Math.min(score, UNSURE_COMPOSITE)
  }
  // « Rue et numéro » is one address, not an address and an action number: both parts of one family.
  if (keys[0].split('.')[0] !== keys[1].split('.')[0]) return null
  return { keys, score }
}
