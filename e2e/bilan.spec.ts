import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { findSoffice } from '../src/main/bilan/pdf/libreoffice'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The text of a .docx as a reader sees it, one line a paragraph. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = await zip.file('word/document.xml')!.async('string')
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

const blank = (page: Page, heading: string): Locator => page.locator('article', { has: page.getByRole('heading', { name: heading, exact: true }) })

async function progress(page: Page): Promise<[number, number]> {
  const text = await page.locator('.progress-label').innerText()
  const m = /(\d+) \/ (\d+)/.exec(text)
  if (!m) throw new Error(`progression illisible : ${text}`)
  return [Number(m[1]), Number(m[2])]
}

/** Corrects a figure with the keyboard alone: the button, the value, Entrée. */
async function correct(page: Page, heading: string, value: string): Promise<void> {
  await page.getByRole('button', { name: `Corriger « ${heading} »` }).focus()
  await page.keyboard.press('Enter')
  const field = page.getByLabel(/^Valeur corrigée/)
  await expect(field).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(value)
  await page.keyboard.press('Enter')
  await expect(field).toBeHidden()
}

test('le bilan de la Caf de l’Ain : chiffres, corrections, réponses, manquants, aperçu et téléchargements', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  const demo = await runCli(['demo', '--db', scratch.db])
  expect(demo.code, demo.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/bilan`)
    await expect(page.getByRole('heading', { name: 'Bilan CAF', level: 1 })).toBeVisible()
    const select = page.getByLabel('Formulaire', { exact: true })
    await expect(select.locator('option')).toHaveCount(4)
    await select.selectOption('caf01-2025-2026')
    await expect(page).toHaveURL(/modele=caf01-2025-2026/)
    await expect(page.getByRole('heading', { name: '1. Moyens humains mobilisés', level: 2 })).toBeVisible()

    // A figure, with what will be written and where it comes from.
    const salaries = blank(page, 'Nombre de salariés :')
    await expect(salaries.locator('.valeur')).toHaveText('Sera écrit : 3')
    await expect(salaries).toContainText(/calculé depuis \d+ séances tenues/)
    await expect(salaries).toHaveAttribute('data-statut', 'rempli')
    const [filled, total] = await progress(page)
    expect(filled).toBeLessThan(total)
    await screen(page, testInfo, 'bilan-01-formulaire')

    // Corrected by hand, then put back.
    await correct(page, 'Nombre de salariés :', '37')
    await expect(salaries.locator('.valeur')).toHaveText('Sera écrit : 37')
    await expect(salaries).toHaveAttribute('data-statut', 'corrige')
    await expect(salaries).toContainText('corrigé à la main (calculé : 3)')
    await screen(page, testInfo, 'bilan-02-correction')
    await salaries.getByRole('button', { name: /^Rétablir le calcul/ }).focus()
    await page.keyboard.press('Enter')
    await expect(salaries.locator('.valeur')).toHaveText('Sera écrit : 3')
    await expect(salaries).toHaveAttribute('data-statut', 'rempli')
    // A correction that stays, for the document.
    await correct(page, 'Nombre de bénévoles (volontaires inclus) :', '9')
    await expect(blank(page, 'Nombre de bénévoles (volontaires inclus) :').locator('.valeur')).toHaveText('Sera écrit : 9')

    // A question answered, saved as typed, still there after a reload.
    const question = 'Avez-vous des remarques, des suggestions à faire dans la conduite du dispositif par la Caf ?'
    const reponse = 'Un temps d’échange entre coordinateurs du département serait bienvenu en janvier.'
    const textarea = page.getByLabel(question)
    await expect(textarea).toHaveValue('')
    await textarea.focus()
    await page.keyboard.type(reponse)
    const status = page.locator('article', { has: textarea }).getByRole('status')
    await expect(status).toContainText('Enregistré')
    await expect.poll(() => progress(page)).toEqual([filled + 1, total])
    await page.reload()
    await expect(page.getByLabel(question)).toHaveValue(reponse)
    await expect(page.locator('article', { has: page.getByLabel(question) })).toHaveAttribute('data-statut', 'rempli')

    // The other forms' wording of a question asked by several forms.
    const conclusion = page.locator('article', { has: page.getByLabel(/^Globalement, quelle conclusion/) })
    await conclusion.getByText(/^Formulations des autres formulaires/).click()
    await expect(conclusion).toContainText('Bilan des projets Clas 2024-2025')

    // Only what is missing.
    const missing = total - filled - 1
    await page.getByLabel('Manquants seulement').check()
    await expect(blank(page, 'Nombre de salariés :')).toHaveCount(0)
    await expect(page.getByLabel(question)).toHaveCount(0)
    await expect(page.locator('article[data-statut]')).toHaveCount(missing)
    await expect(page.locator('article[data-statut]:not([data-statut="manquant"])')).toHaveCount(0)
    await expect(page.getByText(`À compléter : ${missing} cases resteront vides`)).toBeVisible()
    await screen(page, testInfo, 'bilan-03-manquants')
    await page.getByLabel('Manquants seulement').uncheck()

    // The preview, closed with Échap.
    await page.getByRole('button', { name: 'Aperçu' }).click()
    const dialog = page.getByRole('dialog', { name: /^Aperçu/ })
    await expect(dialog).toBeVisible()
    await expect(page.frameLocator('iframe[title="Aperçu du bilan rempli"]').getByText(reponse)).toBeVisible()
    await screen(page, testInfo, 'bilan-04-apercu', { fullPage: false })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // The .docx holds the answer and the corrected figure.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le .docx' }).click()])
    expect(docx.suggestedFilename()).toBe('Bilan CLAS 2025-2026 - Association Les Ponts.docx')
    const docxPath = join(scratch.dir, 'bilan.docx')
    await docx.saveAs(docxPath)
    const text = await docxText(docxPath)
    expect(text).toContain(reponse)
    expect(text).toMatch(/Nombre de bénévoles \(volontaires inclus\)\s: 9\b/)
    expect(text).toMatch(/Nombre de salariés\s: 3\b/)
    await expect(page.getByRole('status').filter({ hasText: 'téléchargé' })).toBeVisible()

    // The PDF, through LibreOffice: busy while it is made; said in French where it is missing.
    const pdfButton = page.getByRole('button', { name: 'Télécharger le PDF' })
    if (findSoffice()) {
      const pdfDownload = page.waitForEvent('download', { timeout: 180_000 })
      await pdfButton.click()
      await expect(page.getByRole('button', { name: 'Préparation du PDF…' })).toBeDisabled()
      const pdf = await pdfDownload
      expect(pdf.suggestedFilename()).toBe('Bilan CLAS 2025-2026 - Association Les Ponts.pdf')
      const pdfPath = join(scratch.dir, 'bilan.pdf')
      await pdf.saveAs(pdfPath)
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
    } else {
      await pdfButton.click()
      await expect(page.getByRole('alert')).toContainText("LibreOffice n'est pas installé")
    }
    await screen(page, testInfo, 'bilan-05-telecharge')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
