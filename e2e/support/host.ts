import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const cli = join(root, 'bin', 'clas.mjs')

/** A temporary folder for one test's database and files, removed by `dispose`. */
export function scratchDir(): { dir: string; db: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'clas-e2e-'))
  return { dir, db: join(dir, 'clas.sqlite'), dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface Host {
  url: string
  stop(): Promise<void>
}

/**
 * The day the test hosts live on (`CLAS_TODAY`): a Tuesday of the demonstration's school year
 * (2025-2026), outside the holidays, so that no test depends on the day it runs.
 */
export const E2E_TODAY = '2026-03-10'

/**
 * `clas serve --db FILE --port 0`, resolved once it prints its address. `node` options and more
 * environment for the tests that look at the process itself (the start-up tests).
 */
export function startHost(db: string, { today = E2E_TODAY, nodeArgs = [], env: extra = {} }: { today?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Host> {
  // CLAS_DATA_DIR: backups and settings of the test host stay in its temporary folder, never the user's.
  const env = { ...process.env, ...extra, CLAS_DATA_DIR: dirname(db), CLAS_TODAY: today }
  const child = spawn(process.execPath, [...nodeArgs, cli, 'serve', '--db', db, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`L'hôte n'a pas démarré en 60 s :\n${output}`)), 60_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
      if (match) {
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        resolve({ url: match[0], stop: () => stop(child) })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) => {
      if (!stopping.has(child)) console.error(`L'hôte s'est arrêté de lui-même (code ${code}, signal ${signal}) :\n${output}`)
      fail(new Error(`L'hôte s'est arrêté (code ${code}) :\n${output}`))
    })
  })
}

const stopping = new WeakSet<ChildProcess>()

function stop(child: ChildProcess): Promise<void> {
  stopping.add(child)
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Runs one command of the CLI to its end. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
}
