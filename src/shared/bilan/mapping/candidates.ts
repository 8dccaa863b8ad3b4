import { figureLabels } from '../figures/labels'
import type { FigureFormat } from '../figures/types'
import { QUESTIONS } from '../questions/bank'
import type { TemplateId } from '../questions/templates'
import type { Theme } from '../questions/types'
import type { Valeur } from './mapping-schema'
import type { BlankInfo } from './propose'
import { Vocabulary, wordStarts } from './similarity'
import { figureTopic } from './topics'
import { withVariants, wording, type Wording } from './wording'

/** Something a blank can receive, with every way the bank words it. */
export interface Candidate {
  valeur: Valeur
  /** One string per value, to count how often it is proposed. */
  id: string
  /** The part of the bilan it belongs to: a question's theme, or the theme a figure's family falls under. */
  topic: Theme
  format: FigureFormat | 'ouinon'
  wordings: Wording[]
  /** Row × column headings, for table cells. */
  cellules: { ligne: Wording; colonne: Wording }[]
  accepts: readonly BlankInfo['kind'][]
  /** The oui/non question this one follows (« Si oui, précisez »). */
  suiteDe?: string
  /** The first letters of all its words, to pass over it quickly for labels that share none. */
  starts: Set<string>
}

const NUMERIC: readonly FigureFormat[] = ['entier', 'decimal', 'pourcentage', 'heures', 'minutes']
export const isNumeric = (c: Candidate) => (NUMERIC as readonly string[]).includes(c.format)

/**
 * What to leave out of the bank: one form's own formulations of the questions (`exclude`), and
 * any figure synonym or table heading `leaveOut` names (the ones copied from that form), to
 * measure how the proposals do on a form the bank does not know.
 */
export interface BankOptions {
  exclude?: TemplateId
  leaveOut?: (wording: string) => boolean
}

function build({ exclude, leaveOut = () => false }: BankOptions): Candidate[] {
  const out: Omit<Candidate, 'starts'>[] = []
  for (const q of QUESTIONS) {
    // The excluded form's own wordings stay out: they are what is being guessed.
    const texts = [q.texte, ...Object.entries(q.formulations).filter(([t]) => t !== exclude).flatMap(([, f]) => f ?? [])]
    out.push({
      valeur: { question: q.id },
      id: `question:${q.id}`,
      topic: q.theme,
      format: q.type === 'ouinon' ? 'ouinon' : 'texte',
      wordings: withVariants(texts),
      cellules: [],
      // A oui/non question may also be a line to write on (« Poursuivez-vous … ? » with no box).
      accepts: q.type === 'ouinon' ? ['choix', 'case', 'cellule', 'texte'] : ['texte', 'cellule'],
      suiteDe: q.suiteDe?.question,
    })
  }
  for (const f of figureLabels()) {
    out.push({
      valeur: { chiffre: f.key },
      id: `chiffre:${f.key}`,
      topic: figureTopic(f),
      format: f.format,
      wordings: withVariants([f.libelle, ...f.synonymes.filter((x) => !leaveOut(x))]),
      cellules: f.cellules.filter((c) => !leaveOut(c.ligne) && !leaveOut(c.colonne)).map((c) => ({ ligne: wording(c.ligne), colonne: wording(c.colonne) })),
      // A count answers a box too: « Temps de convivialité avec les parents : oui » when there was one.
      accepts: f.format === 'booleen' ? ['choix', 'case', 'cellule'] : f.format === 'entier' ? ['texte', 'cellule', 'choix', 'case'] : ['texte', 'cellule'],
    })
  }
  return out.map(withStarts)
}

const withStarts = (c: Omit<Candidate, 'starts'>): Candidate => ({
  ...c,
  starts: wordStarts([...c.wordings, ...c.cellules.flatMap((x) => [x.ligne, x.colonne])].flatMap((w) => w.words)),
})

export interface Bank {
  candidates: Candidate[]
  vocabulary: Vocabulary
  leaveOut: (wording: string) => boolean
}

const banks = new Map<string, Bank>()

/** The candidates and the weight of their words, without what `options` leaves out. */
export function candidateBank(options: BankOptions = {}): Bank {
  // Banks with a `leaveOut` are built for a measure, once: only the usual ones are kept.
  const key = options.leaveOut ? null : (options.exclude ?? '')
  let bank = key === null ? undefined : banks.get(key)
  if (!bank) {
    const candidates = build(options)
    const vocabulary = new Vocabulary(candidates.map((c) => [...c.wordings, ...c.cellules.flatMap((x) => [x.ligne, x.colonne])].flatMap((w) => w.words)))
    bank = { candidates, vocabulary, leaveOut: options.leaveOut ?? (() => false) }
    if (key !== null) banks.set(key, bank)
  }
  return bank
}
