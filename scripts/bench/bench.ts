// `npm run bench`: builds a large association (60 collectifs, 720 children, a full year of
// séances with attendance) in a temporary database and prints the time of the operations that
// must stay fast, each also as a ratio to a plain SQL count over the same rows in the same run,
// so that figures from different machines can be compared.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createDispatcher } from '../../src/main/api/dispatch'
import { openDocx, saveDocx } from '../../src/main/bilan/docx/docx-file'
import { fillTemplate } from '../../src/main/bilan/fill-template'
import { findBuiltinTemplatesFolder } from '../../src/main/bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../../src/main/bilan/templates/template-store'
import { exportDocument } from '../../src/main/reads/year-document'
import { computeFigures } from '../../src/shared/bilan/figures'
import { Workspace } from '../../src/main/workspace'
import { evaluateCompliance } from '../../src/shared/compliance'
import { buildLargeAssociation } from './large-association'
import { benchStartup } from './startup'
import { benchReads } from './reads'
import { benchClosing } from './closing'
import { benchImport, benchSaveMark } from './import-and-save'
import { printTargets } from './targets'
import { buildDemoDocument } from '../../src/main/demo'
import { measureForm } from '../../tests/bilan/corpus/measure'
import { CORPUS } from '../../tests/bilan/corpus/styles'

/** Median time in ms of `runs` calls, after two warm-up calls. */
function time(fn: () => unknown, runs = 15): number {
  fn()
  fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

/** The same for an asynchronous task. */
async function timeAsync(fn: () => Promise<unknown>, runs = 9): Promise<number> {
  await fn()
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

// `npm run bench -- --only reads,save`: these parts alone (on a shared machine, measure only
// what is being worked on). Parts: general (compliance, forms, closing, corpus), reads, import,
// save, startup.
const onlyArg = process.argv.find((a) => a.startsWith('--only'))
const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : process.argv[process.argv.indexOf(onlyArg) + 1]).split(',')) : null
const runs = (part: string) => !only || only.has(part)

if (runs('general')) await benchGeneral()

async function benchGeneral(): Promise<void> {
const dir = mkdtempSync(join(tmpdir(), 'clas-bench-'))
const workspace = new Workspace(join(dir, 'bench.sqlite'), { today: () => '2026-03-15' })
try {
  const doc = buildLargeAssociation(60, 12)
  const dispatch = createDispatcher(workspace)
  const importMs = time(() => dispatch('echange.import', { document: doc }), 1)
  const { sqlite } = workspace.context()
  const rows = (sqlite.prepare('SELECT count(*) AS n FROM presences').get() as { n: number }).n

  // The yardstick: SQLite reading the same rows the evaluation reads (a column of each, so that
  // no row is skipped by a count optimised away).
  const countSql = sqlite.prepare(
    `SELECT (SELECT sum(length(date)) FROM seances) + (SELECT sum(length(statut)) FROM presences)
          + (SELECT sum(length(du)) FROM inscriptions) + (SELECT sum(length(intervenant_id)) FROM seance_intervenants) AS n`,
  )
  const baseline = time(() => countSql.get())

  const ctx = workspace.context()
  const snapshot = exportDocument(ctx)
  const evaluation = time(() => evaluateCompliance(snapshot, '2026-03-15'))
  const dashboardCall = time(() => dispatch('tableauDeBord.donnees', { date: '2026-03-15' }))

  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms   ${(ms / baseline).toFixed(1).padStart(7)} × le comptage SQL`)
  console.log(`Association de test : ${doc.collectifs.length} collectifs, ${doc.enfants.length} enfants, ${doc.seances.length} séances, ${rows} présences`)
  console.log(`Import du document (une fois)                  ${importMs.toFixed(0).padStart(9)} ms`)
  line('Comptage SQL des mêmes lignes (référence)', baseline)
  line('Évaluation de conformité (règles seules)', evaluation)
  line('Appel du tableau de bord (lecture + règles)', dashboardCall)
  console.log(`Objectif : évaluation < 50 ms → ${evaluation < 50 ? 'atteint' : 'NON ATTEINT'}`)

  // The bilan: each built-in form filled from the large association's figures, against the
  // yardstick of opening and saving the same .docx untouched (unzip + re-zip).
  const figures = computeFigures(snapshot)
  const figuresMs = time(() => computeFigures(snapshot), 5)
  console.log(`\nCalcul des chiffres du bilan                   ${figuresMs.toFixed(2).padStart(9)} ms`)
  let slowest = 0
  for (const template of listTemplates(findBuiltinTemplatesFolder(), join(dir, 'aucun'))) {
    const form = readForm(template)
    const mapping = readMapping(template)
    const rezip = await timeAsync(async () => {
      const file = await openDocx(form)
      return saveDocx(file, file.documentXml)
    })
    const fill = await timeAsync(() => fillTemplate(form, mapping, { figures, reponses: snapshot.reponses ?? {} }))
    slowest = Math.max(slowest, fill)
    console.log(`Remplissage ${template.info.id.padEnd(34)} ${fill.toFixed(2).padStart(9)} ms   ${(fill / rezip).toFixed(1).padStart(7)} × décompresser + recompresser (${rezip.toFixed(1)} ms)`)
  }
  console.log(`Objectif : remplissage < 500 ms par formulaire → ${slowest < 500 ? 'atteint' : 'NON ATTEINT'}`)

  await benchClosing(dispatch, dir)

  // Forms never seen: the synthetic corpus of the tests, imported with no review and filled.
  const corpusAnswers = { figures: computeFigures(buildDemoDocument()), reponses: buildDemoDocument().reponses ?? {} }
  let right = 0
  let total = 0
  let unmarked = 0
  const corpusStart = performance.now()
  for (const make of CORPUS) {
    const r = await measureForm(make(), corpusAnswers)
    right += r.right
    total += r.total
    unmarked += r.wrongUnmarked
    console.log(`Corpus ${r.style.padEnd(44)} ${String(r.right).padStart(3)}/${r.total} justes, ${r.wrongUnmarked} fausse(s) sans « à vérifier »`)
  }
  const corpusMs = performance.now() - corpusStart
  console.log(`Formulaires inconnus (${CORPUS.length}) : ${right}/${total} places justes (${Math.round((100 * right) / total)} %), ${unmarked} fausse(s) sans « à vérifier », import + remplissage ${(corpusMs / CORPUS.length).toFixed(0)} ms par formulaire`)
} finally {
  workspace.close()
  rmSync(dir, { recursive: true, force: true })
}
}

if (runs('reads')) benchReads()
if (runs('import')) benchImport()
if (runs('save')) await benchSaveMark()

console.log('')
if (runs('startup')) await benchStartup()
printTargets()
