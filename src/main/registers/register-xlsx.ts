import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { NIVEAU_LABELS, type Niveau } from '../../shared/domain/lists'
import type { AttendanceTable, AttendanceTotals } from '../../shared/registers/attendance-table'
import { heureFin, jourMois, periodeFr } from '../../shared/registers/format'
import type { RegisterHeading } from '../../shared/registers/heading'
import { GRID, NOT_ENROLLED_FILL, PERCENT, printSetup, styleHeaderRow, titleRows } from './sheet-style'

const JOURS_COURTS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
const weekdayShort = (iso: string) => JOURS_COURTS[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7]

/** Columns after the séances: a child's totals over the séances held while enrolled. */
export const TOTAL_HEADERS = ['Présent', 'Absent', 'Excusé', 'Non saisi', 'Séances', 'Taux de présence'] as const
const totalsValues = (t: AttendanceTotals) => [t.presents, t.absents, t.excuses, t.nonSaisis, t.seances, t.taux]

/** Rows under the children: one figure per séance. */
export const SEANCE_ROWS = ['Inscrits ce jour', 'Présents', 'Absents', 'Excusés', 'Non saisis', 'Taux de présence'] as const

export const LEGENDE =
  'P : présent · A : absent · E : excusé · case vide : non saisi · case grise : pas inscrit ce jour-là · (P) : présence notée hors inscription, non comptée. ' +
  'Taux de présence = présences / séances tenues pendant l’inscription.'

/** Where things are on the sheet, for whoever reads it back (the tests). */
export const LAYOUT = { headerRow: 7, firstSeanceColumn: 4 } as const

/** The attendance register of a collectif over a period, as a sheet a person prints (landscape, fit to width). */
export function registerWorkbook(table: AttendanceTable, heading: RegisterHeading): ExcelJS.Workbook {
  const wb = new (loadExcelJS().Workbook)()
  wb.creator = 'Clas'
  wb.created = new Date(`${heading.editeLe}T12:00:00Z`)
  const sheet = wb.addWorksheet('Registre', { views: [{ state: 'frozen', xSplit: 3, ySplit: LAYOUT.headerRow }] })
  const n = table.seances.length
  const firstTotal = LAYOUT.firstSeanceColumn + n
  const width = firstTotal + TOTAL_HEADERS.length - 1

  const lieu = table.lieu ? [table.lieu.nom, table.lieu.adresse, table.lieu.commune].filter(Boolean).join(', ') : 'non renseigné'
  const next = titleRows(sheet, width, `Registre de présence — ${table.collectif.nom}`, [
    `Association : ${heading.association} — Projet : ${heading.projet} (année scolaire ${heading.anneeScolaire})`,
    `Collectif : ${table.collectif.nom} — Lieu : ${lieu}`,
    `Période : ${periodeFr(table.from, table.to)} — ${n} séance${n > 1 ? 's' : ''} tenue${n > 1 ? 's' : ''}, ${table.annulees.length} annulée${table.annulees.length > 1 ? 's' : ''}`,
    `Édité le ${formatDateCourteFr(heading.editeLe)}`,
  ])
  sheet.getRow(next - 1).getCell(1).font = { italic: true, size: 9 }

  // Header: one column per séance, « mar. 04/11 » over « 16:45 ».
  const header = sheet.getRow(LAYOUT.headerRow)
  header.values = [
    'Nom', 'Prénom', 'Niveau',
    ...table.seances.map((s) => `${weekdayShort(s.date)} ${jourMois(s.date)}\n${s.heureDebut}-${heureFin(s.heureDebut, s.dureeMinutes)}`),
    ...TOTAL_HEADERS,
  ]
  styleHeaderRow(header, 44)

  let r = LAYOUT.headerRow + 1
  for (const child of table.enfants) {
    const row = sheet.getRow(r++)
    row.values = [
      child.nom, child.prenom, NIVEAU_LABELS[child.niveau as Niveau] ?? child.niveau,
      ...child.cells.map((c) => (c.enrolled ? c.mark : c.mark ? `(${c.mark})` : '')),
      ...totalsValues(child.totals),
    ]
    child.cells.forEach((c, k) => {
      if (!c.enrolled) row.getCell(LAYOUT.firstSeanceColumn + k).fill = NOT_ENROLLED_FILL
    })
    styleGridRow(row, width, firstTotal)
  }

  const overall = sheet.getRow(r++)
  overall.getCell(1).value = 'Ensemble du collectif'
  totalsValues(table.totals).forEach((v, k) => (overall.getCell(firstTotal + k).value = v))
  styleGridRow(overall, width, firstTotal)
  overall.font = { bold: true }

  const perSeance = [
    (s: AttendanceTable['seances'][number]) => s.inscrits,
    (s: AttendanceTable['seances'][number]) => s.presents,
    (s: AttendanceTable['seances'][number]) => s.absents,
    (s: AttendanceTable['seances'][number]) => s.excuses,
    (s: AttendanceTable['seances'][number]) => s.nonSaisis,
    (s: AttendanceTable['seances'][number]) => (s.inscrits === 0 ? null : s.presents / s.inscrits),
  ]
  SEANCE_ROWS.forEach((label, k) => {
    const row = sheet.getRow(r++)
    row.getCell(1).value = label
    table.seances.forEach((s, j) => (row.getCell(LAYOUT.firstSeanceColumn + j).value = perSeance[k](s)))
    sheet.mergeCells(row.number, 1, row.number, 3)
    styleGridRow(row, firstTotal - 1, firstTotal)
    row.getCell(1).font = { bold: true }
    if (label === 'Taux de présence') table.seances.forEach((_, j) => (row.getCell(LAYOUT.firstSeanceColumn + j).numFmt = PERCENT))
  })

  // Names written upwards: a séance column is narrow, a list of names is not.
  const team = sheet.getRow(r++)
  team.getCell(1).value = 'Intervenants'
  sheet.mergeCells(team.number, 1, team.number, 3)
  let longest = 12
  table.seances.forEach((s, j) => {
    const names = s.intervenants.map((i) => `${i.prenom} ${i.nom}`)
    const text = names.join('\n')
    longest = Math.max(longest, ...names.map((x) => x.length))
    const cell = team.getCell(LAYOUT.firstSeanceColumn + j)
    cell.value = text
    cell.alignment = { textRotation: 90, vertical: 'bottom', horizontal: 'center', wrapText: true }
  })
  styleGridRow(team, firstTotal - 1, firstTotal, false)
  team.getCell(1).font = { bold: true }
  team.getCell(1).alignment = { vertical: 'middle' }
  team.height = Math.min(300, Math.max(50, longest * 6 + 8))

  r++
  const legende = sheet.getRow(r++)
  legende.getCell(1).value = LEGENDE
  sheet.mergeCells(legende.number, 1, legende.number, width)
  legende.getCell(1).font = { italic: true, size: 9 }
  legende.getCell(1).alignment = { wrapText: true, vertical: 'top' }
  legende.height = 28

  r++
  const title = sheet.getRow(r++)
  title.getCell(1).value = table.annulees.length ? 'Séances annulées' : 'Séances annulées : aucune sur la période'
  title.getCell(1).font = { bold: true }
  for (const a of table.annulees) {
    const row = sheet.getRow(r++)
    row.getCell(1).value = formatDateCourteFr(a.date)
    row.getCell(2).value = a.heureDebut
    row.getCell(3).value = a.motif ?? 'motif non renseigné'
  }

  sheet.getColumn(1).width = 20
  sheet.getColumn(2).width = 15
  sheet.getColumn(3).width = 8
  for (let j = 0; j < n; j++) sheet.getColumn(LAYOUT.firstSeanceColumn + j).width = 11
  TOTAL_HEADERS.forEach((_, k) => (sheet.getColumn(firstTotal + k).width = k === TOTAL_HEADERS.length - 1 ? 11 : 9))
  printSetup(sheet, LAYOUT.headerRow, `${heading.association} — ${table.collectif.nom} — ${periodeFr(table.from, table.to)}`)
  return wb
}

function styleGridRow(row: ExcelJS.Row, lastColumn: number, firstTotal: number, center = true): void {
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.getCell(c)
    cell.border = GRID
    if (c >= 4 && center) cell.alignment = { horizontal: 'center', vertical: 'middle' }
    if (c === firstTotal + TOTAL_HEADERS.length - 1) cell.numFmt = PERCENT
  }
}

export async function registerXlsx(table: AttendanceTable, heading: RegisterHeading): Promise<Buffer> {
  return Buffer.from(await registerWorkbook(table, heading).xlsx.writeBuffer())
}
