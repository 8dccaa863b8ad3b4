import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'

let dir: string
let db: string


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-year-close-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas year close', () => {
  it('asks for the folder in French (exit code 2)', async () => {
    const r = await run('year', 'close', '--db', db)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--out DOSSIER/)
  })

  it('prints what is missing, each part as it is built and the files, then the year refuses writes', async () => {
    const out = join(dir, 'sortie')
    const r = await run('year', 'close', '--db', db, '--out', out, '--template', 'caf01-2025-2026', '--no-pdf')
    // The demonstration has no budget: said, and the rest is made.
    expect(r.err).toBe("Attention : Compte rendu financier non produit : aucun budget n'est saisi pour cette année (écran « Budget de l'action »).")
    expect(r.code).toBe(0)
    expect(r.out).toContain('Questions du bilan sans réponse')
    expect(r.out).toMatch(/\[1\/\d+\] Bilan rempli \(\.docx\) \(\d+ ms\)/)
    expect(r.out).toMatch(/\[(\d+)\/\1\] Archive \.zip/)
    expect(r.out).toContain(`Dossier : ${join(out, 'cloture-2025-2026')}`)
    expect(r.out).toContain('  - aide-a-la-saisie-2025-2026.xlsx')
    expect(r.out).toMatch(/L'année 2025-2026 est clôturée \(le \d\d\/\d\d\/\d{4}\)/)
    const listed = [...r.out.matchAll(/^ {2}- (\S+)$/gm)].map((m) => m[1])
    for (const f of listed) expect(existsSync(join(out, 'cloture-2025-2026', f)), f).toBe(true)
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'cloture-2025-2026.zip')))
    expect(Object.values(zip.files).filter((f) => !f.dir)).toHaveLength(listed.length)

    // A write from the terminal is refused the same way, and says how to reopen.
    const exported = join(dir, 'export.json')
    expect((await run('export', '--db', db, '--out', exported)).code).toBe(0)
    const refused = await run('import', '--db', db, '--in', exported)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain("L'année 2025-2026 est clôturée : rouvrez-la dans Paramètres pour la modifier.")
  }, 120_000)
})
