import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { associationWorkbook, windows1252 } from '../../../tests/helpers/list-files'
import { MAX_FILE_BYTES } from '../../shared/list-import/limits'
import { ListFileError } from './list-file-error'
import { readListFile } from './read-list-file'

async function failure(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readListFile(name, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ListFileError)
    return (error as Error).message
  }
  throw new Error('the file was read')
}

describe('readListFile: .xlsx through exceljs', () => {
  it('reads the first filled sheet, merged cells as their master, rich text, hyperlinks and formulas as the text shown', async () => {
    const file = await readListFile('inscrits.xlsx', await associationWorkbook())
    expect(file).toMatchObject({ format: 'xlsx', feuille: 'Inscrits 2025-2026' })
    const g = file.grid
    expect(g[0][9]).toBe(g[0][0]) // A1:J1 title
    expect(g[2].slice(0, 10)).toEqual(['N°', 'Enfant', 'Enfant', 'Enfant', 'Enfant', 'Enfant', 'Responsable légal', 'Responsable légal', 'Responsable légal', 'Remarques'])
    expect(g[3][0]).toBe('N°') // A3:A4, lower half
    expect(g[3][9]).toBe('Remarques')
    expect(g[4][3]).toBeInstanceOf(Date)
    expect((g[4][3] as Date).toISOString()).toBe('2015-09-03T00:00:00.000Z')
    expect(g[4][8]).toBe('awa.diallo@exemple.fr') // rich text
    expect(g[7][6]).toBe('Éric Lefèvre') // formula result
    expect(g[7][7]).toBe(612345679) // phone typed as a number
    expect(g[7][8]).toBe('eric.lefevre@exemple.fr') // hyperlink
    expect(g[8][3]).toBe(42250) // a date left as a serial number
    expect(g[6].every((v) => v === null)).toBe(true) // blank row kept in place: row numbers stay those of Excel
  })

  it.each([
    ['random bytes', () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251))],
    ['a truncated file', async () => (await associationWorkbook()).subarray(0, 2500)],
  ])('refuses %s named .xlsx with a French sentence', async (_what, make) => {
    expect(await failure('inscrits.xlsx', await make())).toMatch(/illisible.*rien n'a été importé/)
  })

  it('refuses a zip that holds no sheet', async () => {
    const zip = await new JSZip().file('lisez-moi.txt', 'bonjour').generateAsync({ type: 'nodebuffer' })
    expect(await failure('inscrits.xlsx', zip)).toMatch(/rien n'a été importé/)
  })

  it('refuses old .xls files, empty files and files too big to be a list', async () => {
    expect(await failure('vieux.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/Excel 97-2003 \(\.xls\)/)
    expect(await failure('vide.csv', new Uint8Array())).toMatch(/vide/)
    expect(await failure('enorme.csv', new Uint8Array(MAX_FILE_BYTES + 1))).toMatch(/Mo au plus/)
    expect(await failure('photo.jpg', Buffer.from('ÿØÿà'))).toMatch(/« \.jpg » n'est pas lu/)
  })
})

describe('readListFile: .csv', () => {
  it('reads what French Excel writes: « ; » and Windows-1252', async () => {
    const bytes = windows1252('Nom;Prénom;Né(e) le;Classe;Langue parlée\r\nLefèvre;Zoé;03/09/2015;CM2;Français\r\nCœurdevey;Anaïs;12/01/2013;6ème;Portugais\r\n')
    const file = await readListFile('liste.csv', bytes)
    expect(file).toMatchObject({ format: 'csv', separateur: ';', encodage: 'windows-1252' })
    expect(file.grid).toEqual([
      ['Nom', 'Prénom', 'Né(e) le', 'Classe', 'Langue parlée'],
      ['Lefèvre', 'Zoé', '03/09/2015', 'CM2', 'Français'],
      ['Cœurdevey', 'Anaïs', '12/01/2013', '6ème', 'Portugais'],
    ])
  })

  it('reads UTF-8 with a BOM, « , » as separator, and quoted fields holding commas, quotes and line breaks', async () => {
    const text = '\uFEFFNom,Prénom,Adresse\n"N\'Diaye",Aïssatou,"12, rue des Écoles\nBât. B"\nMartin,"Léo ""Lolo""",\n'
    const file = await readListFile('liste.csv', Buffer.from(text, 'utf8'))
    expect(file).toMatchObject({ separateur: ',', encodage: 'utf-8' })
    expect(file.grid).toEqual([['Nom', 'Prénom', 'Adresse'], ["N'Diaye", 'Aïssatou', '12, rue des Écoles\nBât. B'], ['Martin', 'Léo "Lolo"', '']])
  })

  it('keeps « ; » when addresses hold commas', async () => {
    const text = 'Nom;Prénom;Adresse\nDiallo;Inès;3, place du Marché\nMartin;Léo;12, rue des Écoles, Bât. B\n'
    expect((await readListFile('liste.csv', Buffer.from(text))).separateur).toBe(';')
  })
})
