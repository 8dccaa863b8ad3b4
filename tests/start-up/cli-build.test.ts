import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHost } from '../../e2e/support/host'

const root = join(import.meta.dirname, '..', '..')
const cli = join(root, 'bin', 'clas.mjs')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-build-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** `clas …` as a user runs it, its builds kept in this test's folder. */
function clas(args: string[], extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [...extra, cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CLAS_CLI_OUT: join(dir, 'cli'), ...env } })
}

const stampPath = () => join(dir, 'cli', 'stamp.json')
const readStamp = () => JSON.parse(readFileSync(stampPath(), 'utf8')) as { hash: string; marks: Record<string, string> }

describe('the command line runs a build of the current sources', () => {
  it('builds on first use, then answers --help without loading exceljs, pdfmake, mammoth or jszip', () => {
    const first = clas(['--help'])
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^Usage : clas/)
    expect(existsSync(join(dir, 'cli', readStamp().hash, 'main.js'))).toBe(true)

    const list = join(dir, 'modules.txt')
    const help = clas(['--help'], ['-r', join(import.meta.dirname, 'loaded-modules.cjs')], { CLAS_LOADED_MODULES_OUT: list })
    expect(help.status).toBe(0)
    expect(help.stderr).toBe('')
    const loaded = readFileSync(list, 'utf8')
    // The recorder itself is seen: the list is the real one, not an empty file.
    expect(loaded).toContain('loaded-modules.cjs')
    for (const heavy of ['exceljs', 'pdfmake', 'mammoth', 'jszip', 'better-sqlite3']) expect(loaded).not.toContain(`/node_modules/${heavy}/`)
  }, 120_000)

  it('serves the dashboard without loading exceljs, pdfmake, mammoth or jszip (loaded when a file is made)', async () => {
    // The project's own build (out/cli): a build elsewhere would not find the external libraries.
    const db = join(dir, 'demo.sqlite')
    const demo = spawnSync(process.execPath, [cli, 'demo', '--db', db], { cwd: root, encoding: 'utf8', env: { ...process.env, CLAS_DATA_DIR: dir, CLAS_TODAY: '2026-03-15' } })
    expect(demo.status, demo.stderr).toBe(0)
    const list = join(dir, 'modules-serve.txt')
    const host = await startHost(db, { today: '2026-03-15', nodeArgs: ['-r', join(import.meta.dirname, 'loaded-modules.cjs')], env: { CLAS_LOADED_MODULES_OUT: list } })
    try {
      const response = await fetch(`${host.url}api/tableauDeBord.donnees`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.url.slice(0, -1) }, body: JSON.stringify({ date: '2026-03-15' }) })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { result: unknown }).result).toBeTruthy()
    } finally {
      await host.stop()
    }
    const loaded = readFileSync(list, 'utf8')
    // The recorder saw the database: the list covers the whole start, not an early exit.
    expect(loaded).toContain('/node_modules/better-sqlite3/')
    for (const heavy of ['exceljs', 'pdfmake', 'mammoth', 'jszip']) expect(loaded, heavy).not.toContain(`/node_modules/${heavy}/`)
  }, 120_000)

  it('never runs a build made from other sources than today’s: a source changed since, it builds again', () => {
    expect(clas(['--help']).status).toBe(0)
    const stamp = readStamp()
    // A build of older sources, recorded as current before main.ts was edited (its mark moved).
    const old = join(dir, 'cli', 'old0000000000000000')
    mkdirSync(old)
    writeFileSync(join(old, 'main.js'), "export async function main() { console.log('ANCIENNE VERSION'); return 0 }\n")
    const marks = { ...stamp.marks, 'src/main/hosts/cli/main.ts': '1:1:1' }
    writeFileSync(stampPath(), JSON.stringify({ ...stamp, hash: 'old0000000000000000', marks }))

    const run = clas(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('ANCIENNE VERSION')
    expect(run.stdout).toMatch(/^Usage : clas/)
    expect(readStamp().hash).toBe(stamp.hash)
  }, 120_000)

  it('after files were rewritten with the same content (a pull, a checkout), keeps its build and reads nothing next time', () => {
    expect(clas(['--help']).status).toBe(0)
    const stamp = readStamp()
    writeFileSync(stampPath(), JSON.stringify({ ...stamp, marks: { ...stamp.marks, 'src/main/hosts/cli/main.ts': '1:1:1' } }))
    const run = clas(['--help'])
    expect(run.status).toBe(0)
    expect(run.stderr).not.toMatch(/Préparation/)
    expect(readStamp().marks['src/main/hosts/cli/main.ts']).toBe(stamp.marks['src/main/hosts/cli/main.ts'])
  }, 120_000)
})
