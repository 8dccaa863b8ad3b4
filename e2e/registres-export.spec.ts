import { readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { E2E_TODAY, runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

interface Inscription { collectifId: string; du: string; au?: string }
interface Doc {
  anneeScolaire: { debut: string; fin: string }
  collectifs: { id: string; nom: string }[]
  intervenants: { id: string; prenom: string; nom: string }[]
  enfants: { id: string; prenom: string; nom: string; inscriptions: Inscription[] }[]
  seances: { id: string; collectifId: string; date: string; heureDebut: string; annulee: boolean; intervenantIds: string[]; presences: { enfantId: string; statut: 'present' | 'absent' | 'excuse' }[] }[]
}

const MARK = { present: 'P', absent: 'A', excuse: 'E' } as const
const enrolledOn = (inscriptions: Inscription[], collectifId: string, date: string) =>
  inscriptions.some((i) => i.collectifId === collectifId && i.du <= date && (i.au === undefined || date <= i.au))

/** Clicks a button and keeps the file it makes the browser download. */
async function download(page: Page, press: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press()])
  const path = await file.path()
  return { file, bytes: readFileSync(path) }
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

/** The month of `today` clipped to the year (today itself clipped first): the dialog's default period. */
function defaultPeriod(annee: { debut: string; fin: string }, today: string): { du: string; au: string } {
  const clip = (d: string) => (d < annee.debut ? annee.debut : d > annee.fin ? annee.fin : d)
  const day = clip(today)
  const [y, m] = day.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
  return { du: clip(`${day.slice(0, 7)}-01`), au: clip(last) }
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1)

test('registre, feuilles d’émargement et bilan de présence de l’année, téléchargés depuis les séances', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db])).code).toBe(0)
  const out = await runCli(['export', '--db', scratch.db])
  expect(out.code, out.stderr).toBe(0)
  const doc = JSON.parse(out.stdout) as Doc
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/seances`)
    const titre = page.getByRole('heading', { level: 1, name: /^Séances — / })
    await expect(titre).toBeVisible()
    await expect(page.getByRole('row').nth(5)).toBeVisible()
    const nom = ((await titre.textContent()) ?? '').replace(/^Séances — /, '').trim()
    const collectif = doc.collectifs.find((c) => c.nom === nom)
    expect(collectif, nom).toBeDefined()

    await screen(page, testInfo, 'registres-00-seances', { fullPage: false })
    await page.getByRole('button', { name: 'Exporter le registre' }).click()
    const dialog = page.getByRole('dialog', { name: `Exporter le registre — ${nom}` })
    await expect(dialog).toBeVisible()
    // The accessible name of a required field ends with its hidden star.
    const champ = (label: string) => dialog.getByLabel(new RegExp(`^${label}\\b`))
    // By default the month of today, within the school year.
    const mois = defaultPeriod(doc.anneeScolaire, E2E_TODAY)
    await expect(champ('Du')).toBeFocused()
    await expect(champ('Du')).toHaveValue(mois.du)
    await expect(champ('Au')).toHaveValue(mois.au)

    // A period the wrong way round is refused in French, next to its field.
    await champ('Du').fill('2026-02-10')
    await champ('Au').fill('2026-02-01')
    await champ('Au').press('Enter')
    await expect(dialog.getByRole('alert')).toContainText("Le fichier n'a pas pu être préparé")
    await expect(dialog.getByRole('alert')).toContainText('La fin de la période doit suivre son début')
    await expect(champ('Au')).toHaveAttribute('aria-invalid', 'true')
    await screen(page, testInfo, 'registres-01-periode-refusee', { fullPage: false })

    // January, from the keyboard: Entrée in the period makes the Excel register.
    await champ('Du').fill('2026-01-01')
    await champ('Au').fill('2026-01-31')
    const registre = await download(page, () => champ('Au').press('Enter'))
    expect(registre.file.suggestedFilename()).toMatch(/^registre-.*-2026-01-01-2026-01-31\.xlsx$/)
    await expect(dialog.getByRole('status')).toContainText(`✓ Fichier « ${registre.file.suggestedFilename()} » téléchargé.`)
    await screen(page, testInfo, 'registres-02-registre-telecharge', { fullPage: false })

    // The sheet against the database: one column a séance held in January, one row a child.
    const seances = doc.seances
      .filter((s) => s.collectifId === collectif!.id && !s.annulee && s.date >= '2026-01-01' && s.date <= '2026-01-31')
      .sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
    expect(seances.length).toBeGreaterThan(3)
    const sheet = (await workbook(registre.bytes)).getWorksheet('Registre')!
    const header = rowValues(sheet, 7)
    expect(header.slice(0, 3)).toEqual(['Nom', 'Prénom', 'Niveau'])
    expect(header.slice(3 + seances.length)).toEqual(['Présent', 'Absent', 'Excusé', 'Non saisi', 'Séances', 'Taux de présence'])
    seances.forEach((s, k) => expect(String(header[3 + k])).toContain(`${s.date.slice(8, 10)}/${s.date.slice(5, 7)}\n${s.heureDebut}-`))

    const [nomEnfant, prenom] = rowValues(sheet, 8) as string[]
    const enfant = doc.enfants.find((e) => e.nom === nomEnfant && e.prenom === prenom)!
    expect(enfant, `${prenom} ${nomEnfant}`).toBeDefined()
    const expected = seances.map((s) => {
      const p = s.presences.find((x) => x.enfantId === enfant.id)
      const mark = p ? MARK[p.statut] : ''
      return enrolledOn(enfant.inscriptions, collectif!.id, s.date) ? mark : mark ? `(${mark})` : ''
    })
    const cells = rowValues(sheet, 8).slice(3, 3 + seances.length).map((v) => v ?? '')
    expect(cells).toEqual(expected)
    const enrolled = seances.map((s) => enrolledOn(enfant.inscriptions, collectif!.id, s.date))
    const count = (m: string) => expected.filter((x, k) => enrolled[k] && x === m).length
    expect(rowValues(sheet, 8).slice(3 + seances.length, 3 + seances.length + 5)).toEqual([count('P'), count('A'), count('E'), count(''), enrolled.filter(Boolean).length])

    // The intervenants of each séance, under the grid.
    let teamRow = 0
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Intervenants') teamRow = n
    })
    expect(teamRow).toBeGreaterThan(8)
    const first = seances[0]
    const names = String(sheet.getRow(teamRow).getCell(4).value)
    for (const id of first.intervenantIds) {
      const i = doc.intervenants.find((x) => x.id === id)!
      expect(names).toContain(`${i.prenom} ${i.nom}`)
    }

    // The feuilles d'émargement, to print and sign.
    const pdf = await download(page, () => dialog.getByRole('button', { name: "Feuilles d'émargement (PDF)" }).click())
    expect(pdf.file.suggestedFilename()).toMatch(/^emargement-.*\.pdf$/)
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // The year's attendance per child.
    const bilan = await download(page, () => dialog.getByRole('button', { name: "Bilan de présence de l'année (Excel)" }).click())
    expect(bilan.file.suggestedFilename()).toMatch(/^assiduite-2025-2026-au-.*\.xlsx$/)
    const au = bilan.file.suggestedFilename().match(/au-(\d{4}-\d{2}-\d{2})\.xlsx$/)![1]
    const parEnfant = (await workbook(bilan.bytes)).getWorksheet('Par enfant')!
    expect(rowValues(parEnfant, 6)).toEqual(['Nom', 'Prénom', 'Niveau', 'Collectif(s)', "Séances tenues pendant l'inscription", 'Présent', 'Absent', 'Excusé', 'Non saisi', 'Taux de présence'])
    const [n2, p2] = rowValues(parEnfant, 7) as string[]
    const child = doc.enfants.find((e) => e.nom === n2 && e.prenom === p2)!
    const ofChild = doc.seances.filter((s) => !s.annulee && s.date <= au && enrolledOn(child.inscriptions, s.collectifId, s.date))
    const statut = (s: Doc['seances'][number]) => s.presences.find((x) => x.enfantId === child.id)?.statut
    expect(rowValues(parEnfant, 7).slice(4, 8)).toEqual([
      ofChild.length, ofChild.filter((s) => statut(s) === 'present').length, ofChild.filter((s) => statut(s) === 'absent').length, ofChild.filter((s) => statut(s) === 'excuse').length,
    ])
    await expect(dialog.getByRole('status')).toContainText(`✓ Fichier « ${bilan.file.suggestedFilename()} » téléchargé.`)

    // Échap closes the dialog, the focus back on its button.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Exporter le registre' })).toBeFocused()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
