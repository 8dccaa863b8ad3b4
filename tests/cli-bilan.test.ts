import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'
import { findBuiltinTemplatesFolder } from '../src/main/bilan/templates/templates-folder'
import { isFootnote } from '../src/shared/bilan/mapping/label-cues'

let dir: string
let db: string


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

describe('clas bilan on a form imported as unknown: what is left to the coordinator, said completely', () => {
  it('lists every place left empty and every value written on a weak match, on the terminal and in --json', async () => {
    const form = join(dir, 'caf47 reçu.docx')
    copyFileSync(join(findBuiltinTemplatesFolder(), 'caf47-2021-2022', 'form.docx'), form)
    const imported = await run('templates', 'import', form, '--department', '47', '--year', '2021-2022', '--db', db)
    expect(imported.code).toBe(0)
    const id = /^Modèle importé : (\S+)$/m.exec(imported.out)![1]
    const mapping = JSON.parse(readFileSync(join(dir, 'modeles', id, 'mapping.json'), 'utf8')) as { blanks: { blank: string; label: string; valeur: Record<string, unknown>; aVerifier?: true }[] }
    const unsure = mapping.blanks.filter((b) => b.aVerifier)
    expect(unsure.length).toBeGreaterThan(0)

    const json = await run('bilan', '--db', db, '--template', id, '--out', join(dir, 'caf47.docx'), '--json')
    expect(json.code).toBe(0)
    const left = JSON.parse(json.out) as { remplis: number; aCompleter: { cle: string | null; raison: string }[]; aVerifier: { cle: string; valeur: string }[] }
    const listed = new Set([...left.aCompleter.map((x) => x.cle), ...left.aVerifier.map((x) => x.cle)])
    // Every binding the coordinator did not confirm is either listed empty or listed to check.
    for (const b of unsure) expect(listed.has(b.blank), b.blank).toBe(true)
    // Every place bound to nothing is listed too.
    for (const b of mapping.blanks.filter((x) => 'ignorer' in x.valeur && !isFootnote(x.label))) expect(listed.has(b.blank), b.blank).toBe(true)

    const text = await run('bilan', '--db', db, '--template', id, '--out', join(dir, 'caf47.docx'))
    expect(text.out).toContain(`À compléter à la main (${left.aCompleter.length})`)
    if (left.aVerifier.length > 0) expect(text.out).toContain(`À vérifier (${left.aVerifier.length})`)
  })
})
