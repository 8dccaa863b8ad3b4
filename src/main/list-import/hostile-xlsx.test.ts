import { describe, expect, it } from 'vitest'
import { makeZip } from '../../../tests/helpers/make-zip'
import { ListFileError } from './list-file-error'
import { readListFile } from './read-list-file'

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

async function outcome(bytes: Uint8Array): Promise<{ error: string | null; ms: number }> {
  const start = Date.now()
  try {
    await readListFile('liste.xlsx', bytes)
    return { error: null, ms: Date.now() - start }
  } catch (error) {
    expect(error).toBeInstanceOf(ListFileError)
    return { error: (error as Error).message, ms: Date.now() - start }
  }
}

describe('hostile .xlsx files', () => {
  it('reads the hand-made workbook these tests build on', async () => {
    const file = await readListFile('liste.xlsx', xlsx(sheetOf(`<row r="1">${cell('A1', 'Nom')}${cell('B1', 'Prénom')}</row><row r="2">${cell('A2', 'Diallo')}${cell('B2', 'Inès')}</row>`)))
    expect(file.grid.slice(0, 2)).toEqual([['Nom', 'Prénom'], ['Diallo', 'Inès']])
  })

  it('refuses a zip bomb (a few hundred kilobytes inflating to a huge sheet) in French, in bounded time', async () => {
    const row = (i: number) => `<row r="${i}">${cell(`A${i}`, 'x'.repeat(2000))}</row>`
    const rows = Array.from({ length: 150_000 }, (_, i) => row(i + 1)).join('')
    const bomb = xlsx(sheetOf(rows))
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024)
    const { error, ms } = await outcome(bomb)
    // Stopped while inflating, before exceljs and its thread ever see it (no 30 s wait for a dead thread).
    expect(error).toMatch(/dépasserait 60 Mo : ce n'est pas une liste d'enfants.*Rien n'a été importé/)
    expect(ms).toBeLessThan(20_000)
  }, 90_000)

  it('refuses XML entities declared in the file (billion laughs) before reading it', async () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>`
    const sheet = `<?xml version="1.0"?>${laughs}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cell('A1', '&lol4;')}</row></sheetData></worksheet>`
    expect((await outcome(xlsx(sheet))).error).toMatch(/DOCTYPE ou ENTITY.*xl\/worksheets\/sheet1\.xml.*ne vient pas d'Excel/)
  }, 90_000)
})
