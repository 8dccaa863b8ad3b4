import ExcelJS from 'exceljs'

/**
 * An association's list as coordinators keep it in Excel: an empty first sheet, a title row, a
 * blank row, a two-row header with merged group cells (« Enfant », « Responsable légal »), a
 * number column and a remarks column the import has no use for, blank rows between children,
 * accents, birth dates as real Excel dates, as text and as a bare serial number, levels
 * spelled several ways, rich text, a formula and a hyperlink.
 * Row by row (sheet numbering): 5, 6, 8 import; 9, 12, 13 are in error; 10 repeats 5;
 * 11 is the seeded child « Prénom1 NomA » (`seedAssociation`).
 */
export async function associationWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Notes')
  const ws = wb.addWorksheet('Inscrits 2025-2026')
  ws.getCell('A1').value = 'Association Les Ponts : inscriptions au Clas 2025-2026'
  ws.mergeCells('A1:J1')
  ws.getCell('A3').value = 'N°'
  ws.mergeCells('A3:A4')
  ws.getCell('B3').value = 'Enfant'
  ws.mergeCells('B3:F3')
  ws.getCell('G3').value = 'Responsable légal'
  ws.mergeCells('G3:I3')
  ws.getCell('J3').value = 'Remarques'
  ws.mergeCells('J3:J4')
  // Cell by cell: assigning `row.values` would clear A4 and J4, the lower halves of two merges.
  ;['Nom', 'Prénom', 'Né(e) le', 'Classe', 'École', 'Nom', 'Téléphone', 'Mail'].forEach((label, i) => {
    ws.getCell(4, i + 2).value = label
  })
  const rows: Record<number, unknown[]> = {
    5: [1, 'DIALLO', 'Inès', new Date(Date.UTC(2015, 8, 3)), 'CM 1', 'École Jean Moulin', 'Awa Diallo', '06 12 34 56 78',
      { richText: [{ text: 'awa.diallo' }, { text: '@exemple.fr', font: { bold: true } }] }, 'Allergie aux arachides'],
    6: [2, 'Diallo', 'Moussa', '12/01/2013', '6ème', 'Collège Louise Michel', 'Awa Diallo', '0612345678'],
    8: [3, 'Lefèvre', 'Zoé', '3 septembre 2014', 'cm2', 'Jean Moulin', { formula: '"Éric "&"Lefèvre"', result: 'Éric Lefèvre' }, 612345679,
      { text: 'eric.lefevre@exemple.fr', hyperlink: 'mailto:eric.lefevre@exemple.fr' }],
    9: [4, 'Nguyen', 'Bảo', 42250, 'CM3', 'École Jean Moulin'],
    10: [5, 'DIALLO', 'Inès', '03/09/2015', 'CM1', 'École Jean Moulin', 'Awa Diallo', '06 12 34 56 78'],
    11: [6, 'NomA', 'Prénom1', '01/02/2015', 'cm1'],
    12: [7, 'Martin', 'Léo', '31/02/2015', 'CE2'],
    13: [8, 'Petit', '', '', '4e'],
  }
  for (const [n, values] of Object.entries(rows)) ws.getRow(Number(n)).values = values as ExcelJS.CellValue[]
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Text in Windows-1252, as French Excel writes « CSV (séparateur : point-virgule) ». */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = { 'œ': 0x9c, 'Œ': 0x8c, '€': 0x80, '’': 0x92 }
  return Buffer.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)).map((code) => {
    if (code > 0xff) throw new Error(`not in Windows-1252: ${code}`)
    return code
  }))
}
