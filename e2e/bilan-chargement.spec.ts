import { expect, test, type Route } from '@playwright/test'
import { E2E_TODAY, runCli, scratchDir, startHost } from './support/host'

/**
 * The Bilan screen is never blank: while its forms come it says so, and with no form at all it
 * says what to do (issue 13: the screen stayed empty while it chose its form).
 */
test('le bilan dit qu’il charge ses formulaires, et quoi faire quand il n’y en a aucun', async ({ page }) => {
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db, '--today', E2E_TODAY])).code).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // The list of forms held back until the loading state has been seen.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/bilan.modeles.list', async (route: Route) => {
      await held
      await route.continue()
    })
    await page.goto(`${host.url}#/bilan`)
    await expect(page.getByRole('status').filter({ hasText: 'Chargement des formulaires…' })).toBeVisible()
    release()
    // The association's CAF's form opens by itself, with no blank screen in between.
    await expect(page).toHaveURL(/modele=caf01-2025-2026/)
    await expect(page.getByRole('heading', { name: '1. Moyens humains mobilisés', level: 2 })).toBeVisible()
    await expect(page.getByText(/Chargement/)).toHaveCount(0)

    // No form at all: a message and the way to import one.
    await page.unroute('**/api/bilan.modeles.list')
    await page.route('**/api/bilan.modeles.list', (route) => route.fulfill({ json: { result: [] } }))
    await page.reload()
    await expect(page.getByText('Aucun formulaire de bilan n’est disponible.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Importer le formulaire de votre Caf…' }).last()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
