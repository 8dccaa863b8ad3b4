import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mappingSchema } from '../src/shared/bilan/mapping/mapping-schema'
import { findBuiltinTemplatesFolder } from '../src/main/bilan/templates/templates-folder'
import { runCli as run } from './helpers/run-cli'

let dir: string
let db: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-templates-no-base-'))
  db = join(dir, 'pas-encore.sqlite')
  process.env.CLAS_DATA_DIR = join(dir, 'donnees')
})
afterAll(() => {
  delete process.env.CLAS_DATA_DIR
  rmSync(dir, { recursive: true, force: true })
})

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

describe('clas templates, before any base exists (through the dispatcher, over an empty base in memory)', () => {
  it('lists the built-in forms, imports one beside the path given, lists it, and creates no base', async () => {
    const listed = await run('templates', '--db', db, '--json')
    expect(listed).toMatchObject({ code: 0, err: '' })
    const builtin = JSON.parse(listed.out) as { id: string; origine: string }[]
    expect(builtin.map((t) => t.id)).toContain('caf01-2025-2026')
    expect(builtin.every((t) => t.origine === 'integre')).toBe(true)

    const form = join(dir, 'caf47 reçu.docx')
    copyFileSync(join(findBuiltinTemplatesFolder(), 'caf47-2021-2022', 'form.docx'), form)
    const imported = await run('templates', 'import', form, '--department', '47', '--year', '2021-2022', '--db', db)
    expect(imported).toMatchObject({ code: 0, err: '' })
    const id = /^Modèle importé : (\S+)$/m.exec(imported.out)![1]
    expect(imported.out).toContain(`enregistré dans ${join(dir, 'modeles', id)}`)

    // Every blank the filled forms will report « à vérifier » is listed, in the document's order.
    const mapping = mappingSchema.parse(JSON.parse(readFileSync(join(dir, 'modeles', id, 'mapping.json'), 'utf8')))
    const unsure = mapping.blanks.filter((b) => b.aVerifier)
    expect(unsure.length).toBeGreaterThan(0)
    const lines = imported.out.split('\n').filter((l) => l.startsWith('  - « '))
    expect(lines.map((l) => /^ {2}- « (.*) » → /.exec(l)![1])).toEqual(unsure.map((b) => short(b.label)))
    expect(lines.every((l) => /→ (laissé vide|.+ \(peu sûr\))/.test(l))).toBe(true)
    const counted = Number(/(\d+) à vérifier/.exec(imported.out)![1])
    expect(lines).toHaveLength(counted)

    const text = await run('templates', '--db', db)
    expect(text.code).toBe(0)
    expect(text.out).toMatch(new RegExp(`^ {2}${id}\\s+CAF 47\\s+2021-2022 .*\\(importé\\)$`, 'm'))
    expect(existsSync(db)).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['caf47 reçu.docx', 'modeles'])
  }, 120_000)
})
