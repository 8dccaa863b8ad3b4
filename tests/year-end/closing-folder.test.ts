import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemoDocument } from '../../src/main/demo/build-demo'
import { formatFigure } from '../../src/shared/bilan/figures/format-figure'
import { FAMILY_TITLES, figureLabel } from '../../src/shared/bilan/figures/labels'
import type { Budget } from '../../src/shared/budget/schema'
import { REGLE_LABELS } from '../../src/shared/compliance/rule-labels'
import type { Progression } from '../../src/shared/contract/cloture'
import type { EchangeDocument } from '../../src/shared/exchange/schema'
import { AIDE_SAISIE_HEADER_ROW } from '../../src/main/year-end/aide-saisie-xlsx'
import { SUMMARY_HEADER_ROW } from '../../src/main/registers/attendance-summary-xlsx'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'
import { waitClosing } from './wait-closing'

// After the year's end: the figures are those of the whole year, nothing is still planned.
const TODAY = '2026-07-10'
const BUDGET: Budget = {
  tauxHoraireBenevolatCentimes: 1_500,
  lignes: [
    { poste: 'personnel', previsionnelCentimes: 1_000_000, realiseCentimes: 950_000 },
    { poste: 'caf_prestation_service', previsionnelCentimes: 700_000, realiseCentimes: 700_000 },
    { poste: 'commune', previsionnelCentimes: 400_000, realiseCentimes: 323_450 },
  ],
}

let t: TestWorkspace
let doc: EchangeDocument
let done: Progression
let folder: string
const destination = () => join(t.dir, 'Documents')

const cellText = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v))
async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer)
  return wb
}
const pdfText = (path: string) => spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(/\u00a0/g, ' ')
const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')]
  })
}

beforeAll(async () => {
  t = tempWorkspace(TODAY)
  t.call('echange.import', { document: buildDemoDocument() })
  t.call('budget.enregistrer', BUDGET)
  doc = t.call('echange.export')
  const started = t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', dossier: destination() })
  expect(started.etat).toBe('en_cours')
  done = await waitClosing(t, started.travailId)
  expect(done.erreur).toBeNull()
  folder = done.resultat!.dossier!
}, 180_000)
afterAll(() => t.cleanup())

describe('the closing folder', () => {
  it('is made in the chosen folder, with the .zip beside it, and reports every part', () => {
    expect(done.etat).toBe('termine')
    expect(folder).toBe(join(destination(), 'cloture-2025-2026'))
    expect(done.resultat!.zip).toBe(join(destination(), 'cloture-2025-2026.zip'))
    expect(done.fait).toBe(done.total)
    expect(done.parties.map((p) => p.libelle)).toEqual(expect.arrayContaining(['Bilan rempli (.docx)', 'Bilan rempli (PDF)', 'Assiduité par enfant (.xlsx)', 'Archive .zip']))
    expect(done.parties).toHaveLength(done.total)
    // Nothing left behind under a temporary name.
    expect(readdirSync(destination()).sort()).toEqual(['cloture-2025-2026', 'cloture-2025-2026.zip'])
  })

  it('README.txt says in French what each file is, and lists every file of the folder', () => {
    const readme = readFileSync(join(folder, 'README.txt'), 'utf8')
    expect(readme).toContain("Clôture de l'année 2025-2026 — ")
    expect(readme).toContain("séances tenues jusqu'au 03/07/2026")
    const listed = [...readme.matchAll(/^- (\S+)\r$/gm)].map((m) => m[1]).sort()
    expect(listed).toEqual(filesUnder(folder).sort())
    expect(readme).toMatch(/- bilan-2025-2026\.docx\r\n {4}Le bilan rempli sur le formulaire/)
    expect(done.resultat!.avertissements).toEqual([])
  })

  it('the bilan .docx is the filled form, and its PDF says the same', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(folder, 'bilan-2025-2026.docx')))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain(doc.structure.nom)
    if (!hasPdftotext) return
    expect(pdfText(join(folder, 'bilan-2025-2026.pdf'))).toContain(doc.structure.nom)
  })

  it("each collectif's register (.xlsx) holds its present marks, and its feuilles d'émargement one page per séance held", async () => {
    const held = (collectifId: string) => doc.seances.filter((s) => s.collectifId === collectifId && !s.annulee && s.date <= doc.anneeScolaire.fin)
    for (const c of doc.collectifs) {
      const files = filesUnder(join(folder, 'registres')).filter((f) => f.endsWith('-2025-2026.xlsx') || f.endsWith('-2025-2026.pdf'))
      const xlsx = files.find((f) => f.startsWith('registre-') && readFileSync(join(folder, 'registres', f)).length > 0 && f.includes(c.nom.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')))
      expect(xlsx, c.nom).toBeDefined()
      const sheet = (await workbook(join(folder, 'registres', xlsx!))).worksheets[0]
      expect(cellText(sheet.getCell(1, 1).value)).toBe(`Registre de présence — ${c.nom}`)
      let marksP = 0
      sheet.eachRow((row) => row.eachCell((cell) => void (cell.value === 'P' && marksP++)))
      const presents = held(c.id).reduce((n, s) => n + s.presences.filter((p) => p.statut === 'present').length, 0)
      expect(marksP).toBe(presents)
      if (!hasPdftotext) continue
      const pdf = pdfText(join(folder, 'registres', xlsx!.replace(/^registre-/, 'emargement-').replace(/\.xlsx$/, '.pdf')))
      expect(pdf.match(/Feuille d'émargement — /g)).toHaveLength(held(c.id).length)
      expect(pdf).toContain(c.nom)
    }
  })

  it("the year's attendance per child (.xlsx): one row per child, presents as in the registers", async () => {
    const sheet = (await workbook(join(folder, 'assiduite-par-enfant-2025-2026.xlsx'))).worksheets[0]
    const presents = new Map<string, number>()
    for (const s of doc.seances) if (!s.annulee) for (const p of s.presences) if (p.statut === 'present') presents.set(p.enfantId, (presents.get(p.enfantId) ?? 0) + 1)
    const headers = (sheet.getRow(SUMMARY_HEADER_ROW).values as ExcelJS.CellValue[]).map(cellText)
    const col = headers.indexOf('Présent')
    let total = 0
    sheet.eachRow((row, n) => {
      if (n > SUMMARY_HEADER_ROW && cellText(row.getCell(1).value) === 'Ensemble') total = Number(row.getCell(col).value)
    })
    expect(total).toBe([...presents.values()].reduce((a, b) => a + b, 0))
  })

  it("the compliance summary (PDF) gives each rule's status with the figures behind it", (ctx) => {
    if (!hasPdftotext) ctx.skip('pdftotext missing')
    const text = pdfText(join(folder, 'conformite-2025-2026.pdf')).replace(/\s+/g, ' ')
    expect(text).toContain('Conformité au référentiel national Clas — 2025-2026')
    expect(text).toContain('Situation au 03/07/2026')
    for (const label of ['Axe parents', 'Coordination', 'Effectif (8 à 12 enfants)']) expect(text).toContain(label)
    for (const c of doc.collectifs) expect(text).toContain(`Collectif « ${c.nom} »`)
    expect(Object.keys(REGLE_LABELS)).toHaveLength(12)
  })

  it("the « aide à la saisie » (.xlsx) lists every figure with its French label and the value to type, grouped as the bilan", async () => {
    const figures = t.call('bilan.chiffres', {})
    const sheet = (await workbook(join(folder, 'aide-a-la-saisie-2025-2026.xlsx'))).worksheets[0]
    const byKey = new Map<string, [string, string]>()
    const rubriques: string[] = []
    sheet.eachRow((row, n) => {
      if (n <= AIDE_SAISIE_HEADER_ROW) return
      // A heading is one cell merged across the row.
      if (row.getCell(1).isMerged) rubriques.push(cellText(row.getCell(1).value))
      else byKey.set(cellText(row.getCell(4).value), [cellText(row.getCell(1).value), cellText(row.getCell(2).value)])
    })
    for (const [key, value] of Object.entries(figures.values)) {
      const label = figureLabel(key)!
      expect(byKey.get(key), key).toEqual([label.libelle, formatFigure(value, label.format)])
    }
    expect(rubriques).toEqual(Object.values(FAMILY_TITLES).filter((title) => rubriques.includes(title)))
    expect(rubriques[0]).toBe('Identification')
    if (!hasPdftotext) return
    const text = pdfText(join(folder, 'aide-a-la-saisie-2025-2026.pdf'))
    expect(text).toContain('Aide à la saisie du bilan 2025-2026 (ESPADA, AFAS)')
    expect(text).toContain('Moyens humains')
  })

  it('the compte rendu financier (.xlsx and PDF) of the budget', async () => {
    const sheet = (await workbook(join(folder, 'compte-rendu-financier-2025-2026.xlsx'))).worksheets[0]
    let personnel: unknown[] = []
    sheet.eachRow((row) => {
      if (cellText(row.getCell(1).value) === 'Personnel : salaires et charges') personnel = [2, 3, 4].map((c) => row.getCell(c).value)
    })
    expect(personnel).toEqual([10_000, 9_500, -500])
    if (!hasPdftotext) return
    expect(pdfText(join(folder, 'compte-rendu-financier-2025-2026.pdf'))).toMatch(/Personnel : salaires et charges\s+10 000,00 €\s+9 500,00 €\s+-500,00 €/)
  })

  it("the year's exchange document (JSON) is the year's data, as « clas export » gives it", () => {
    const archived = JSON.parse(readFileSync(join(folder, 'document-echange-2025-2026.json'), 'utf8')) as EchangeDocument
    const { exporteLe: _a, ...expected } = doc
    const { exporteLe: _b, ...got } = archived
    expect(got).toEqual(expected)
  })

  it('the .zip holds the same files under one folder, byte for byte', async () => {
    const zip = await JSZip.loadAsync(readFileSync(done.resultat!.zip!))
    const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort()
    expect(entries).toEqual(filesUnder(folder).map((f) => `cloture-2025-2026/${f}`).sort())
    for (const name of entries) {
      const bytes = await zip.file(name)!.async('nodebuffer')
      expect(bytes.equals(readFileSync(join(folder, name.slice('cloture-2025-2026/'.length)))), name).toBe(true)
    }
    expect(done.resultat!.fichiers.map((f) => f.chemin).sort()).toEqual(filesUnder(folder).sort())
  })

  it('for a browser, the .zip is handed over as a file and no copy of the data stays in a temporary folder', async () => {
    const temporary = () => readdirSync(tmpdir()).filter((n) => n.startsWith('clas-cloture-'))
    const before = temporary()
    const job = await waitClosing(t, t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', pdf: false }).travailId)
    expect(job.resultat).toMatchObject({ dossier: null, zip: null })
    expect(temporary()).toEqual(before)
    const file = t.call('cloture.telecharger', { travailId: job.travailId })
    expect(file).toMatchObject({ nomFichier: 'cloture-2025-2026.zip', type: 'application/zip' })
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
    expect(await zip.file('cloture-2025-2026/README.txt')!.async('string')).toContain("Clôture de l'année 2025-2026")
    expect(t.call('cloture.ouvrirDossier', { travailId: job.travailId })).toEqual({ ouvert: false })
  }, 120_000)

  it('a second closing never overwrites the first: it goes beside it', async () => {
    const again = await waitClosing(t, t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', dossier: destination(), pdf: false }).travailId)
    expect(again.resultat!.dossier).toBe(join(destination(), 'cloture-2025-2026-2'))
    expect(existsSync(join(destination(), 'cloture-2025-2026-2.zip'))).toBe(true)
    expect(existsSync(join(destination(), 'cloture-2025-2026-2', 'bilan-2025-2026.pdf'))).toBe(false)
  }, 120_000)
})
