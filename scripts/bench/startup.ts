// The start-up part of `npm run bench`: how long a person waits for the command line and for the
// first dashboard, each as a ratio to `node -e 0` measured in the same run (the floor of any
// Node program on this machine), so that figures from different machines can be compared.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { recordTarget } from './targets'

const root = join(import.meta.dirname, '..', '..')
const cli = join(root, 'bin', 'clas.mjs')

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Wall time in ms of one process run to its end; throws when it fails. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`${args.join(' ')} a échoué (code ${result.status}) : ${result.stderr}`)
  return ms
}

/** Wall time in ms from spawning `clas serve` to its first answer of the dashboard call. */
async function timeServeToDashboard(env: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now()
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      const timer = setTimeout(() => reject(new Error(`clas serve n'a pas démarré en 120 s :\n${output}`)), 120_000)
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(match[0])
        }
      }
      child.stdout.on('data', read)
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.once('exit', (code) => reject(new Error(`clas serve s'est arrêté (code ${code}) :\n${output}`)))
    })
    const response = await fetch(`${url}api/tableauDeBord.donnees`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url.slice(0, -1) },
      body: JSON.stringify({ date: '2026-03-15' }),
    })
    if (!response.ok) throw new Error(`Le tableau de bord a répondu ${response.status} : ${await response.text()}`)
    await response.json()
    return performance.now() - start
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}

/** Prints the start-up figures and whether each meets its target. */
export async function benchStartup(runs = 7): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clas-bench-start-'))
  // The demo in its own base; backups and settings stay in the temporary folder.
  const env = { ...process.env, CLAS_DB: join(dir, 'demo.sqlite'), CLAS_DATA_DIR: dir }
  try {
    timeProcess([cli, 'demo'], env)
    // Warm-up, untimed: a first call may build the command line or the interface.
    timeProcess([cli, '--help'], env)
    await timeServeToDashboard(env)
    const floor: number[] = []
    const help: number[] = []
    const figures: number[] = []
    const serve: number[] = []
    // Interleaved, so that a burst of load elsewhere on the machine weighs on all alike.
    for (let i = 0; i < runs; i++) {
      floor.push(timeProcess(['-e', '0'], env))
      help.push(timeProcess([cli, '--help'], env))
      figures.push(timeProcess([cli, 'figures'], env))
      serve.push(await timeServeToDashboard(env))
    }
    const base = median(floor)
    const line = (label: string, ms: number, target: string, met: boolean) =>
      console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(9)} ms   ${(ms / base).toFixed(1).padStart(7)} × node -e 0   objectif ${target} → ${met ? 'atteint' : 'NON ATTEINT'}`)
    console.log(`Démarrage (médiane de ${runs} lancements)`)
    console.log(`${'node -e 0 (référence)'.padEnd(46)} ${base.toFixed(0).padStart(9)} ms`)
    const nodeFloor = { label: 'node -e 0', ms: base }
    const h = median(help)
    line('clas --help', h, '≤ 2×', h <= 2 * base)
    recordTarget({ label: 'clas --help', ms: h, floor: nodeFloor, objectif: '≤ 2×', ok: h <= 2 * base })
    const s = median(serve)
    line('clas serve → première réponse du tableau de bord', s, '≤ 6× et < 1,5 s', s <= 6 * base && s < 1500)
    recordTarget({ label: 'clas serve → première réponse du tableau de bord', ms: s, floor: nodeFloor, objectif: '≤ 6× et < 1,5 s', ok: s <= 6 * base && s < 1500 })
    const f = median(figures)
    line('clas figures (démonstration)', f, '≤ 1 s', f <= 1000)
    recordTarget({ label: 'clas figures (démonstration)', ms: f, floor: nodeFloor, objectif: '≤ 1 s', ok: f <= 1000 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// `node bin/run-ts.mjs scripts/bench/startup.ts`: this part alone.
if (process.argv[1]?.endsWith('startup.ts')) await benchStartup()
