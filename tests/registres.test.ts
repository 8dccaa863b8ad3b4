import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDemoDocument } from '../src/main/demo/build-demo'
import { runCli as run } from './helpers/run-cli'
import { createHttpApp } from '../src/main/hosts/http/server'
import { formatDateCourteFr } from '../src/shared/calendar/dates'
import type { Fichier } from '../src/shared/contract/registres'
import { sortFr } from '../src/shared/domain/french-order'
import type { EchangeDocument, Enfant } from '../src/shared/exchange/schema'
import { formatDuree } from '../src/shared/text/duration'
import { tempWorkspace, type TestWorkspace } from './helpers/workspace'

/*
 * The registers of the demonstration, read back and compared with the séances of the database.
 * The expected values are recomputed here from the exported year (not from the register code),
 * after three changes made through the API: a child enrolled in the middle of the period, one
 * mark cleared, and one enrolment ended after the fact, so that the grid has greyed days, an
 * unrecorded mark and marks outside an enrolment.
 */
const OUT = join(process.cwd(), 'test-results', 'registres')
const COLLECTIF = 'Collège 6e-5e'
const DU = '2025-12-01'
const AU = '2025-12-19'
const TODAY = '2026-01-10'

let t: TestWorkspace
let doc: EchangeDocument
let collectifId: string

beforeEach(() => {
  mkdirSync(OUT, { recursive: true })
  t = tempWorkspace(TODAY)
  t.call('echange.import', { document: buildDemoDocument() })
  collectifId = t.call('echange.export').collectifs.find((c) => c.nom === COLLECTIF)!.id
  t.call('enfants.save', { prenom: 'Zoé', nom: 'Arrivée-Tardive', niveau: '6E', inscriptions: [{ collectifId, du: '2025-12-08' }] })
  const firstHeld = t.call('echange.export').seances.filter((s) => s.collectifId === collectifId && s.date >= DU && !s.annulee).sort((a, b) => a.date.localeCompare(b.date))[0]
  t.call('registre.setPresence', { seanceId: firstHeld.id, enfantId: firstHeld.presences[0].enfantId, statut: null })
  // A child whose enrolment is ended after the fact: her later marks stay, outside her enrolment.
  const leaving = t.call('echange.export').enfants.find((e) => e.id === firstHeld.presences.at(-1)!.enfantId)!
  t.call('enfants.save', { ...leaving, inscriptions: leaving.inscriptions.map((i) => (i.collectifId === collectifId ? { ...i, au: '2025-12-05' } : i)) })
  doc = t.call('echange.export')
})
afterEach(() => t.cleanup())

const STATUT_MARK = { present: 'P', absent: 'A', excuse: 'E' } as const
const enrolledOn = (e: Enfant, date: string) => e.inscriptions.some((i) => i.collectifId === collectifId && i.du <= date && (i.au === undefined || date <= i.au))
const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v))

/** What the register should show, worked out from the exported year. */
function expected() {
  const ofPeriod = doc.seances.filter((s) => s.collectifId === collectifId && DU <= s.date && s.date <= AU).sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
  const held = ofPeriod.filter((s) => !s.annulee)
  const cancelled = ofPeriod.filter((s) => s.annulee)
  const marked = new Set(held.flatMap((s) => s.presences.map((p) => p.enfantId)))
  const children = sortFr(
    doc.enfants.filter((e) => marked.has(e.id) || e.inscriptions.some((i) => i.collectifId === collectifId && i.du <= AU && (i.au === undefined || DU <= i.au))),
    (e) => e.nom,
    (e) => e.prenom,
  )
  const name = (id: string) => doc.intervenants.find((i) => i.id === id)!
  return { held, cancelled, children, teamOf: (s: (typeof held)[number]) => sortFr(s.intervenantIds.map(name), (i) => i.nom, (i) => i.prenom).map((i) => `${i.prenom} ${i.nom}`) }
}

async function exported(input: Record<string, unknown>, name = 'registres.exporter'): Promise<Fichier> {
  return (await t.dispatch(name, input)) as Fichier
}

async function workbookOf(file: Fichier): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
  return wb
}

const tool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0

describe('registres.exporter, xlsx', () => {
  it('gives the register of the period, cell by cell as the séances of the database say', async () => {
    const { held, cancelled, children, teamOf } = expected()
    expect(held.length).toBeGreaterThan(3)
    expect(cancelled.length).toBeGreaterThan(0)
    expect(children.some((e) => e.nom === 'Arrivée-Tardive')).toBe(true)

    const file = await exported({ collectifId, du: DU, au: AU, format: 'xlsx' })
    expect(file.nomFichier).toBe('registre-college-6e-5e-2025-12-01-2025-12-19.xlsx')
    writeFileSync(join(OUT, file.nomFichier), Buffer.from(file.base64, 'base64'))
    const sheet = (await workbookOf(file)).getWorksheet('Registre')!

    const titles = [1, 2, 3, 4, 5].map((r) => text(sheet.getCell(r, 1).value)).join('\n')
    expect(titles).toContain(doc.structure.nom)
    expect(titles).toContain(COLLECTIF)
    expect(titles).toContain(doc.lieux.find((l) => l.id === doc.collectifs.find((c) => c.id === collectifId)!.lieuId)!.nom)
    expect(titles).toContain(`du ${formatDateCourteFr(DU)} au ${formatDateCourteFr(AU)}`)

    // The header row is the one that starts with « Nom ».
    let h = 1
    while (text(sheet.getCell(h, 1).value) !== 'Nom') h++
    expect([1, 2, 3].map((c) => text(sheet.getCell(h, c).value))).toEqual(['Nom', 'Prénom', 'Niveau'])
    held.forEach((s, j) => {
      const header = text(sheet.getCell(h, 4 + j).value)
      expect(header).toContain(`${s.date.slice(8, 10)}/${s.date.slice(5, 7)}`)
      expect(header).toContain(s.heureDebut)
    })
    const totalsColumn = 4 + held.length
    expect(text(sheet.getCell(h, totalsColumn).value)).toBe('Présent')
    expect(text(sheet.getCell(h, totalsColumn + 5).value)).toBe('Taux de présence')

    const perSeance = held.map(() => ({ inscrits: 0, presents: 0, absents: 0, excuses: 0, nonSaisis: 0 }))
    let greyed = 0
    let blanks = 0
    let outside = 0
    children.forEach((e, i) => {
      const r = h + 1 + i
      expect([text(sheet.getCell(r, 1).value), text(sheet.getCell(r, 2).value)]).toEqual([e.nom, e.prenom])
      const own = { P: 0, A: 0, E: 0, '': 0, seances: 0 }
      held.forEach((s, j) => {
        const statut = s.presences.find((p) => p.enfantId === e.id)?.statut
        const mark = statut ? STATUT_MARK[statut] : ''
        const cell = sheet.getCell(r, 4 + j)
        if (enrolledOn(e, s.date)) {
          expect(text(cell.value), `${e.nom} ${s.date}`).toBe(mark)
          own[mark]++
          own.seances++
          perSeance[j].inscrits++
          if (mark === 'P') perSeance[j].presents++
          else if (mark === 'A') perSeance[j].absents++
          else if (mark === 'E') perSeance[j].excuses++
          else perSeance[j].nonSaisis++
          if (mark === '') blanks++
        } else {
          expect(text(cell.value), `${e.nom} ${s.date}`).toBe(mark ? `(${mark})` : '')
          if (mark) outside++
          expect((cell.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid')
          greyed++
        }
      })
      const totals = [0, 1, 2, 3, 4].map((k) => sheet.getCell(r, totalsColumn + k).value)
      expect(totals, e.nom).toEqual([own.P, own.A, own.E, own[''], own.seances])
      const rate = sheet.getCell(r, totalsColumn + 5)
      expect(rate.value).toBeCloseTo(own.P / own.seances, 10)
      expect(rate.numFmt).toBe('0%')
    })
    expect(greyed).toBeGreaterThan(0) // the late arrival
    expect(blanks).toBeGreaterThan(0) // the cleared mark
    expect(outside).toBeGreaterThan(0) // the enrolment ended after the fact

    // Under the children: the whole collectif, then one figure per séance, then the intervenants.
    const below = h + 1 + children.length
    expect(text(sheet.getCell(below, 1).value)).toBe('Ensemble du collectif')
    const rowOf = (label: string) => {
      for (let r = below; r < below + 12; r++) if (text(sheet.getCell(r, 1).value) === label) return r
      throw new Error(`no row ${label}`)
    }
    held.forEach((s, j) => {
      const c = 4 + j
      expect(sheet.getCell(rowOf('Inscrits ce jour'), c).value).toBe(perSeance[j].inscrits)
      expect(sheet.getCell(rowOf('Présents'), c).value).toBe(perSeance[j].presents)
      expect(sheet.getCell(rowOf('Absents'), c).value).toBe(perSeance[j].absents)
      expect(sheet.getCell(rowOf('Excusés'), c).value).toBe(perSeance[j].excuses)
      expect(sheet.getCell(rowOf('Non saisis'), c).value).toBe(perSeance[j].nonSaisis)
      expect(sheet.getCell(rowOf('Taux de présence'), c).value).toBeCloseTo(perSeance[j].presents / perSeance[j].inscrits, 10)
      expect(text(sheet.getCell(rowOf('Intervenants'), c).value).split('\n')).toEqual(teamOf(s))
    })

    // The cancelled séances, listed after the grid with their motif.
    let r = rowOf('Intervenants')
    while (text(sheet.getCell(r, 1).value) !== 'Séances annulées') r++
    cancelled.forEach((s, k) => {
      expect(text(sheet.getCell(r + 1 + k, 1).value)).toBe(formatDateCourteFr(s.date))
      expect(text(sheet.getCell(r + 1 + k, 3).value)).toBe(s.motifAnnulation)
    })

    // Made to be printed: frozen names and header, landscape, as wide as the page.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: h })
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, paperSize: 9 })
    expect(sheet.getColumn(1).width).toBeGreaterThan(10)
  })

  it('prints as expected: register and summary through LibreOffice → PDF → PNG in test-results/registres/', async (ctx) => {
    if (!tool('soffice') || !tool('pdftoppm')) ctx.skip('soffice or pdftoppm missing: the printed look of the sheet was not checked')
    const xlsx = join(OUT, 'registre-imprime.xlsx')
    writeFileSync(xlsx, Buffer.from((await exported({ collectifId, du: DU, au: AU, format: 'xlsx' })).base64, 'base64'))
    const summary = join(OUT, 'assiduite-imprimee.xlsx')
    writeFileSync(summary, Buffer.from((await exported({}, 'registres.bilanAnnuel')).base64, 'base64'))
    const profile = `file://${join(t.dir, 'lo-profile')}`
    const lo = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, xlsx, summary], { encoding: 'utf8', timeout: 120_000 })
    expect(lo.status, lo.stderr).toBe(0)
    for (const name of ['registre-imprime', 'assiduite-imprimee']) {
      const pdf = join(OUT, `${name}.pdf`)
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
      expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(OUT, name)]).status).toBe(0)
    }
    // Fit to width, landscape: the whole grid of three weeks on one page.
    expect(spawnSync('pdfinfo', [join(OUT, 'registre-imprime.pdf')], { encoding: 'utf8' }).stdout).toMatch(/Pages:\s+1\b/)
  }, 150_000)
})

describe("registres.exporter, pdf (feuilles d'émargement)", () => {
  it('gives one landscape page a held séance, naming its children and intervenants, then the cancelled ones', async (ctx) => {
    // A 45-minute séance reads « 45 min » on paper as on screen (it once read « 0 h 45 »).
    const short = expected().held[1]
    const other = new Database(t.path)
    other.prepare('UPDATE seances SET duree_minutes = 45 WHERE id = ?').run(short.id)
    other.close()
    doc = t.call('echange.export')
    const { held, cancelled, children, teamOf } = expected()
    expect(held[1].dureeMinutes).toBe(45)
    const file = await exported({ collectifId, du: DU, au: AU, format: 'pdf' })
    expect(file.type).toBe('application/pdf')
    expect(file.nomFichier).toBe('emargement-college-6e-5e-2025-12-01-2025-12-19.pdf')
    const path = join(OUT, file.nomFichier)
    const bytes = Buffer.from(file.base64, 'base64')
    writeFileSync(path, bytes)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

    if (!tool('pdftotext') || !tool('pdfinfo')) ctx.skip('pdftotext/pdfinfo (poppler-utils) missing: the pages of the PDF were not read back')
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout
    expect(info).toMatch(new RegExp(`Pages:\\s+${held.length + (cancelled.length ? 1 : 0)}\\b`))
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/) // A4 landscape
    held.forEach((s, k) => {
      const page = spawnSync('pdftotext', ['-layout', '-f', String(k + 1), '-l', String(k + 1), path, '-'], { encoding: 'utf8' }).stdout
      expect(page).toContain(formatDateCourteFr(s.date))
      expect(page).toContain(s.heureDebut)
      expect(page).toContain(`(${formatDuree(s.dureeMinutes)})`)
      expect(page).toContain(COLLECTIF)
      expect(page).toContain(`Page ${k + 1} / ${held.length + (cancelled.length ? 1 : 0)}`)
      for (const e of children) {
        const listed = enrolledOn(e, s.date) || s.presences.some((p) => p.enfantId === e.id)
        expect(page.includes(e.nom), `${e.nom} on ${s.date}`).toBe(listed)
      }
      for (const person of teamOf(s)) expect(page).toContain(person)
      expect(page).toContain('Signature')
    })
    const last = spawnSync('pdftotext', ['-layout', '-f', String(held.length + 1), path, '-'], { encoding: 'utf8' }).stdout
    expect(last).toContain('Séances annulées')
    for (const s of cancelled) expect(last.replace(/\s+/g, ' ')).toContain(s.motifAnnulation!.slice(0, 30))

    if (tool('pdftoppm')) expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(OUT, 'emargement')]).status).toBe(0)
  })
})

describe('registres.bilanAnnuel', () => {
  it("gives each child's year: collectifs, séances held while enrolled up to today, marks and rate", async () => {
    const file = await exported({}, 'registres.bilanAnnuel')
    expect(file.nomFichier).toBe(`assiduite-2025-2026-au-${TODAY}.xlsx`)
    writeFileSync(join(OUT, file.nomFichier), Buffer.from(file.base64, 'base64'))
    const sheet = (await workbookOf(file)).getWorksheet('Par enfant')!
    let h = 1
    while (text(sheet.getCell(h, 1).value) !== 'Nom') h++

    const held = doc.seances.filter((s) => !s.annulee && s.date <= TODAY)
    const enrolled = sortFr(doc.enfants.filter((e) => e.inscriptions.length > 0), (e) => e.nom, (e) => e.prenom)
    expect(enrolled.length).toBeGreaterThan(30)
    enrolled.forEach((e, i) => {
      const r = h + 1 + i
      const ofChild = held.filter((s) => e.inscriptions.some((ins) => ins.collectifId === s.collectifId && ins.du <= s.date && (ins.au === undefined || s.date <= ins.au)))
      const marks = ofChild.map((s) => s.presences.find((p) => p.enfantId === e.id)?.statut)
      const n = (statut: string | undefined) => marks.filter((m) => m === statut).length
      const collectifs = sortFr(doc.collectifs.filter((c) => e.inscriptions.some((ins) => ins.collectifId === c.id)), (c) => c.nom).map((c) => c.nom)
      expect([1, 2, 4].map((c) => text(sheet.getCell(r, c).value))).toEqual([e.nom, e.prenom, collectifs.join(', ')])
      expect([5, 6, 7, 8, 9].map((c) => sheet.getCell(r, c).value), e.nom).toEqual([ofChild.length, n('present'), n('absent'), n('excuse'), n(undefined)])
      if (ofChild.length) expect(sheet.getCell(r, 10).value).toBeCloseTo(n('present') / ofChild.length, 10)
      else expect(sheet.getCell(r, 10).value).toBeNull()
    })
    expect(text(sheet.getCell(h + 1 + enrolled.length, 1).value)).toBe('Ensemble')
  })
})

describe('through the HTTP host', () => {
  it('waits for the file and sends it whole; a refusal is a 400 naming the field', async () => {
    const app = createHttpApp({ dispatch: t.dispatch, allowedHosts: ['127.0.0.1'] })
    const post = (body: unknown) =>
      app.request('http://127.0.0.1/api/registres.exporter', { method: 'POST', headers: { 'content-type': 'application/json', host: '127.0.0.1:4780' }, body: JSON.stringify(body) })
    const ok = await post({ collectifId, du: DU, au: AU, format: 'pdf' })
    expect(ok.status).toBe(200)
    const { result } = (await ok.json()) as { result: Fichier }
    expect(Buffer.from(result.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const refused = await post({ collectifId: 'nulle-part', du: DU, au: AU, format: 'pdf' })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ error: { field: 'collectifId' } })
  })
})


describe('clas register', () => {
  it('finds the collectif whatever its case and accents, reads French dates, and lets the extension choose', async () => {
    const xlsx = join(t.dir, 'nov.xlsx')
    const ok = await run('register', '--db', t.path, '--collectif', 'college 6E-5E', '--from', '01/12/2025', '--to', '2025-12-19', '--out', xlsx)
    expect(ok, ok.err).toMatchObject({ code: 0 })
    expect(ok.err).toContain(`Registre de présence de « ${COLLECTIF} »`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(xlsx)
    expect(text(wb.getWorksheet('Registre')!.getCell(1, 1).value)).toContain(COLLECTIF)

    const pdf = join(t.dir, 'nov.pdf')
    expect((await run('register', '--db', t.path, '--collectif', COLLECTIF, '--from', DU, '--to', AU, '--out', pdf)).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')

    const summary = join(t.dir, 'annee.xlsx')
    const s = await run('register', 'summary', '--db', t.path, '--out', summary, '--date', '31/03/2026')
    expect(s, s.err).toMatchObject({ code: 0 })
    await wb.xlsx.readFile(summary)
    expect(text(wb.getWorksheet('Par enfant')!.getCell(3, 1).value)).toContain('31/03/2026')
  })

  it('refuses, in French, an unknown collectif (listing the known ones), a wrong date, a period backwards, an unknown extension', async () => {
    const out = join(t.dir, 'x.xlsx')
    const unknown = await run('register', '--db', t.path, '--collectif', 'CM2 samedi', '--from', DU, '--to', AU, '--out', out)
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('Aucun collectif ne s\'appelle « CM2 samedi »')
    for (const c of doc.collectifs) expect(unknown.err).toContain(c.nom)

    const badDate = await run('register', '--db', t.path, '--collectif', COLLECTIF, '--from', '31/02/2026', '--to', AU, '--out', out)
    expect(badDate).toMatchObject({ code: 1 })
    expect(badDate.err).toContain("--from : « 31/02/2026 » n'est pas une date")

    const backwards = await run('register', '--db', t.path, '--collectif', COLLECTIF, '--from', AU, '--to', DU, '--out', out)
    expect(backwards.code).toBe(1)
    expect(backwards.err).toContain('au : la fin de la période doit suivre son début')

    const docx = await run('register', '--db', t.path, '--collectif', COLLECTIF, '--from', DU, '--to', AU, '--out', join(t.dir, 'x.docx'))
    expect(docx.code).toBe(1)
    expect(docx.err).toContain('--out : le fichier doit finir par .xlsx ou .pdf')
    expect(existsSync(out)).toBe(false)
  })
})
