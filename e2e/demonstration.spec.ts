import { expect, test } from '@playwright/test'
import { scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

test('la démonstration, ouverte depuis le premier lancement, montre chaque écran avec de vraies données', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await page.goto(host.url)
    await page.getByRole('button', { name: /Explorer avec des données de démonstration/ }).click()

    // Accueil
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await expect(page.getByText('Vous explorez des données de démonstration.')).toBeVisible()
    const cartes = page.locator('.card.collectif')
    await expect(cartes.first()).toBeVisible()
    expect(await cartes.count()).toBeGreaterThan(1)
    await expect(cartes.first()).toContainText('Effectif')
    await screen(page, testInfo, '20-demo-accueil')

    // Collectifs
    await page.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Collectifs' })).toBeVisible()
    const collectifs = page.getByRole('table').locator('tbody tr')
    await expect(collectifs.nth(1)).toBeVisible()
    await screen(page, testInfo, '21-demo-collectifs')
    await collectifs.first().getByRole('link').first().click()
    await expect(page.getByRole('button', { name: 'Enregistrer le collectif' })).toBeVisible()
    await expect(page.getByLabel(/^Nom du collectif/)).not.toHaveValue('')
    await expect(page.getByRole('group', { name: 'Créneau 1' })).toBeVisible()
    await screen(page, testInfo, '22-demo-collectif')

    // Enfants
    await page.getByRole('link', { name: 'Enfants', exact: true }).click()
    const enfants = page.getByRole('table').locator('tbody tr')
    await expect(enfants.nth(10)).toBeVisible()
    const total = await enfants.count()
    expect(total).toBeGreaterThan(10)
    const premier = (await enfants.first().locator('th').innerText()).split(' ')[0]
    await page.getByLabel('Rechercher par nom').fill(premier)
    await expect(enfants.first()).toContainText(premier)
    await expect.poll(() => enfants.count()).toBeLessThan(total)
    await page.getByLabel('Rechercher par nom').fill('')
    await page.getByLabel('Collectif', { exact: true }).selectOption({ index: 1 })
    await expect.poll(() => enfants.count()).toBeLessThan(total)
    await screen(page, testInfo, '23-demo-enfants')
    await enfants.first().getByRole('link').click()
    await expect(page.getByRole('group', { name: 'Inscription 1' })).toBeVisible()
    await screen(page, testInfo, '24-demo-enfant')

    // Séances
    await page.getByRole('link', { name: 'Séances', exact: true }).click()
    await expect(page.getByRole('heading', { name: /^Séances — / })).toBeVisible()
    const seances = page.getByRole('table').locator('tbody tr:not(.month)')
    await expect(seances.nth(10)).toBeVisible()
    await expect(page.getByText(/séances prévues/)).toBeVisible()
    await screen(page, testInfo, '25-demo-seances', { fullPage: false })

    // Un registre rempli
    const tenue = page.getByRole('table').locator('tbody tr', { has: page.getByText('Tenue', { exact: true }) }).first()
    await tenue.getByRole('link', { name: /Registre du/ }).click()
    await expect(page.getByRole('heading', { name: 'Registre de présence' })).toBeVisible()
    const lignes = page.getByRole('list', { name: 'Enfants inscrits' }).getByRole('listitem')
    await expect(lignes.nth(3)).toBeVisible()
    await expect(page.locator('.mark.on').first()).toBeVisible()
    await expect(page.getByRole('checkbox', { checked: true }).first()).toBeVisible()
    await screen(page, testInfo, '26-demo-registre')
    await page.getByRole('link', { name: /Séance suivante/ }).click()
    await expect(page.getByRole('link', { name: /Séance précédente/ })).toBeVisible()

    // La semaine
    await page.getByRole('link', { name: 'Vue de la semaine' }).click()
    await expect(page.getByRole('heading', { name: /^Semaine du/ })).toBeVisible()
    const cases = page.getByRole('table').locator('tbody button.mark')
    await expect(cases.nth(3)).toBeVisible()
    await screen(page, testInfo, '27-demo-semaine')
    await page.getByRole('button', { name: '← Semaine précédente' }).click()
    await expect(page.getByRole('heading', { name: /^Semaine du/ })).toBeVisible()

    // Paramètres
    await page.getByRole('link', { name: 'Paramètres', exact: true }).click()
    await expect(page.getByLabel(/^Nom de l'association/)).not.toHaveValue('')
    await expect(page.getByLabel(/^Année scolaire/)).toHaveAttribute('readonly', '')
    await screen(page, testInfo, '28-demo-parametres')

    // Retour à sa propre association (pas encore configurée ici)
    await page.getByRole('button', { name: 'Revenir à mon association' }).click()
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Clas' })).toBeVisible()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
