import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemoDocument } from '../../src/main/demo/build-demo'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

// After the year's end: the figures are those of the whole year.
const TODAY = '2026-07-10'
const ROOT = join(import.meta.dirname, '..', '..')
const CLI = join(ROOT, 'bin', 'clas.mjs')
/** The kill falls once this many parts are reported written: mid-build, the .zip still to come. */
const KILL_AFTER_PARTS = 2

let t: TestWorkspace
const destination = () => join(t.dir, 'Documents')
beforeAll(() => {
  t = tempWorkspace(TODAY)
  t.call('echange.import', { document: buildDemoDocument() })
  t.workspace.close()
})
afterAll(() => t.cleanup())

interface Run { code: number | null; signal: NodeJS.Signals | null; out: string; err: string; partsSeen: number }

/**
 * `clas year close` in its own process, as a person runs it; with `killAfter`, killed with
 * SIGKILL once that many parts are printed (the CLI prints a part after its files are written).
 */
function yearClose(killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const args = [CLI, 'year', 'close', '--db', t.path, '--out', destination(), '--template', 'caf01-2025-2026', '--no-pdf']
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CLAS_TODAY: TODAY } })
    let out = ''
    let err = ''
    let partsSeen = 0
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      partsSeen = [...out.matchAll(/^ {2}\[\d+\/\d+\] /gm)].length
      if (killAfter !== undefined && partsSeen >= killAfter) child.kill('SIGKILL')
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve({ code, signal, out, err, partsSeen }))
  })
}

describe('a closing killed while its folder is built', () => {
  it('leaves only a « .partiel » folder, never one that looks finished; the next closing removes it and takes the name', async () => {
    mkdirSync(destination(), { recursive: true })
    // Beside it: a finished closing of an earlier year, and folders that are not the app's; all stay.
    mkdirSync(join(destination(), 'cloture-2024-2025'))
    writeFileSync(join(destination(), 'cloture-2024-2025', 'README.txt'), 'clôture finie')
    mkdirSync(join(destination(), 'notes.partiel'))
    // What an earlier version left on a crash: its hidden work folder and .zip.
    mkdirSync(join(destination(), '.cloture-2025-2026.en-cours'))
    writeFileSync(join(destination(), '.cloture-2025-2026.en-cours.zip'), 'PK')

    const killed = await yearClose(KILL_AFTER_PARTS)
    expect(killed.signal, killed.err).toBe('SIGKILL')
    const total = Number(/\[\d+\/(\d+)\]/.exec(killed.out)![1])
    // Killed mid-build: the .zip (the last part) was never reported.
    expect(killed.partsSeen).toBeLessThan(total)
    const afterKill = readdirSync(destination()).sort()
    expect(afterKill).toContain('cloture-2025-2026.partiel')
    // The earlier version's leftovers went as this closing started.
    expect(afterKill.filter((f) => f.endsWith('.en-cours') || f.endsWith('.en-cours.zip'))).toEqual([])
    expect(afterKill.filter((f) => /^cloture-2025-2026(-\d+)?(\.zip)?$/.test(f))).toEqual([])
    // Half a folder indeed: the parts already built, no README (written last).
    const half = readdirSync(join(destination(), 'cloture-2025-2026.partiel'))
    expect(half.length).toBeGreaterThan(0)
    expect(half).not.toContain('README.txt')

    const next = await yearClose()
    expect(next.code, next.err).toBe(0)
    expect(next.err).toContain('Attention : Une préparation interrompue avait laissé « cloture-2025-2026.partiel » dans ce dossier : supprimé, car incomplet.')
    expect(next.out).toContain(`Dossier : ${join(destination(), 'cloture-2025-2026')}`)
    expect(readdirSync(destination()).sort()).toEqual(['cloture-2024-2025', 'cloture-2025-2026', 'cloture-2025-2026.zip', 'notes.partiel'])
    expect(readFileSync(join(destination(), 'cloture-2025-2026', 'README.txt'), 'utf8')).toContain("Clôture de l'année 2025-2026")
    // The README is about the year: the leftovers of this computer are not in it.
    expect(readFileSync(join(destination(), 'cloture-2025-2026', 'README.txt'), 'utf8')).not.toContain('interrompue')
    expect(existsSync(join(destination(), 'cloture-2024-2025', 'README.txt'))).toBe(true)
  }, 240_000)
})
