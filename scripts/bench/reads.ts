// The dashboard and the bilan's figures through the dispatcher on the large association: cold
// (a mark typed just before, as in a register) and warm (asked again with nothing written), and
// how the cold times grow when the association doubles, against how its séances grow.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createDispatcher } from '../../src/main/api/dispatch'
import { Workspace } from '../../src/main/workspace'
import { exportDocument } from '../../src/main/reads/year-document'
import { evaluateCompliance } from '../../src/shared/compliance'
import { dashboardData } from '../../src/shared/dashboard/dashboard-data'
import { buildLargeAssociation } from './large-association'
import { recordTarget } from './targets'

const DATE = '2026-03-15'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

interface Measure { seances: number; marks: number; sqlFloor: number; dashboardCold: number; dashboardWarm: number; figuresCold: number; figuresWarm: number; snapshotPath: number }

function measure(collectifs: number, runs: number): Measure {
  const dir = mkdtempSync(join(tmpdir(), 'clas-bench-reads-'))
  const workspace = new Workspace(join(dir, 'bench.sqlite'), { today: () => DATE })
  try {
    const doc = buildLargeAssociation(collectifs, 12)
    const dispatch = createDispatcher(workspace)
    dispatch('echange.import', { document: doc })
    const held = doc.seances.find((s) => s.date <= DATE && s.presences.length > 0)!
    const mark = held.presences[0]
    let flip = false
    // The write a register makes: one mark changed, which empties the kept results.
    const typeMark = () => {
      flip = !flip
      dispatch('registre.setPresence', { seanceId: held.id, enfantId: mark.enfantId, statut: flip ? 'absent' : 'present' })
    }
    const timed = (call: string, cold: boolean) => {
      const samples: number[] = []
      for (let i = 0; i < runs + 2; i++) {
        if (cold) typeMark()
        else dispatch(call, { date: DATE })
        const start = performance.now()
        dispatch(call, { date: DATE })
        if (i >= 2) samples.push(performance.now() - start)
      }
      return median(samples)
    }
    // What the dashboard call cost before (issue 14): the whole snapshot with every mark, then the rules.
    const ctx = workspace.context()
    const snapshotSamples: number[] = []
    for (let i = 0; i < Math.min(runs, 7); i++) {
      const start = performance.now()
      const snapshot = exportDocument(ctx)
      evaluateCompliance(snapshot, DATE)
      dashboardData(snapshot, DATE)
      snapshotSamples.push(performance.now() - start)
    }
    const marks = doc.seances.reduce((n, s) => n + s.presences.length, 0)
    // The floor: SQLite reading the rows these calls read (a column of each, so no row is skipped).
    const countSql = ctx.sqlite.prepare(
      `SELECT (SELECT sum(length(date)) FROM seances) + (SELECT sum(length(statut)) FROM presences)
            + (SELECT sum(length(du)) FROM inscriptions) + (SELECT sum(length(intervenant_id)) FROM seance_intervenants) AS n`,
    )
    const floorSamples: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      countSql.get()
      floorSamples.push(performance.now() - start)
    }
    return {
      seances: doc.seances.length, marks, sqlFloor: median(floorSamples),
      dashboardCold: timed('tableauDeBord.donnees', true), dashboardWarm: timed('tableauDeBord.donnees', false),
      figuresCold: timed('bilan.chiffres', true), figuresWarm: timed('bilan.chiffres', false),
      snapshotPath: median(snapshotSamples),
    }
  } finally {
    workspace.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchReads(): void {
  const one = measure(60, 15)
  const two = measure(120, 9)
  const ms = (x: number) => `${x.toFixed(2).padStart(8)} ms`
  const verdict = (ok: boolean) => (ok ? 'atteint' : 'NON ATTEINT')
  console.log(`\nLectures par le répartiteur (${one.seances} séances, ${one.marks} présences ; au ${DATE})`)
  console.log(`Tableau de bord, à froid (après une présence saisie) ${ms(one.dashboardCold)}   objectif ≤ 30 ms → ${verdict(one.dashboardCold <= 30)}`)
  console.log(`Tableau de bord, à chaud (rien d'écrit depuis)       ${ms(one.dashboardWarm)}`)
  console.log(`  pour mémoire, par l'instantané complet (avant)    ${ms(one.snapshotPath)}`)
  console.log(`Chiffres du bilan, à froid                          ${ms(one.figuresCold)}   objectif ≤ 60 ms → ${verdict(one.figuresCold <= 60)}`)
  console.log(`Chiffres du bilan, à chaud                          ${ms(one.figuresWarm)}`)
  // Growth at twice the size, against the séances' own growth; a quarter more is left to the
  // noise of a shared machine (a quadratic cost would double it).
  const seancesGrowth = two.seances / one.seances
  const growth = (label: string, a: number, b: number) => {
    const g = b / a
    console.log(`${label.padEnd(52)}${ms(b)}   × ${g.toFixed(2)} (séances × ${seancesGrowth.toFixed(2)}) → ${verdict(g <= seancesGrowth * 1.25)}`)
  }
  const floor = { label: 'lecture SQL des mêmes lignes', ms: one.sqlFloor }
  recordTarget({ label: 'Appel du tableau de bord, à froid (grande association)', ms: one.dashboardCold, floor, objectif: '≤ 30 ms', ok: one.dashboardCold <= 30 })
  recordTarget({ label: 'Chiffres du bilan, à froid (grande association)', ms: one.figuresCold, floor, objectif: '≤ 60 ms', ok: one.figuresCold <= 60 })
  console.log(`À taille double (${two.seances} séances, ${two.marks} présences), à froid :`)
  growth('  tableau de bord', one.dashboardCold, two.dashboardCold)
  growth('  chiffres du bilan', one.figuresCold, two.figuresCold)
}
