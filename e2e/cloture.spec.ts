import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { expect, test } from '@playwright/test'
import { api } from './support/api'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

// After the year's end: the figures are those of the whole year.
const TODAY = '2026-07-10'
const BANNER = /Année 2025-2026 clôturée le 10\/07\/2026 — lecture seule/

test("clôturer l'année : ce qui manque, la préparation, le .zip téléchargé, l'année en lecture seule puis rouverte", async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const scratch = scratchDir()
  const demo = await runCli(['demo', '--db', scratch.db])
  expect(demo.code, demo.stderr).toBe(0)
  const host = await startHost(scratch.db, { today: TODAY })
  try {
    await page.goto(`${host.url}#/parametres`)
    await page.getByRole('link', { name: "Clôturer l'année…" }).click()
    await expect(page.getByRole('heading', { name: "Clôturer l'année", level: 1 })).toBeVisible()
    await expect(page.getByLabel('Formulaire de bilan')).toHaveValue('caf01-2025-2026')
    // In a browser the folder comes as a .zip: no folder to type.
    await expect(page.getByText('Le dossier sera téléchargé en un fichier .zip.')).toBeVisible()
    await page.getByLabel('Produire aussi le bilan en PDF (plus long)').uncheck()
    await screen(page, testInfo, 'cloture-01-choix')

    await page.getByRole('button', { name: 'Vérifier ce qui manque' }).click()
    await expect(page.getByRole('heading', { name: 'Avant de clôturer' })).toBeVisible()
    await expect(page.getByText('Chiffres au 03/07/2026')).toBeVisible()
    await expect(page.getByRole('heading', { name: /Questions du bilan sans réponse \(\d+\)/ })).toBeVisible()
    await screen(page, testInfo, 'cloture-02-manques')

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Continuer quand même' }).click()
    // The parts are reported as they are built.
    await expect(page.getByRole('progressbar', { name: 'Avancement de la préparation' })).toBeVisible()
    await screen(page, testInfo, 'cloture-03-preparation', { fullPage: false })
    await expect(page.getByRole('heading', { name: 'Dossier de clôture prêt' })).toBeVisible({ timeout: 120_000 })
    const file = await download
    expect(file.suggestedFilename()).toBe('cloture-2025-2026.zip')
    const zip = await JSZip.loadAsync(readFileSync(await file.path()))
    const entries = Object.keys(zip.files).filter((name) => !zip.files[name].dir)
    expect(entries).toEqual(expect.arrayContaining(['cloture-2025-2026/README.txt', 'cloture-2025-2026/bilan-2025-2026.docx', 'cloture-2025-2026/aide-a-la-saisie-2025-2026.xlsx', 'cloture-2025-2026/document-echange-2025-2026.json']))
    expect(await zip.file('cloture-2025-2026/README.txt')!.async('string')).toContain("Clôture de l'année 2025-2026")
    await expect(page.getByRole('table', { name: /Fichiers du dossier \(\d+\)/ })).toContainText('README.txt')
    await expect(page.getByRole('region', { name: 'Année clôturée' })).toContainText(BANNER)
    await screen(page, testInfo, 'cloture-04-resultat')

    // Read-only: a write is refused in French, from any screen.
    await expect(api(host.url, 'lieux.save', { nom: 'Nouveau local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })).rejects.toThrow("L'année 2025-2026 est clôturée : rouvrez-la dans Paramètres pour la modifier.")
    await page.goto(`${host.url}#/collectifs`)
    await expect(page.getByRole('region', { name: 'Année clôturée' })).toContainText(BANNER)
    // What would be refused is not offered.
    await expect(page.getByRole('heading', { name: 'Collectifs' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nouveau collectif' })).toHaveCount(0)

    // Reopening is asked first.
    await page.getByRole('button', { name: "Rouvrir l'année" }).click()
    const dialog = page.getByRole('dialog', { name: "Rouvrir l'année ?" })
    await expect(dialog).toContainText('La réouverture est notée dans le journal.')
    await screen(page, testInfo, 'cloture-05-rouvrir', { fullPage: false })
    await dialog.getByRole('button', { name: "Rouvrir l'année" }).click()
    await expect(page.getByRole('region', { name: 'Année clôturée' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Nouveau collectif' })).toBeVisible()
    await api(host.url, 'lieux.save', { nom: 'Nouveau local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const journal = await api<{ lignes: { appel: string }[] }>(host.url, 'journal.list', {})
    expect(journal.lignes.slice(0, 3).map((l) => l.appel)).toEqual(['lieux.save', 'cloture.rouvrir', 'cloture.cloturer'])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
