import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/main/hosts/cli/main'
import { findBuiltinTemplatesFolder } from '../src/main/bilan/templates/templates-folder'

let dir: string
let db: string

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-bilan-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas templates', () => {
  it('--json lists the built-in forms with their department and year', async () => {
    const { code, out } = await run('templates', '--db', db, '--json')
    expect(code).toBe(0)
    const list = JSON.parse(out) as { id: string; departement: string | null; anneeScolaire: string }[]
    expect(list.find((t) => t.id === 'caf01-2025-2026')).toMatchObject({ departement: '01', anneeScolaire: '2025-2026' })
    expect(list.find((t) => t.id === 'caf47-2021-2022')).toMatchObject({ departement: '47', anneeScolaire: '2021-2022' })
  })
})

describe('clas bilan', () => {
  it('fills a built-in form into a .docx and lists what is left to complete by hand', async () => {
    const out = join(dir, 'bilan.docx')
    const r = await run('bilan', '--db', db, '--template', 'caf01-2025-2026', '--out', out)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Bilan 2025-2026 écrit dans .*bilan\.docx \(\d+ réponses remplies\)/)
    expect(r.out).toContain('À compléter à la main')
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string')
    expect(xml).toContain('Association Les Ponts')
  })

  it('refuses an unknown template, naming the ones there are, and writes nothing', async () => {
    const out = join(dir, 'rien.docx')
    const r = await run('bilan', '--db', db, '--template', 'caf99-2030-2031', '--out', out)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/Modèle inconnu : « caf99-2030-2031 »\. Modèles disponibles : .*caf01-2025-2026/)
    expect(existsSync(out)).toBe(false)
  })

  it('asks for the template and a .docx output in French (exit code 2)', async () => {
    expect((await run('bilan', '--db', db, '--out', join(dir, 'x.docx'))).err).toMatch(/Précisez le modèle/)
    const r = await run('bilan', '--db', db, '--template', 'caf01-2025-2026', '--out', join(dir, 'x.pdf'))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--out BILAN\.docx/)
  })

  it('refuses a form whose mapping beside it is not JSON or names no blank, and writes nothing', async () => {
    const form = join(dir, 'formulaire.docx')
    copyFileSync(join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx'), form)
    const out = join(dir, 'sortie.docx')
    writeFileSync(join(dir, 'formulaire.mapping.json'), '{ pas du json')
    let r = await run('bilan', '--db', db, '--template', form, '--out', out)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/Correspondance illisible/)
    writeFileSync(join(dir, 'formulaire.mapping.json'), JSON.stringify({ version: 1, blanks: [{ blank: '', label: 'x', valeur: { ignorer: true } }] }))
    r = await run('bilan', '--db', db, '--template', form, '--out', out)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/Correspondance invalide .*champ « blanks\.0\.blank »/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a .docx that is not a Word document, in French', async () => {
    const fake = join(dir, 'faux.docx')
    writeFileSync(fake, 'ceci n’est pas un zip')
    writeFileSync(join(dir, 'faux.mapping.json'), JSON.stringify({ version: 1, blanks: [], lignes: [] }))
    const r = await run('bilan', '--db', db, '--template', fake, '--out', join(dir, 'faux-sortie.docx'))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/n'est pas un document Word/)
    expect(existsSync(join(dir, 'faux-sortie.docx'))).toBe(false)
  })
})
