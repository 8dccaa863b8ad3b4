import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../src/shared/contract/errors'
import { main } from '../src/main/hosts/cli/main'
import { seedAssociation } from './helpers/association'
import { tempWorkspace } from './helpers/workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-file-messages-'))
  process.env.CLAS_DATA_DIR = join(dir, 'donnees')
})
afterEach(() => {
  delete process.env.CLAS_DATA_DIR
  rmSync(dir, { recursive: true, force: true })
})

async function run(...argv: string[]) {
  const err: string[] = []
  const code = await main(argv, { out: () => undefined, err: (s) => err.push(s) })
  return { code, err: err.join('\n') }
}

/** An exchange document, as `clas export` writes it (UTF-8). */
async function exported(): Promise<string> {
  const source = join(dir, 'source.sqlite')
  expect((await run('demo', '--db', source)).code).toBe(0)
  const doc = join(dir, 'doc.json')
  expect((await run('export', '--db', source, '--out', doc)).code).toBe(0)
  return readFileSync(doc, 'utf8')
}

/** No NUL or other control character, no replacement character: nothing binary was printed. */
const printable = (s: string) => [...s].every((c) => c === '\n' || c === '\t' || (c.charCodeAt(0) >= 0x20 && c !== '\ufffd'))

describe('JSON files the command line cannot take as they are', () => {
  it('reads a document saved as « Unicode » (UTF-16 with its mark), and says it in words when the mark is missing', async () => {
    const text = await exported()
    const withMark = join(dir, 'unicode.json')
    writeFileSync(withMark, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(await run('import', '--db', join(dir, 'a.sqlite'), '--in', withMark)).toMatchObject({ code: 0 })

    const noMark = join(dir, 'sans-marque.json')
    writeFileSync(noMark, Buffer.from(text, 'utf16le'))
    const refused = await run('import', '--db', join(dir, 'b.sqlite'), '--in', noMark)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/n'est pas un fichier texte JSON .*UTF-16.*Enregistrez-le en UTF-8/)
    expect(printable(refused.err)).toBe(true)
  })

  it('says where a syntax error is, without printing the file (it may name children)', async () => {
    const bad = join(dir, 'abime.json')
    writeFileSync(bad, '{\n  "enfants": [{ "prenom": "Inès", "nom": "Zerrouki" ]\n}')
    const refused = await run('import', '--db', join(dir, 'c.sqlite'), '--in', bad)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/n'est pas un fichier JSON valide \(erreur ligne 2, colonne \d+\)/)
    expect(refused.err).not.toMatch(/Zerrouki|Inès/)
  })
})

describe('list files', () => {
  it('an empty .xlsx is called an empty file, not « base64 : le fichier est vide »', async () => {
    const t = tempWorkspace()
    try {
      seedAssociation(t, 1)
      let error: unknown
      try {
        await t.call('enfants.importerListe.apercu', { nomFichier: 'inscrits.xlsx', base64: '' })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ code: 'validation', field: 'base64', message: "Le fichier est vide : rien n'a été importé." })
    } finally {
      t.cleanup()
    }
  })
})
