import { spawn } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedAssociation } from '../helpers/association'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

const ROUNDS = 30
const WRITER = join(import.meta.dirname, 'writer.ts')
const ROOT = join(import.meta.dirname, '..', '..')

let t: TestWorkspace
beforeAll(() => {
  t = tempWorkspace()
  seedAssociation(t, 8)
  t.workspace.close()
})
afterAll(() => t.cleanup())

interface Round {
  seances: string[]
  batches: Map<string, number>
  signal: NodeJS.Signals | null
}

/** Starts the writer, kills it with SIGKILL `delayMs` after it is ready, returns what it acknowledged. */
function killedRun(path: string, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
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

describe('crash safety: the writer killed with SIGKILL at random moments', () => {
  it(`keeps the file intact and every acknowledged write, over ${ROUNDS} kills`, async () => {
    const acknowledged = new Set<string>()
    const batches = new Map<string, number>()
    let writtenAfterReady = 0
    for (let round = 0; round < ROUNDS; round++) {
      const run = await killedRun(t.path, 5 + Math.floor(Math.random() * 150))
      run.seances.forEach((id) => acknowledged.add(id))
      run.batches.forEach((n, id) => batches.set(id, n))
      writtenAfterReady += run.seances.length

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
    expect(writtenAfterReady).toBeGreaterThan(ROUNDS)
  }, 120_000)
})
