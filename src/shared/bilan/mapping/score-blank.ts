import { isNumeric, type Bank, type Candidate } from './candidates'
import { asksName, asksNumber, asksYesNo, isBudgetColumn } from './label-cues'
import type { Context, PreparedBlank } from './prepare-blank'
import { coverage, matchScore, type Weights } from './similarity'
import type { Wording } from './wording'

/** How much of its own words a label read with the line before must find in a wording. */
const OWN_COVERAGE = 0.75

const merges = new WeakMap<Context, WeakMap<Context, Context>>()

/** The blank's context, and the words of the candidate's part of the bilan when the heading names it. */
function contextFor(p: PreparedBlank, c: Candidate, context = p.context): Context {
  const topic = p.topics.get(c.topic)
  if (!topic) return context
  let byContext = merges.get(topic)
  if (!byContext) merges.set(topic, (byContext = new WeakMap()))
  let merged = byContext.get(context)
  if (!merged) {
    const m = new Map(topic)
    for (const [w, credit] of context) m.set(w, Math.max(m.get(w) ?? 0, credit))
    byContext.set(context, (merged = m))
  }
  return merged
}

/** How well wording `w` answers query `q`: 1 for the same text, else their match, less for cut wordings. */
const answer = (q: Wording, w: Wording, vocabulary: Weights, context?: Context, implied?: Context) =>
  q.factor * w.factor * (q.normalized === w.normalized ? 1 : matchScore(q.words, w.words, vocabulary, context, implied))

/** A column heading against a candidate's: its own level (« T » under « Lycée ») or all its levels. */
function columnScore(levels: Wording[], colonne: Wording, vocabulary: Weights, context: Context): number {
  const own = levels.at(-1)
  if (!own) return 0
  const all = levels.flatMap((l) => l.words)
  return Math.max(answer(own, colonne, vocabulary, context), matchScore(all, colonne.words, vocabulary))
}

function cellScore(p: PreparedBlank, c: Candidate, vocabulary: Weights): number {
  const { ligne, levels, context } = p
  let s = 0
  if (ligne && levels.length > 0) {
    for (const cell of c.cellules) {
      s = Math.max(s, (answer(ligne, cell.ligne, vocabulary) + columnScore(levels, cell.colonne, vocabulary, context)) / 2)
      // Some tables put the measures in rows and the groups in columns.
      s = Math.max(s, (answer(ligne, cell.colonne, vocabulary) + columnScore(levels, cell.ligne, vocabulary, context)) / 2)
    }
    // « Bénévoles × Nombre d'heures » reads « Nombre d'heures des bénévoles »: both headings must be in it.
    const own = levels.at(-1)!
    const composed = [...new Set([...ligne.words, ...own.words])]
    for (const w of c.wordings) {
      if (coverage(ligne.words, w.words, vocabulary) < 0.5 || coverage(own.words, w.words, vocabulary) < 0.5) continue
      s = Math.max(s, w.factor * matchScore(composed, w.words, vocabulary, context))
    }
  } else if (ligne) {
    for (const w of c.wordings) s = Math.max(s, answer(ligne, w, vocabulary, context.size > 0 ? context : undefined))
  } else if (levels.length > 0) {
    for (const w of [...c.wordings, ...c.cellules.map((x) => x.colonne)]) s = Math.max(s, columnScore(levels, w, vocabulary, context))
  }
  return s
}

/** Below 1 for a figure of one bonus project in a cell outside its part, or of elsewhere under a bonus's heading. */
const OTHER_PART = 0.85

/**
 * The same table (« Café des parents × Nombre de séances ») counts the whole year's actions, or
 * one bonus project's under that bonus's heading (« Bonification TNE »).
 */
function partFit(p: PreparedBlank, c: Candidate): number {
  const named = [...p.topics.keys()].find((t) => t.startsWith('bonus_'))
  if (named) return c.topic === named ? 1 : OTHER_PART
  return c.topic.startsWith('bonus_') ? OTHER_PART : 1
}

/** How well candidate `c` fits the blank, from 0 (it cannot go there) to 1. */
export function scoreCandidate(p: PreparedBlank, c: Candidate, bank: Bank): number {
  const weights = bank.vocabulary
  const { kind } = p.blank
  if (p.skip || !c.accepts.includes(kind)) return 0
  if (p.starts && ![...p.starts].some((x) => c.starts.has(x))) return 0
  if (kind === 'cellule') {
    // Type safety: a oui/non only where the headings ask one, a count never where they ask a name.
    const headings = `${p.blank.ligne ?? ''} ${p.blank.colonne ?? ''}`
    if ((c.format === 'ouinon' || c.format === 'booleen') && !asksYesNo(headings)) return 0
    if (isNumeric(c) && asksName(headings) && !asksNumber(headings) && !isBudgetColumn(p.blank.colonne ?? '')) return 0
    return cellScore(p, c, weights) * partFit(p, c)
  }
  if (kind === 'texte' && isNumeric(c) && asksName(p.blank.label) && !asksNumber(p.blank.label)) return 0
  // A line to write on takes a oui/non only if it asks a question, and a number only if it asks one.
  if (kind === 'texte' && c.format === 'ouinon' && !p.question) return 0
  if (kind === 'texte' && isNumeric(c) && !p.number) return 0
  const context = contextFor(p, c)
  const implied = p.topics.get(c.topic)
  let s = 0
  for (const w of c.wordings) {
    for (const q of p.queries) {
      if (q.own && coverage(q.own, w.words, weights) < OWN_COVERAGE) continue
      if (q.exactOnly && q.normalized !== w.normalized) continue
      s = Math.max(s, answer(q, w, weights, q.context ? contextFor(p, c, q.context) : context, implied))
    }
  }
  // Booleans first for boxes: a count stands in for a oui/non only when nothing else fits.
  if ((kind === 'choix' || kind === 'case') && c.format === 'entier') s *= 0.9
  return s
}
