import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemoDocument } from '../../src/main/demo'
import { computeFigures } from '../../src/shared/bilan/figures'
import { figureLabels } from '../../src/shared/bilan/figures/labels'
import { QUESTIONS } from '../../src/shared/bilan/questions/bank'
import { normalizeLabel } from '../../src/shared/bilan/questions/normalize'
import { CORPUS } from './corpus/styles'
import { measureForm, type FormResult } from './corpus/measure'

const doc = buildDemoDocument()
const answers = { figures: computeFigures(doc), reponses: doc.reponses ?? {} }
const ARTIFACTS = join(process.cwd(), 'test-results', 'bilan-corpus')

/**
 * Thirteen synthetic forms in different styles, imported as unknown forms and filled with no
 * review: the share of places filled right, and the wrong values the report does not mark
 * « à vérifier » (a coordinator trusts those).
 */
describe('unseen forms: found, bound, and never confidently wrong', () => {
  it('asks in words of its own: no label of three words or more is a wording of the bank', () => {
    const bank = new Set([
      ...QUESTIONS.flatMap((q) => [q.texte, ...Object.values(q.formulations).flatMap((f) => f ?? [])]),
      ...figureLabels().flatMap((f) => [f.libelle, ...f.synonymes, ...f.cellules.flatMap((c) => [c.ligne, c.colonne])]),
    ].map(normalizeLabel))
    const labels = CORPUS.flatMap((make) => make().slots.flatMap((slot) => (slot.kind === 'boxes' ? [] : [slot.after])))
    const known = labels.filter((l) => normalizeLabel(l).split(' ').length >= 3 && bank.has(normalizeLabel(l)))
    expect(known).toEqual([])
  })

  it('fills at least 95 places in 100 right, and every wrong value is marked « à vérifier »', async () => {
    const results: FormResult[] = []
    mkdirSync(ARTIFACTS, { recursive: true })
    for (const make of CORPUS) {
      const r = await measureForm(make(), answers)
      results.push(r)
      writeFileSync(join(ARTIFACTS, `${r.style.replace(/[^\p{L}\d]+/gu, '-')}.docx`), r.docx)
    }
    const lines = results.map((r) => {
      const bad = r.results.filter((x) => x.outcome !== 'juste').map((x) => `    ${x.outcome}${x.marked ? ' (à vérifier)' : ''} : attendu « ${x.expected} », lu « ${x.got} »`)
      return [`${r.style.padEnd(44)} ${r.right}/${r.total} justes, ${r.wrongUnmarked} fausse(s) sans « à vérifier »`, ...bad].join('\n')
    })
    const right = results.reduce((n, r) => n + r.right, 0)
    const total = results.reduce((n, r) => n + r.total, 0)
    console.log(`${lines.join('\n')}\nEnsemble : ${right}/${total} (${Math.round((100 * right) / total)} %)`)
    expect(results.length).toBeGreaterThanOrEqual(12)
    expect(results.reduce((n, r) => n + r.wrongUnmarked, 0)).toBe(0)
    // Reached on 2026-12-04: 80/84 (95 %), every wrong value marked. Left empty: « Téléphone /
    // courriel » (the structure's or the coordinator's: unsure), one place of « catégories en
    // lignes » and one of « formulaire ancien »; one marked wrong in « tableau libellé | case vide ».
    expect(right / total).toBeGreaterThanOrEqual(0.95)
  }, 120_000)
})
