import { figureLabels, TABLE_LABELS } from '../figures/labels'
import type { RepeatedKey } from '../figures/types'
import { QUESTIONS } from '../questions/bank'
import type { TemplateId } from '../questions/templates'
import type { Binding, Lignes, Mapping, Valeur } from './mapping-schema'
import { bestSimilarity, similarity } from './similarity'

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

interface Candidate {
  valeur: Valeur
  /** The wordings to compare a label with. */
  wordings: string[]
  /** Row × column wordings, for table cells. */
  cellules: { ligne: string; colonne: string }[]
  accepts: BlankInfo['kind'][]
  countOnBox?: boolean
}

function candidates(exclude?: TemplateId): Candidate[] {
  const out: Candidate[] = []
  for (const q of QUESTIONS) {
    const wordings = [q.texte, ...Object.entries(q.formulations).filter(([t]) => t !== exclude).flatMap(([, f]) => f ?? [])]
    // A oui/non question may also be a line to write on (« Poursuivez-vous … ? » with no box).
    out.push({ valeur: { question: q.id }, wordings, cellules: [], accepts: q.type === 'ouinon' ? ['choix', 'case', 'cellule', 'texte'] : ['texte', 'cellule'] })
  }
  for (const f of figureLabels()) {
    const bool = f.format === 'booleen'
    out.push({
      valeur: { chiffre: f.key },
      wordings: [f.libelle, ...f.synonymes],
      cellules: f.cellules,
      // A count answers a box too: « Temps de convivialité avec les parents : oui » when there was one.
      accepts: bool ? ['choix', 'case', 'cellule'] : f.format === 'entier' ? ['texte', 'cellule', 'choix', 'case'] : ['texte', 'cellule'],
      countOnBox: f.format === 'entier',
    })
  }
  return out
}

function scoreBlank(blank: BlankInfo, c: Candidate): number {
  if (!c.accepts.includes(blank.kind)) return 0
  // Booleans first for boxes: a count stands in for a oui/non only when nothing else fits.
  const factor = (blank.kind === 'choix' || blank.kind === 'case') && c.countOnBox ? 0.9 : 1

  let score = bestSimilarity(blank.label, c.wordings)
  // A short label leans on the line before it: « Soit en ETP : » under « Nombre de salariés : ».
  // Before any label, the heading is the line before.
  const previous = blank.previous || blank.heading
  if (previous && blank.kind !== 'cellule') score = Math.max(score, 0.9 * bestSimilarity(`${blank.label} ${previous}`, c.wordings))
  if (blank.kind === 'cellule') {
    for (const cell of c.cellules) {
      const s = (similarity(blank.ligne ?? '', cell.ligne) + colonneSimilarity(blank.colonne ?? '', cell.colonne)) / 2
      score = Math.max(score, s)
    }
    if (blank.ligne) score = Math.max(score, bestSimilarity(blank.ligne, c.wordings) * (blank.colonne ? 0.9 : 1))
  }
  return score * factor
}

/** A column heading may be nested (« Nombre de personnes formées › Salariés »): the best level counts. */
function colonneSimilarity(colonne: string, wording: string): number {
  const levels = colonne.split(' › ')
  return Math.max(similarity(colonne, wording), ...levels.map((l) => similarity(l, wording)))
}

/**
 * Repeated rows: a table whose column headings match the columns of one of the bilan's
 * tables (collectifs, trainings, places, schools) gets a row rule instead of one binding per cell.
 */
function proposeRows(blanks: BlankInfo[]): Lignes[] {
  const rules: Lignes[] = []
  const byTable = new Map<number, BlankInfo[]>()
  for (const b of blanks) if (b.kind === 'cellule' && b.table !== undefined) byTable.set(b.table, [...(byTable.get(b.table) ?? []), b])
  for (const [table, cells] of byTable) {
    const columns = new Map<number, string>()
    for (const c of cells) if (c.col !== undefined && c.colonne) columns.set(c.col, c.colonne)
    let best: { repete: RepeatedKey; colonnes: Record<string, string>; score: number } | null = null
    for (const [repete, t] of Object.entries(TABLE_LABELS) as [RepeatedKey, (typeof TABLE_LABELS)[RepeatedKey]][]) {
      const colonnes: Record<string, string> = {}
      let total = 0
      for (const [col, heading] of columns) {
        let top = { field: '', s: 0 }
        for (const c of t.colonnes) {
          const s = Math.max(...[c.libelle, ...c.synonymes].map((w) => colonneSimilarity(heading, w)))
          if (s > top.s) top = { field: c.colonne, s }
        }
        if (top.s >= 0.6 && !Object.values(colonnes).includes(top.field)) {
          colonnes[String(col)] = top.field
          total += top.s
        }
      }
      const matched = Object.keys(colonnes).length
      // Rows are repeated only if the rows are not each named on their left (« Bénévoles »), unless named « collectif 1 », « collectif 2 »…
      const rowsNamed = cells.filter((c) => c.ligne && !/^\s*(collectif|groupe|ligne)\s*\d+/i.test(c.ligne)).length
      if (matched >= 2 && matched >= columns.size / 2 && rowsNamed < cells.length / 2 && (!best || total > best.score)) best = { repete, colonnes, score: total }
    }
    if (!best) continue
    const rows = cells.filter((c) => c.col !== undefined && Object.hasOwn(best.colonnes, String(c.col))).map((c) => c.row ?? 0)
    const numbered = cells.some((c) => /^\s*(collectif|groupe)\s*\d+/i.test(c.ligne ?? ''))
    rules.push({ tableau: table, repete: best.repete, premiereLigne: Math.min(...rows), derniereLigne: Math.max(...rows), colonnes: best.colonnes, debordement: numbered ? 'signaler' : 'ajouter' })
  }
  return rules
}

/**
 * Proposes a binding for every blank of a form never seen: the figure or question whose French
 * wording is closest to the blank's label (for table cells, to its row and column headings),
 * or « leave it » below THRESHOLD. `exclude` leaves out one form's own wordings of the
 * questions, to measure how the proposals do on a form the bank does not know.
 */
export function proposeMapping(blanks: BlankInfo[], options: { exclude?: TemplateId } = {}): { mapping: Mapping; proposals: Proposal[] } {
  const all = candidates(options.exclude)
  const lignes = proposeRows(blanks)
  const covered = (b: BlankInfo) => lignes.some((l) => l.tableau === b.table && b.row !== undefined && b.row >= l.premiereLigne && b.row <= l.derniereLigne && Object.hasOwn(l.colonnes, String(b.col)))
  const proposals: Proposal[] = []
  const used = new Map<string, number>()
  for (const blank of blanks) {
    if (covered(blank)) continue
    const ranked = all.map((c) => ({ c, s: scoreBlank(blank, c) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s)
    const top = ranked[0]
    if (!top || top.s < THRESHOLD) {
      proposals.push({ blank: blank.key, label: blank.label, valeur: { ignorer: true }, score: top?.s ?? 0 })
      continue
    }
    // Equal labels (« Si oui, précisez-en les raisons ») are told apart by their context, then by
    // taking each question once, in order.
    const tied = ranked.filter((x) => x.s >= top.s - 0.05)
    const withContext = tied
      .map((x) => ({ ...x, ctx: bestSimilarity(`${blank.heading} ${blank.previous}`, x.c.wordings), id: JSON.stringify(x.c.valeur) }))
      .sort((a, b) => (used.get(a.id) ?? 0) - (used.get(b.id) ?? 0) || b.ctx - a.ctx || b.s - a.s)
    const chosen = withContext[0]
    used.set(chosen.id, (used.get(chosen.id) ?? 0) + 1)
    proposals.push({ blank: blank.key, label: blank.label, valeur: chosen.c.valeur, score: chosen.s })
  }
  return { mapping: { version: 1, blanks: proposals.map(({ blank, label, valeur }) => ({ blank, label, valeur })), lignes }, proposals }
}
