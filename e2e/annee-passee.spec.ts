import { expect, test } from '@playwright/test'
import { Workspace } from '../src/main/workspace'
import { startNextYearBySql } from '../tests/helpers/next-year'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'
import { api } from './support/api'

test.use({ viewport: { width: 1366, height: 768 } })

test('le sélecteur d’année montre l’année passée telle qu’archivée, en lecture seule', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  const demo = await runCli(['demo', '--db', scratch.db])
  expect(demo.code, demo.stderr).toBe(0)
  // September 2026: the demo's year (2025-2026) is frozen, 2026-2027 becomes the current one (« Nouvelle année » is another step's work).
  const w = new Workspace(scratch.db, { today: () => '2026-09-15' })
  try {
    startNextYearBySql(w, { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
    // The children moved up a level in the live rows: the past year must still show them as they were.
    w.context().sqlite.prepare("UPDATE enfants SET niveau = 'autre'").run()
  } finally {
    w.close()
  }
  // 20 November 2026: the new year runs, compared with the previous one as of 20 November 2025.
  const host = await startHost(scratch.db, { today: '2026-11-20' })
  try {
    await page.goto(host.url)
    const choix = page.getByLabel('Année scolaire')
    await expect(choix).toHaveValue('2026-2027')
    await expect(page.getByText(/lecture seule/)).toHaveCount(0)

    await choix.selectOption('2025-2026')
    const bandeau = page.getByRole('region', { name: 'Année passée' })
    await expect(bandeau).toHaveText(/Vous consultez l'année 2025-2026, telle qu'elle a été archivée : lecture seule\./)
    // The home dashboard of that year: its collectifs, read from the archive.
    await expect(page.locator('.card.collectif').first()).toBeVisible()
    // No year before it in the base: nothing to compare with.
    await expect(page.getByRole('region', { name: "Par rapport à l'an dernier" })).toHaveCount(0)
    await screen(page, testInfo, 'annee-passee-01-accueil')

    await page.getByRole('link', { name: 'Enfants', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Enfants', level: 1 })).toBeVisible()
    await expect(page.getByRole('row').nth(1)).toBeVisible()
    // Levels as they were that year, not the live table's.
    await expect(page.getByText('CM1').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nouvel enfant' })).toHaveCount(0)
    await expect(bandeau).toHaveCount(1)
    await screen(page, testInfo, 'annee-passee-02-enfants')

    await page.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Nouveau collectif' })).toHaveCount(0)
    await page.getByRole('link', { name: 'Familles', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Nouvelle famille' })).toHaveCount(0)

    // Its bilan as it was: downloadable, not corrected any more.
    await page.getByRole('link', { name: 'Bilan CAF', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Télécharger le .docx' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('button', { name: /^Corriger/ })).toHaveCount(0)
    await expect(bandeau).toHaveCount(1)
    await screen(page, testInfo, 'annee-passee-04-bilan', { fullPage: false })

    // A write sent anyway for that year is refused by the host.
    const refus = await fetch(`${host.url}api/lieux.save`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'X-Clas-Annee': '2025-2026' },
      body: JSON.stringify({ nom: 'Salle', adresse: '', commune: 'Bourg', typeLocal: 'associatif' }),
    })
    expect(refus.status).toBe(409)

    // Back to the current year: editable again, empty so far.
    await bandeau.getByRole('button', { name: "Revenir à l'année 2026-2027" }).click()
    await expect(bandeau).toHaveCount(0)
    await expect(page.getByLabel('Année scolaire')).toHaveValue('2026-2027')
    await expect(page.getByRole('button', { name: /^Corriger/ }).first()).toBeVisible({ timeout: 30_000 })
    await page.getByRole('link', { name: 'Familles', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Nouvelle famille' })).toBeVisible()
    await page.getByRole('link', { name: 'Accueil', exact: true }).click()
    const comparaison = page.getByRole('region', { name: "Par rapport à l'an dernier" })
    await expect(comparaison).toContainText("2025-2026 au 20/11/2025, au même jour de l'année (archivée)")
    await expect(comparaison).toContainText('2026-2027 au 20/11/2026')
    await expect(comparaison.getByLabel(/^Séances tenues : 0 cette année, \d+ l'an dernier$/)).toBeVisible()
    const lieux = await api<unknown[]>(host.url, 'lieux.list', {})
    expect(lieux.every((l) => (l as { nom: string }).nom !== 'Salle')).toBe(true)
    await screen(page, testInfo, 'annee-passee-03-retour')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
