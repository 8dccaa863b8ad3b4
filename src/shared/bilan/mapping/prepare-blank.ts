import type { Theme } from '../questions/types'
import { asksNumber, asksQuestion, isAnswerInstruction, isCrossedOut, isFootnote } from './label-cues'
import type { BlankInfo } from './propose'
import { coverage, wordStarts, type Weights } from './similarity'
import { TOPIC_WORDS } from './topics'
import { withVariants, wording, type Wording } from './wording'
import { isContentFree, words } from './words'

/** How much a word of the heading above, or of the line before, explains a wording's word. */
const HEADING_CREDIT = 0.7
const PREVIOUS_CREDIT = 0.5
/** How much the words of a part of the bilan count when the heading names that part. */
const TOPIC_CREDIT = 0.6
/** A label read with the line before it, when it says little by itself (« Soit en ETP : »). */
const BORROWED = 0.9

/** Words around a label, each with how much it explains a wording's word (0 to 1). */
export type Context = ReadonlyMap<number, number>

/**
 * A label as compared; `own`: the label's own words, when the line before was added to them;
 * `exactOnly`: a label that says nothing by itself matches only a wording that says the same.
 */
export type Query = Wording & { own?: number[]; exactOnly?: boolean; context?: Context }

/**
 * A blank read once, before it is compared with every candidate: its label as words (alone, cut
 * of its asides, with the line before when it says little), the words around it, what its
 * wording asks for, and for a cell its row and column headings.
 */
export interface PreparedBlank {
  blank: BlankInfo
  /** Nothing goes there: a footnote, a crossed-out cell, an empty cell of a heading row. */
  skip: boolean
  /** The label as wordings to compare: whole, without its asides, with the line before. */
  queries: Query[]
  context: Context
  /** The parts of the bilan the heading names, with the context each adds. */
  topics: Map<Theme, Context>
  /** The label asks a question (« … ? »): a oui/non may be written on its line. */
  question: boolean
  /** The label asks a number (« Nombre de … », « Soit en ETP », « (€ TTC) »). */
  number: boolean
  ligne?: Wording
  /** Column headings from the outermost to the cell's own, instructions left out. */
  levels: Wording[]
  /** The first letters of the words it is compared by; null when it has no word (« T »). */
  starts: Set<string> | null
}

/** What the cells of one table say about each other. */
export interface TableFacts {
  /** A heading every cell shares is the table's title, not a column (« IDENTIFICATION »). */
  title: string | null
  /** Every column heading of the table, normalized. */
  headings: Set<string>
}

export function tableFacts(blanks: readonly BlankInfo[]): Map<number, TableFacts> {
  const facts = new Map<number, TableFacts>()
  const byTable = new Map<number, BlankInfo[]>()
  for (const b of blanks) if (b.kind === 'cellule' && b.table !== undefined) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b])
  for (const [table, cells] of byTable) {
    const colonnes = new Set(cells.map((c) => c.colonne ?? ''))
    const title = cells.length > 1 && colonnes.size === 1 ? [...colonnes][0] : null
    const headings = new Set(cells.flatMap((c) => (c.colonne ?? '').split(' › ')).map((h) => wording(h).normalized).filter(Boolean))
    facts.set(table, { title, headings })
  }
  return facts
}

function addWords(context: Map<number, number>, text: string, credit: number) {
  for (const w of wording(text).words) context.set(w, Math.max(context.get(w) ?? 0, credit))
}

/** Parts of the bilan the heading reads like: most of its weighted words are the part's words. */
function headingTopics(heading: string, vocabulary: Weights): Map<Theme, Context> {
  const out = new Map<Theme, Context>()
  const headingWords = wording(heading).words
  if (headingWords.length === 0) return out
  const shares = (Object.entries(TOPIC_WORDS) as [Theme, number[]][]).map(([topic, topicWords]) => ({
    topic,
    topicWords,
    share: coverage(headingWords, topicWords, vocabulary),
  }))
  const best = Math.max(...shares.map((x) => x.share))
  // « Bonification Parents » names the bonus parents, not every bonus nor the parents' axis.
  for (const { topic, topicWords, share } of shares) if (share >= 0.75 && share === best) out.set(topic, new Map(topicWords.map((w) => [w, TOPIC_CREDIT])))
  return out
}

function prepareCell(blank: BlankInfo, facts: TableFacts | undefined, vocabulary: Weights): PreparedBlank {
  const raw = (blank.colonne ?? '').split(' › ')
  const levels = (facts?.title === blank.colonne ? [] : raw.filter((l) => l && !isAnswerInstruction(l))).map((l) => wording(l))
  const ligne = blank.ligne ? wording(blank.ligne) : undefined
  // A cell whose left neighbour is a column heading sits in a heading row: nothing goes there.
  const headingRow = ligne !== undefined && (facts?.headings.has(ligne.normalized) ?? false)
  const context = new Map<number, number>()
  for (const l of levels.slice(0, -1)) for (const w of l.words) context.set(w, HEADING_CREDIT)
  // The heading above the table says whose details a lone row heading asks (« Téléphone »).
  if (!blank.colonne) addWords(context, blank.heading, HEADING_CREDIT)
  return {
    blank, question: false, number: false,
    skip: raw.some(isCrossedOut) || headingRow, queries: [], context, topics: headingTopics(blank.heading, vocabulary), ligne, levels,
    starts: startsOf([ligne, ...levels]),
  }
}

export function prepareBlank(blank: BlankInfo, facts: TableFacts | undefined, vocabulary: Weights): PreparedBlank {
  if (blank.kind === 'cellule') return prepareCell(blank, facts, vocabulary)
  const { label } = blank
  const context = new Map<number, number>()
  addWords(context, blank.heading, HEADING_CREDIT)
  addWords(context, blank.previous, PREVIOUS_CREDIT)
  const previous = blank.previous || blank.heading
  const contentFree = isContentFree(label)
  const queries: Query[] = withVariants([label]).map((q) => ({ ...q, exactOnly: contentFree }))
  // « Préciser : », « Si oui, expliquez-en les raisons » say about what only with the line before,
  // or as the very words of a wording; « Soit en ETP : » says it better with the line before, but
  // must still be found in what it is matched with. The line before is then part of the label,
  // and no longer context for the label alone.
  if (previous && previous !== label && (contentFree || words(label).length <= 2)) {
    const headingOnly = new Map<number, number>()
    addWords(headingOnly, blank.heading, HEADING_CREDIT)
    for (const q of queries) q.context = headingOnly
    queries.push({ ...wording(`${label} ${previous}`, BORROWED), own: contentFree ? undefined : wording(label).words })
  }
  return {
    blank, question: asksQuestion(label), number: asksNumber(label),
    skip: isFootnote(label), queries, context, topics: headingTopics(blank.heading, vocabulary), levels: [], starts: startsOf(queries),
  }
}

function startsOf(wordings: (Wording | undefined)[]): Set<string> | null {
  const ids = wordings.flatMap((w) => w?.words ?? [])
  // A label of no word (« T », « / ») is compared whole: every candidate stays in.
  return wordings.some((w) => w && w.words.length === 0 && w.normalized) ? null : wordStarts(ids)
}
