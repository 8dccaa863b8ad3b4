import { blankInfo, findBlanks } from '../docx/blanks'
import { parseXml, XmlError } from '../docx/xml-tree'
import { DocxError } from '../docx/docx-file'
import type { Lignes, Mapping } from '../../../shared/bilan/mapping/mapping-schema'
import { proposeMapping, type BlankInfo, type Proposal } from '../../../shared/bilan/mapping/propose'
import { readDocxSafely } from './read-docx-safely'

/** Below this, a proposal is shown « à vérifier »: the label matched, but not closely. */
export const SURE = 0.75

export interface FormAnalysis {
  /** Every blank, in document order (paragraphs first, then tables). */
  blanks: BlankInfo[]
  /** Tables filled row by row (one row per collectif, training…), as proposed. */
  lignes: Lignes[]
  /** The proposal for each blank not covered by a row rule. */
  proposals: Map<string, Proposal>
  /** For each cell covered by a row rule: the rule's index, and what it would get alone if the rule is dropped. */
  covered: Map<string, { rule: number; alone: Proposal }>
}

export const isCoveredBy = (rule: Lignes, b: BlankInfo) =>
  b.table === rule.tableau && b.row !== undefined && b.row >= rule.premiereLigne && b.row <= rule.derniereLigne && Object.hasOwn(rule.colonnes, String(b.col))

/** Unsure: nothing matched (left empty), or a match below SURE. */
export const isUnsure = (p: Proposal) => 'ignorer' in p.valeur || p.score < SURE

/**
 * Reads a form never seen and proposes what each of its blanks receives; `quartiers`: the
 * families' quartiers, that a table's rows may name. Throws DocxError (in French) on a file that
 * is not a safe Word document.
 */
export function analyseForm(bytes: Uint8Array, quartiers: readonly string[] = []): FormAnalysis {
  const { documentXml } = readDocxSafely(bytes)
  let blanks: BlankInfo[]
  try {
    blanks = findBlanks(parseXml(documentXml)).map(blankInfo)
  } catch (error) {
    if (error instanceof XmlError) throw new DocxError(error.message)
    throw error
  }
  const { mapping, proposals } = proposeMapping(blanks, { quartiers })
  const covered = new Map<string, { rule: number; alone: Proposal }>()
  for (const b of blanks) {
    const rule = mapping.lignes.findIndex((l) => isCoveredBy(l, b))
    // Taken alone, a cell cannot make a row rule again: it gets its own proposal.
    if (rule >= 0) covered.set(b.key, { rule, alone: proposeMapping([b]).proposals[0] })
  }
  return { blanks, lignes: mapping.lignes, proposals: new Map(proposals.map((p) => [p.blank, p])), covered }
}

/** The proposal a blank gets in `analysis` if its row rule is dropped (or if it has none). */
export function proposalOf(analysis: FormAnalysis, key: string): Proposal | undefined {
  return analysis.proposals.get(key) ?? analysis.covered.get(key)?.alone
}

export interface ImportSummary {
  blancs: number
  /** Bound to a figure or a question, row rules included. */
  relies: number
  /** Bound, but on a weak match. */
  peuSurs: number
  /** Left empty for want of a match. */
  vides: number
  /** What the coordinator should look at: `peuSurs` + `vides`. */
  aVerifier: number
}

/** The counts of a proposed mapping: what is bound, on what confidence, what is left empty. */
export function summarize(analysis: FormAnalysis, mapping: Mapping): ImportSummary {
  let relies = 0
  let peuSurs = 0
  let vides = 0
  const bindings = new Map(mapping.blanks.map((b) => [b.blank, b]))
  for (const b of analysis.blanks) {
    if (mapping.lignes.some((l) => isCoveredBy(l, b))) {
      relies++
      continue
    }
    const binding = bindings.get(b.key)
    const proposal = proposalOf(analysis, b.key)
    if (!binding || 'ignorer' in binding.valeur) vides++
    else {
      relies++
      if (!proposal || isUnsure(proposal)) peuSurs++
    }
  }
  return { blancs: analysis.blanks.length, relies, peuSurs, vides, aVerifier: peuSurs + vides }
}
