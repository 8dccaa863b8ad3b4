import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-file-'))
  process.env.CLAS_DATA_DIR = join(dir, 'donnees')
})
afterEach(() => {
  delete process.env.CLAS_DATA_DIR
  rmSync(dir, { recursive: true, force: true })
})


describe('the command line never makes a base where there is none, except to make one', () => {
  const reading = [['export'], ['figures'], ['compliance', '--date', '2025-11-20'], ['backup'], ['register', 'summary', '--out', 'x.xlsx']]

  it('refuses on a missing file, in French, and creates nothing', async () => {
    const db = join(dir, 'mal-tapee.sqlite')
    for (const argv of reading) {
      const r = await run(...argv, '--db', db)
      expect(r.code, argv.join(' ')).toBe(1)
      expect(r.err).toMatch(/La base « .*mal-tapee\.sqlite » n'existe pas : rien n'a été fait\. .*clas demo/)
      expect(existsSync(db)).toBe(false)
    }
  })

  it('refuses on an emptied file (0 bytes) and leaves it as it is', async () => {
    const db = join(dir, 'videe.sqlite')
    writeFileSync(db, '')
    for (const argv of reading) {
      const r = await run(...argv, '--db', db)
      expect(r.code, argv.join(' ')).toBe(1)
      expect(r.err).toMatch(/est vide \(0 octet\)/)
      expect(readFileSync(db)).toHaveLength(0)
    }
  })

  it('demo and import make a new base', async () => {
    const demo = join(dir, 'demo.sqlite')
    expect((await run('demo', '--db', demo)).code).toBe(0)
    const doc = join(dir, 'doc.json')
    expect((await run('export', '--db', demo, '--out', doc)).code).toBe(0)
    const imported = join(dir, 'nouvelle.sqlite')
    expect((await run('import', '--db', imported, '--in', doc)).code).toBe(0)
    expect((await run('figures', '--db', imported)).code).toBe(0)
  })
})
