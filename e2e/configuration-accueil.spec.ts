import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addDays } from '../src/shared/calendar/dates'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

test.use({ viewport: { width: 1366, height: 768 } })

const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}`))

test('la configuration déduit la zone de vacances du département, et la laisse changer', async ({ page }, testInfo) => {
  test.setTimeout(150_000)
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await page.goto(host.url)
    await page.getByRole('link', { name: /Commencer avec mon association/ }).click()
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toContainText("nom de l'association")
    await expect(page.getByRole('alert')).not.toContainText('structure')

    const zone = champ(page, 'Zone de vacances scolaires')
    await champ(page, 'Département de la CAF').fill('59')
    await expect(zone).toHaveValue('B')
    await expect(page.getByText('Zone B, celle du département 59 : changez-la si besoin.')).toBeVisible()
    await champ(page, 'Département de la CAF').fill('75')
    await expect(zone).toHaveValue('C')
    await screen(page, testInfo, 'configuration-01-zone', { fullPage: false })
    // Chosen by hand, it stays.
    await zone.selectOption('A')
    await champ(page, 'Département de la CAF').fill('69')
    await champ(page, 'Département de la CAF').fill('59')
    await expect(zone).toHaveValue('A')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test("l'accueil : des graphiques lisibles et des semaines dites en mots", async ({ page }, testInfo) => {
  test.setTimeout(150_000)
  const scratch = scratchDir()
  const b = documentBuilder()
  const cm = b.collectif('CM1-CM2', { creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 90 }] })
  const enfants = Array.from({ length: 6 }, (_, i) => b.enfant({ prenom: `Enfant${i}`, nom: `Nom${i}`, dans: [cm] }))
  // Six weeks from 15 September: two séances a week, but one only in the third.
  for (let w = 0; w < 6; w++) {
    const mardi = addDays('2025-09-16', w * 7)
    b.seance(cm, mardi, { presents: enfants.slice(0, 5), absents: enfants.slice(5) })
    if (w !== 2) b.seance(cm, addDays(mardi, 2), { presents: enfants.slice(0, 4), absents: enfants.slice(4) })
  }
  const file = join(scratch.dir, 'association.json')
  writeFileSync(file, JSON.stringify(b.build()))
  expect((await runCli(['import', '--db', scratch.db, '--in', file])).code).toBe(0)
  const host = await startHost(scratch.db)
  try {
    await page.goto(host.url)
    await page.getByLabel('Voir à une autre date').fill('2025-10-27')
    await page.getByLabel('Voir à une autre date').dispatchEvent('change')
    await expect(page.getByText('au lundi 27 octobre 2025')).toBeVisible()
    const carte = page.locator('.card.collectif').first()
    await expect(carte).toContainText("Semaines d'activité sur les 27 demandées")
    await expect(carte.locator('dd').filter({ hasText: 'sur 27' })).toContainText(/^\s*6 sur 27/)
    await expect(carte).not.toContainText('/ 27')
    const graphique = carte.getByRole('img', { name: /^Séances tenues par semaine/ })
    await expect(graphique).toHaveAttribute('aria-label', /5 semaines sur \d+ à 2 séances ou plus/)
    await expect(carte.locator('figcaption')).toContainText('objectif : 2 par semaine')
    await expect(carte.locator('.weekly li').filter({ hasText: 'Semaine du 29/09/2025 : 1 séance' })).toHaveCount(1)
    const box = await graphique.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(80)
    await carte.scrollIntoViewIfNeeded()
    await screen(page, testInfo, 'accueil-01-graphiques', { fullPage: false })
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
