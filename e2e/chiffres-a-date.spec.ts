import { expect, test, type Page } from '@playwright/test'
import { runCli, scratchDir, startHost, type Host } from './support/host'
import { screen } from './support/screens'
import { api } from './support/api'

test.use({ viewport: { width: 1366, height: 768 } })

/**
 * The demo association on Thursday 4 December 2025 (`CLAS_TODAY`), with two past séances whose
 * register was never filled.
 */
async function demoOn4December(): Promise<{ host: Host; dispose(): Promise<void>; vides: { id: string }[] }> {
  const scratch = scratchDir()
  const demo = await runCli(['demo', '--db', scratch.db])
  expect(demo.code, demo.stderr).toBe(0)
  const host = await startHost(scratch.db, { today: '2025-12-04' })
  const [collectif] = await api<{ id: string; nom: string }[]>(host.url, 'collectifs.list', {})
  const vides = [
    await api<{ id: string }>(host.url, 'seances.save', { collectifId: collectif.id, date: '2025-11-26', heureDebut: '10:00', dureeMinutes: 90 }),
    await api<{ id: string }>(host.url, 'seances.save', { collectifId: collectif.id, date: '2025-12-03', heureDebut: '10:00', dureeMinutes: 90 }),
  ]
  return { host, vides, dispose: async () => { await host.stop(); scratch.dispose() } }
}

const tenuesDuPremier = (page: Page) => page.locator('.card.collectif').first().locator('dl.figures div', { hasText: 'Séances tenues' }).locator('dd')

test('le tableau de bord à une date : toutes les cartes, la saisie sans recalcul à chaque chiffre, les séances sans registre', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const { host, vides, dispose } = await demoOn4December()
  try {
    await page.goto(host.url)
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    const sansRegistre = page.getByRole('region', { name: '2 séances passées sans registre' })
    await expect(sansRegistre).toBeVisible()
    await expect(sansRegistre.getByRole('link', { name: 'Remplir le registre' }).first()).toHaveAttribute('href', `#/registre/${vides[0].id}`)
    const tenuesLe4 = Number(await tenuesDuPremier(page).innerText())
    await screen(page, testInfo, 'a-date-01-tableau')

    // Typing 15/01/0020 digit by digit: no evaluation of the years 2, 20…, the page stays.
    const champ = page.getByLabel('Voir à une autre date')
    await champ.click()
    await champ.press('Home')
    for (const key of '15010020') await page.keyboard.press(key)
    await page.waitForTimeout(800)
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    await expect(page.getByRole('heading', { name: /Conformité au référentiel/ })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toHaveText(/Le 15\/01\/0020 est hors de l'année scolaire 2025-2026 \(du 01\/09\/2025 au 03\/07\/2026\)/)
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    await screen(page, testInfo, 'a-date-02-hors-annee')

    // A date of the year: taken, and every card follows.
    await champ.fill('2026-01-15')
    await expect(page.getByText('au jeudi 15 janvier 2026')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect.poll(async () => Number(await tenuesDuPremier(page).innerText())).toBeGreaterThan(tenuesLe4)
    await page.getByRole('button', { name: "Aujourd'hui" }).click()
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    await expect(tenuesDuPremier(page)).toHaveText(String(tenuesLe4))

    // Cancelling one from the list: one left.
    await sansRegistre.getByRole('button', { name: 'Annuler la séance…' }).first().click()
    await page.getByLabel("Motif de l'annulation").fill('local fermé')
    await page.getByRole('button', { name: "Confirmer l'annulation" }).click()
    await expect(page.getByRole('region', { name: '1 séance passée sans registre' })).toBeVisible()
    // Filling the other's register: the link leads to it.
    await page.getByRole('region', { name: '1 séance passée sans registre' }).getByRole('link', { name: 'Remplir le registre' }).click()
    await expect(page.getByRole('heading', { name: 'Registre de présence' })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`#/registre/${vides[1].id}$`))
  } finally {
    await dispose()
  }
})

test('le bilan à une date : le formulaire de la Caf de l’association, la date des chiffres, l’avertissement pour un autre formulaire', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const { host, dispose } = await demoOn4December()
  try {
    await page.goto(`${host.url}#/bilan`)
    // The demo association is in the Ain (01): its CAF's form of 2025-2026 opens by default.
    await expect(page).toHaveURL(/modele=caf01-2025-2026/)
    const select = page.getByLabel('Formulaire', { exact: true })
    await expect(select.locator('option:checked')).toHaveText(/Caf de l’Ain — 2025-2026, CAF 01/)
    await expect(select.locator('option', { hasText: '2021-2022, CAF 47' })).toHaveCount(1)
    await expect(select.locator('option', { hasText: '2024-2025, formulaire national' })).toHaveCount(1)
    await expect(page.getByText('Chiffres au jeudi 4 décembre 2025')).toBeVisible()
    await expect(page.getByRole('region', { name: '2 séances passées sans registre' })).toBeVisible()
    await expect(page.getByText('Ce formulaire est celui de')).toHaveCount(0)
    await screen(page, testInfo, 'a-date-03-bilan', { fullPage: false })

    // Another CAF's form of another year: allowed, and said.
    await select.selectOption('caf47-2021-2022')
    await expect(page.getByRole('status').filter({ hasText: 'Attention' })).toHaveText(
      'Attention : Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données sont de 2025-2026 (CAF 01).',
    )
    await screen(page, testInfo, 'a-date-04-autre-formulaire', { fullPage: false })

    // Another date: the figures follow, the address keeps it.
    await page.getByLabel('Chiffres au').fill('2026-03-10')
    await expect(page.getByText('Chiffres au mardi 10 mars 2026')).toBeVisible()
    await expect(page).toHaveURL(/date=2026-03-10/)
    await page.getByLabel('Chiffres au').fill('2027-03-10')
    await page.getByLabel('Chiffres au').press('Enter')
    await expect(page.getByRole('alert')).toContainText("Le 10/03/2027 est hors de l'année scolaire 2025-2026")
    await expect(page.getByText('Chiffres au mardi 10 mars 2026')).toBeVisible()
  } finally {
    await dispose()
  }
})
