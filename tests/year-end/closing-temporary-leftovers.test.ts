import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildDemoDocument } from '../../src/main/demo/build-demo'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'
import { waitClosing } from './wait-closing'

const TODAY = '2026-07-10'
let scratch: string
let t: TestWorkspace
beforeEach(() => {
  // The system's temporary folder, for this test only: what it removes there is its own.
  scratch = mkdtempSync(join(tmpdir(), 'clas-test-tmp-'))
  vi.stubEnv('TMPDIR', scratch)
  t = tempWorkspace(TODAY)
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => {
  t.cleanup()
  vi.unstubAllEnvs()
  rmSync(scratch, { recursive: true, force: true })
})

/** A temporary closing folder as a crash leaves it: a partial folder with a child's register in it. */
function leftover(name: string, ageMs: number): void {
  const folder = join(scratch, name)
  mkdirSync(join(folder, 'cloture-2025-2026.partiel', 'registres'), { recursive: true })
  writeFileSync(join(folder, 'cloture-2025-2026.partiel', 'registres', 'cm1-2025-2026.xlsx'), 'registre')
  const at = (Date.now() - ageMs) / 1000
  utimesSync(folder, at, at)
}

describe('the temporary folder of a download cut short', () => {
  it('is removed when the next download starts; one that may still be in use, or not ours, stays', async () => {
    leftover('clas-cloture-ancien', 2 * 60 * 60 * 1000)
    leftover('clas-cloture-recent', 60 * 1000)
    mkdirSync(join(scratch, 'autre-programme'))
    utimesSync(join(scratch, 'autre-programme'), 0, 0)

    const job = await waitClosing(t, t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', pdf: false }).travailId)
    expect(job.etat).toBe('termine')
    // The job's own temporary folder is gone too: only the .zip's bytes stay, in memory.
    expect(readdirSync(scratch).filter((f) => !f.startsWith('clas-test-')).sort()).toEqual(['autre-programme', 'clas-cloture-recent'])
  }, 120_000)
})
