import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../src/main/api/dispatch'
import { startHttpServer, type RunningServer } from '../src/main/hosts/http/server'
import { makeZip } from './helpers/make-zip'
import { seedAssociation } from './helpers/association'
import { tempWorkspace, type TestWorkspace } from './helpers/workspace'

/** The parts every .xlsx has, around the sheet given. */
function xlsx(sheet: string, extra: { name: string; content: string }[] = []): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' },
    { name: '_rels/.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', content: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
    ...extra,
  ])
}

const sheetOf = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`


let t: TestWorkspace
let server: RunningServer
beforeEach(async () => {
  t = tempWorkspace()
  seedAssociation(t, 1)
  server = await startHttpServer({ dispatch: createDispatcher(t.workspace), port: 0 })
})
afterEach(async () => {
  await server.close()
  t.cleanup()
})

const post = async (name: string, body: unknown) => {
  const res = await fetch(`${server.url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as { result?: unknown; error?: { code: string; message: string } }
}

describe('a large list being read', () => {
  it('does not stop the server answering other calls meanwhile', async () => {
    // A legal workbook of about 40 MB unzipped (under the 60 MB an archive may inflate to).
    const text = 'Élève inscrit au collectif du mardi, '.repeat(12)
    const row = (i: number) => `<row r="${i}">${Array.from({ length: 8 }, (_, c) => cell(`${String.fromCharCode(65 + c)}${i}`, `${text}${i}`)).join('')}</row>`
    const big = xlsx(sheetOf(Array.from({ length: 9000 }, (_, i) => row(i + 1)).join('')))
    const started = Date.now()
    let done = 0
    const reading = post('enfants.importerListe.apercu', { nomFichier: 'liste.xlsx', base64: big.toString('base64') }).then((r) => {
      done = Date.now()
      return r
    })
    // Pings until the list is read: the longest silence between two answers is the freeze.
    const answers: number[] = []
    while (!done) {
      const r = await post('app.status', {})
      expect(r.result).toBeDefined()
      if (!done) answers.push(Date.now())
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const result = await reading
    const total = done - started
    const gaps = answers.map((a, i) => a - (i === 0 ? started : answers[i - 1]))
    const longest = Math.max(...gaps, done - (answers.at(-1) ?? started))
    // Reading it (or giving up on it) takes many seconds; the server answered all along.
    expect(answers.length).toBeGreaterThan(5)
    expect(longest).toBeLessThan(total / 2)
    // A preview, or a refusal giving its true reason (not « illisible »).
    if (result.error) expect(result.error.message).toMatch(/trop volumineux|trop long|lignes/)
  }, 180_000)
})
