import { spawn } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedAssociation } from '../helpers/association'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

const ROUNDS = 30
/**
 * Each kill starts a Node writer: about a second on an idle machine, several on a loaded 2-core
 * one. The budget is per kill, so that the test is bounded by its count of kills, not by luck.
 */
const BUDGET_PER_KILL_MS = 10_000
/**
 * When each round kills: once the writer has acknowledged `writes` writes (séances and batches),
 * then `delayMs` later, in the middle of the next ones. Counted in writes rather than time, the
 * kills fall mid-stream however slow the machine is; the same moments on every run.
 */
const killMoment = (round: number) => ({ writes: round % 6, delayMs: (round * 7) % 25 })
const WRITER = join(import.meta.dirname, 'writer.ts')
const ROOT = join(import.meta.dirname, '..', '..')
const MIGRATIONS = join(ROOT, 'drizzle')

let t: TestWorkspace
/** The writer bundled once into one file: each of the kills then starts it without compiling it again. */
let writerBundle: string
beforeAll(async () => {
  t = tempWorkspace()
  seedAssociation(t, 8)
  t.workspace.close()
  writerBundle = join(t.dir, 'writer.mjs')
  await build({
    entryPoints: [WRITER], outfile: writerBundle, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
  // The native module stays outside the bundle: found through the project's node_modules.
  symlinkSync(join(ROOT, 'node_modules'), join(t.dir, 'node_modules'), 'dir')
}, 120_000)
afterAll(() => t.cleanup())

interface Round {
  seances: string[]
  batches: Map<string, number>
  signal: NodeJS.Signals | null
}

/** Starts the writer, kills it with SIGKILL at `moment`, returns what it acknowledged. */
function killedRun(path: string, moment: { writes: number; delayMs: number }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerBundle, path, MIGRATIONS], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const acknowledged = out.startsWith('ready\n') ? out.split('\n').length - 2 : -1
      if (!timer && acknowledged >= moment.writes) timer = setTimeout(() => child.kill('SIGKILL'), moment.delayMs)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${signal ?? _code}): ${err.slice(0, 2000)}`))
      // Only complete lines count: a line cut by the kill was never fully reported.
      const lines = out.split('\n').slice(0, -1)
      const seances = lines.filter((l) => l.startsWith('S ')).map((l) => l.slice(2))
      const batches = new Map(lines.filter((l) => l.startsWith('P ')).map((l) => l.split(' ')).map(([, id, n]) => [id, Number(n)] as [string, number]))
      resolve({ seances, batches, signal })
    })
  })
}

describe('crash safety: the writer killed with SIGKILL at moments spread over its writes', () => {
  it(`keeps the file intact and every acknowledged write, over ${ROUNDS} kills`, async () => {
    const acknowledged = new Set<string>()
    const batches = new Map<string, number>()
    let writtenAfterReady = 0
    let expectedAtLeast = 0
    for (let round = 0; round < ROUNDS; round++) {
      const moment = killMoment(round)
      const run = await killedRun(t.path, moment)
      run.seances.forEach((id) => acknowledged.add(id))
      run.batches.forEach((n, id) => batches.set(id, n))
      writtenAfterReady += run.seances.length + run.batches.size
      expectedAtLeast += moment.writes

      const db = new Database(t.path)
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
        expect(db.pragma('foreign_key_check')).toEqual([])
        const present = new Set((db.prepare('SELECT id FROM seances').all() as { id: string }[]).map((r) => r.id))
        const missing = [...acknowledged].filter((id) => !present.has(id))
        expect(missing, `round ${round}: acknowledged séances lost`).toEqual([])
        const marks = new Map((db.prepare('SELECT seance_id AS id, count(*) AS n FROM presences GROUP BY seance_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]))
        for (const [id, n] of batches) expect(marks.get(id), `round ${round}: attendance of an acknowledged batch`).toBe(n)
        // A batch is one transaction: never half of it, acknowledged or not.
        for (const n of marks.values()) expect(n).toBe(8)
      } finally {
        db.close()
      }
    }
    // The test proves something only if the writer was killed mid-stream, not before it wrote.
    expect(writtenAfterReady).toBeGreaterThanOrEqual(expectedAtLeast)
    expect(expectedAtLeast).toBeGreaterThan(ROUNDS)
  }, ROUNDS * BUDGET_PER_KILL_MS)
})
