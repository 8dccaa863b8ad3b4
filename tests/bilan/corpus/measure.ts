import { findBlanks, type Blank } from '../../../src/main/bilan/docx/blanks'
import { openDocx } from '../../../src/main/bilan/docx/docx-file'
import { readParagraphs, type Paragraph } from '../../../src/main/bilan/docx/paragraphs'
import { parseXml } from '../../../src/main/bilan/docx/xml-tree'
import { fillTemplate } from '../../../src/main/bilan/fill-template'
import { analyseForm } from '../../../src/main/bilan/templates/analyse-form'
import { buildMapping } from '../../../src/main/bilan/templates/import-template'
import { formatFigure } from '../../../src/shared/bilan/figures/format-figure'
import { figureLabel } from '../../../src/shared/bilan/figures/labels'
import type { Answers } from '../../../src/shared/bilan/mapping/resolve-value'
import type { FormWriter, Slot, Source } from './wordml'

/** What a place must read once filled, computed here from the figures, not by the filler. */
export function expectedText(source: Source, answers: Answers): string {
  if ('vide' in source) return ''
  if ('parts' in source) return source.parts.map((p) => expectedText(p, answers)).filter(Boolean).join(' ')
  if ('question' in source) return answers.reponses[source.question] ?? ''
  const value = answers.figures.values[source.chiffre]
  if (value === null || value === undefined) return ''
  const n = typeof value === 'number' ? value : NaN
  switch (source.unit) {
    case 'minutes':
      return String(Math.round(n * 60))
    case 'heures':
    case 'euros':
      return String(n).replace('.', ',')
    case 'pourcent':
      return String(Math.round(n))
    default:
      return formatFigure(value, figureLabel(source.chiffre)?.format ?? 'texte')
  }
}

const truthOf = (source: Source, answers: Answers): boolean | null => {
  if (!('chiffre' in source)) return null
  const v = answers.figures.values[source.chiffre]
  return typeof v === 'boolean' ? v : typeof v === 'number' ? v > 0 : null
}

/** Text as compared: no leaders, one space, no case, no separator at the ends. */
export const clean = (s: string) =>
  s.replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1').replace(/[…_\u2002\u2003]|\.{2,}/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/^[\s:,;/–-]+|[\s:,;/–-]+$/g, '').trim().toLowerCase()

/** The words of a value, in any order and with any separator (« 01000 Bourg-en-Bresse », « 01000, Bourg-en-Bresse »). */
const wordsOf = (s: string) => clean(s).split(/[\s,;/]+/).filter(Boolean).sort().join(' ')

function between(text: string, after: string, before?: string): string {
  const from = after ? text.indexOf(after) : 0
  if (from < 0) return text
  const rest = text.slice(from + after.length)
  const to = before ? rest.indexOf(before) : -1
  return to >= 0 ? rest.slice(0, to) : rest
}

export type Outcome = 'juste' | 'vide' | 'faux'

export interface SlotResult {
  slot: Slot
  expected: string
  got: string
  outcome: Outcome
  /** A wrong value listed « à vérifier » in the fill report. */
  marked: boolean
}

function judge(slot: Slot, filled: Paragraph[], answers: Answers): { expected: string; got: string; outcome: Outcome } {
  if (slot.kind === 'boxes') {
    const truth = truthOf(slot.source, answers)
    const box = (at: { para: number; n: number }) => filled[at.para]?.segments.filter((s) => s.kind === 'checkbox')[at.n]
    const oui = box(slot.oui)
    const non = box(slot.non)
    const got = oui?.kind === 'checkbox' && oui.checked ? (non?.kind === 'checkbox' && non.checked ? 'oui et non' : 'oui') : non?.kind === 'checkbox' && non.checked ? 'non' : ''
    const expected = truth === null ? '' : truth ? 'oui' : 'non'
    return { expected, got, outcome: got === expected ? 'juste' : got === '' ? 'vide' : 'faux' }
  }
  const text = filled[slot.para]?.text ?? ''
  if (slot.kind === 'keep') {
    const truth = truthOf(slot.source, answers)
    const expected = truth === null ? 'oui / non' : truth ? 'oui' : 'non'
    const got = clean(between(text, slot.after))
    return { expected, got, outcome: got === expected ? 'juste' : got === 'oui / non' ? 'vide' : 'faux' }
  }
  const expected = expectedText(slot.source, answers)
  const below = Array.from({ length: slot.lines ?? 0 }, (_, k) => filled[slot.para + 1 + k]?.text ?? '').join(' ')
  const got = `${between(text, slot.after, slot.before)} ${below}`
  const same = clean(got) === clean(expected) || ('parts' in slot.source && wordsOf(got) === wordsOf(expected))
  return { expected, got: clean(got), outcome: same ? 'juste' : clean(got) === '' ? 'vide' : 'faux' }
}

/** The paragraphs each blank of the form writes into, by index. */
function paragraphsOf(blank: Blank, index: Map<unknown, number>): number[] {
  switch (blank.kind) {
    case 'texte':
      return [blank.paragraph, ...blank.space].map((p) => index.get(p.el)!)
    case 'cellule':
      return [index.get(blank.paragraph.el)!]
    case 'choix':
      return blank.options.map((o) => [...index].find(([el]) => el === o.box.run.parent || el === ancestorP(o.box.run))?.[1] ?? -1)
    case 'case':
      return [index.get(ancestorP(blank.box.run)) ?? -1]
  }
}
const ancestorP = (el: { name: string; parent: unknown }): unknown => {
  let e = el as { name: string; parent: unknown } | null
  while (e && e.name !== 'w:p') e = e.parent as never
  return e
}

export interface FormResult {
  style: string
  results: SlotResult[]
  right: number
  total: number
  wrongUnmarked: number
  /** The filled form, for a look at its pages. */
  docx: Buffer
}

/** Imports a synthetic form as an unknown form (proposals, no review), fills it, and checks each place. */
export async function measureForm(form: FormWriter, answers: Answers): Promise<FormResult> {
  const bytes = form.docx()
  const analysis = analyseForm(bytes)
  const mapping = buildMapping(analysis)
  if (process.env.CORPUS_DEBUG) console.log(form.style, 'lignes', JSON.stringify(analysis.lignes))
  if (process.env.CORPUS_DEBUG) for (const b of analysis.blanks) console.log(form.style, '|', b.key, '|', b.label, '|', b.ligne ?? '', '|', b.colonne ?? '', '|', b.previous, '→', JSON.stringify(mapping.blanks.find((x) => x.blank === b.key)?.valeur), analysis.proposals.get(b.key)?.score.toFixed(2))
  const { docx, report } = await fillTemplate(bytes, mapping, answers)
  const before = readParagraphs(parseXml((await openDocx(bytes)).documentXml))
  const filled = readParagraphs(parseXml((await openDocx(docx)).documentXml))
  if (filled.length !== before.length) throw new Error(`${form.style} : ${before.length} paragraphes avant, ${filled.length} après`)
  const index = new Map<unknown, number>(before.map((p, i) => [p.el, i]))
  const blanks = findBlanks(before[0] ? rootOf(before[0].el) : parseXml('<x/>'))
  const unsure = new Set(report.aVerifier.map((a) => a.blank))
  const results = form.slots.map((slot) => {
    const { expected, got, outcome } = judge(slot, filled, answers)
    const paras = slot.kind === 'boxes' ? [slot.oui.para, slot.non.para] : [slot.para]
    // The blank of this place: in its paragraph and, when the line holds several, the one of its label.
    const inParagraph = blanks.filter((b) => paragraphsOf(b, index).some((i) => paras.includes(i)))
    const own = slot.kind !== 'boxes' && slot.after ? inParagraph.filter((b) => clean(b.label).includes(clean(slot.after))) : []
    const marked = outcome === 'faux' && (own.length > 0 ? own : inParagraph).some((b) => unsure.has(b.key))
    return { slot, expected, got, outcome, marked }
  })
  return {
    style: form.style,
    results,
    right: results.filter((r) => r.outcome === 'juste').length,
    total: results.length,
    wrongUnmarked: results.filter((r) => r.outcome === 'faux' && !r.marked).length,
    docx,
  }
}

function rootOf(el: { parent: unknown }): ReturnType<typeof parseXml> {
  let e = el as { parent: unknown }
  while (e.parent) e = e.parent as never
  return e as never
}
