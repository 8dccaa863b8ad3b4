import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mappingSchema } from '../src/shared/bilan/mapping/mapping-schema'
import { runCli as run } from './helpers/run-cli'
import { findBuiltinTemplatesFolder } from '../src/main/bilan/templates/templates-folder'
import { makeZip, SMALL_DOCUMENT, WORD_CONTENT_TYPES, zipBomb } from './helpers/make-zip'

let dir: string
let db: string
let figures: Record<string, unknown>
const modeles = () => join(dir, 'modeles')
const saved = () => (existsSync(modeles()) ? readdirSync(modeles()).sort() : [])


/** The text a person reads in a Word document: its `w:t` runs, one after the other. */
async function textOf(docx: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
}

const count = (text: string, value: string) => text.split(new RegExp(`(?<![\\d,])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d,])`)).length - 1

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-templates-import-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
  figures = JSON.parse((await run('figures', '--db', db, '--json')).out) as Record<string, unknown>
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas templates import, each built-in form imported as if unknown', () => {
  const forms: { builtin: string; department: string; year: string; title: string }[] = [
    { builtin: 'caf01-2025-2026', department: '1', year: '2025-2026', title: 'Bilan CLAS – Caf de l’Ain' },
    { builtin: 'caf47-2021-2022', department: '47', year: '2021-2022', title: 'Bilan Lot-et-Garonne' },
    { builtin: 'bilan-2024-2025', department: '2a', year: '2024-2025', title: 'Bilan national' },
    { builtin: 'bonus-tne-2025-2026', department: '974', year: '2025-2026', title: 'Bonus TNE' },
  ]
  for (const f of forms) {
    it(`${f.builtin}: prints the new id, is listed with its department, and fills like a built-in form`, async () => {
      const form = join(dir, `${f.builtin} reçu de la CAF.docx`)
      copyFileSync(join(findBuiltinTemplatesFolder(), f.builtin, 'form.docx'), form)
      const r = await run('templates', 'import', form, '--department', f.department, '--year', f.year, '--title', f.title, '--db', db)
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      const id = /^Modèle importé : (\S+)$/m.exec(r.out)?.[1]
      expect(id).toMatch(new RegExp(`^caf${f.department.padStart(2, '0').toLowerCase()}-${f.year}-`))
      const summary = /^(\d+) blancs trouvés, (\d+) reliés à un chiffre ou une question, (\d+) à vérifier/m.exec(r.out)
      expect(summary).not.toBeNull()
      const [blancs, relies, aVerifier] = summary!.slice(1).map(Number)
      expect(relies + aVerifier).toBe(blancs)
      expect(relies).toBeGreaterThan(blancs / 2)

      const list = JSON.parse((await run('templates', '--db', db, '--json')).out) as { id: string; departement: string; anneeScolaire: string; origine: string }[]
      expect(list.find((t) => t.id === id)).toEqual(expect.objectContaining({ departement: f.department.padStart(2, '0').toUpperCase(), anneeScolaire: f.year, origine: 'importe' }))

      const out = join(dir, `${id}.docx`)
      const filled = await run('bilan', '--db', db, '--template', id!, '--out', out)
      expect(filled.code).toBe(0)
      expect(filled.out).toMatch(/\(\d+ réponses remplies\)/)
      // A figure the proposals bound is written in the form: the children enrolled when the
      // form asks for them, else the first text figure it binds.
      const mapping = mappingSchema.parse(JSON.parse(readFileSync(join(modeles(), id!, 'mapping.json'), 'utf8')))
      const bound = mapping.blanks.flatMap((b) => ('chiffre' in b.valeur && typeof b.valeur.chiffre === 'string' ? [b.valeur.chiffre] : []))
      const key = bound.includes('enfants.total') ? 'enfants.total' : bound.find((k) => typeof figures[k] === 'string' && (figures[k] as string).length >= 6)
      expect(key, 'a figure bound by the proposals').toBeDefined()
      const value = String(figures[key!])
      const before = await textOf(readFileSync(form))
      const after = await textOf(readFileSync(out))
      expect(count(after, value), `${key} = ${value}`).toBeGreaterThan(count(before, value))
    }, 180_000)
  }
})

describe('clas templates import --json', () => {
  it('prints the new template and its counts for a script', async () => {
    const r = await run('templates', 'import', join(findBuiltinTemplatesFolder(), 'bilan-2024-2025', 'form.docx'), '--department', '75', '--year', '2024-2025', '--db', db, '--json')
    expect(r.code).toBe(0)
    const printed = JSON.parse(r.out) as { id: string; departement: string; dossier: string; blancs: number; relies: number; vides: number }
    expect(printed).toMatchObject({ id: 'caf75-2024-2025-form', departement: '75', anneeScolaire: '2024-2025', titre: 'Bilan Clas 2024-2025 – Caf 75' })
    expect(printed.relies + printed.vides).toBe(printed.blancs)
    expect(existsSync(join(printed.dossier, 'mapping.json'))).toBe(true)
  }, 120_000)
})

describe('clas templates import refuses, in French, and saves nothing', () => {
  const refused: [string, () => Buffer, RegExp][] = [
    ['a file that is not a zip', () => Buffer.from('Bonjour, voici notre bilan.'), /n'est pas un document Word \(\.docx\)/],
    ['a zip without word/document.xml', () => makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES }, { name: 'word/styles.xml', content: '<w:styles/>' }]), /pas de contenu principal \(word\/document\.xml\)/],
    ['a zip bomb', () => zipBomb(), /dépasserait 100 Mo/],
    ['a zip bomb that lies about its sizes', () => zipBomb({ lie: true }), /plus gros une fois décompressé que ce que l'archive annonce/],
    ['a document with a DOCTYPE', () => makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES }, { name: 'word/document.xml', content: SMALL_DOCUMENT.replace('?>', '?><!DOCTYPE d [<!ENTITY x "y">]>') }]), /DOCTYPE/],
  ]
  for (const [what, bytes, message] of refused) {
    it(what, async () => {
      const before = saved()
      const file = join(dir, 'piege.docx')
      writeFileSync(file, bytes())
      const r = await run('templates', 'import', file, '--department', '01', '--year', '2025-2026', '--db', db)
      expect(r.code).toBe(1)
      expect(r.err).toMatch(message)
      expect(r.err).toMatch(/Rien n'a été enregistré\./)
      expect(r.out).toBe('')
      expect(saved()).toEqual(before)
    }, 60_000)
  }

  it('a wrong department or year, or a missing one (exit code 2), before reading the file', async () => {
    const before = saved()
    const form = join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx')
    const cases: [string[], RegExp][] = [
      [['--department', '99', '--year', '2025-2026'], /--department : « 99 » n'est pas un département \(01 à 95, 2A, 2B, 971 à 976\)/],
      [['--department', '20', '--year', '2025-2026'], /la Corse est 2A ou 2B/],
      [['--department', '01', '--year', '2025-2027'], /--year : les deux années de « 2025-2027 » doivent se suivre/],
      [['--department', '01', '--year', '25-26'], /--year : « 25-26 » n'est pas une année scolaire/],
      [['--year', '2025-2026'], /Précisez le département de la CAF : --department NN/],
      [['--department', '01'], /Précisez l'année scolaire du formulaire : --year AAAA-AAAA/],
    ]
    for (const [args, message] of cases) {
      const r = await run('templates', 'import', form, ...args, '--db', db)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
    }
    expect((await run('templates', 'import', '--department', '01', '--year', '2025-2026', '--db', db)).err).toMatch(/Précisez le formulaire à importer/)
    expect((await run('templates', 'import', form, 'autre.docx', '--department', '01', '--year', '2025-2026', '--db', db)).err).toMatch(/Argument inattendu : autre\.docx/)
    const missing = await run('templates', 'import', join(dir, 'absent.docx'), '--department', '01', '--year', '2025-2026', '--db', db)
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/Fichier introuvable/)
    expect(saved()).toEqual(before)
  })
})
