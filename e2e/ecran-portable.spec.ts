import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

test.use({ viewport: { width: 1366, height: 768 } })

async function call<T>(request: APIRequestContext, url: string, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${url}api/${name}`, { data: input })
  const body = (await res.json()) as { result: T; error?: { message: string } }
  if (!res.ok()) throw new Error(`${name} : ${body.error?.message}`)
  return body.result
}

test("sur un portable 1366×768 : le menu tient en entier, « Verrouiller » vient après lui, « Annuler » n'a qu'un sens", async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const scratch = scratchDir()
  const b = documentBuilder()
  const cm = b.collectif('CM1-CM2')
  b.seance(cm, '2025-10-07')
  b.etablissement({ nom: 'Groupe scolaire Jean-Baptiste de La Salle et Marie Curie réunis', commune: 'Bourg-en-Bresse' })
  const file = join(scratch.dir, 'association.json')
  writeFileSync(file, JSON.stringify(b.build()))
  expect((await runCli(['import', '--db', scratch.db, '--in', file])).code).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // A coordinator's account, then a session for the page (same cookies).
    await call(page.request, host.url, 'comptes.save', { nom: 'Nadia Benali', role: 'coordinateur', type: 'mot_de_passe', secret: 'Ponts-2025-coord' })
    await call(page.request, host.url, 'session.ouvrir', { nom: 'Nadia Benali', secret: 'Ponts-2025-coord' })
    await page.goto(host.url)
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()

    // Every entry of the menu is in view without scrolling, the last ones included.
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    for (const name of ['Bilan CAF', 'Paramètres']) {
      const box = await nav.getByRole('link', { name }).boundingBox()
      expect(box, name).not.toBeNull()
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(768)
    }
    const verrouiller = nav.getByRole('button', { name: /^Verrouiller/ })
    const box = await verrouiller.boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(768)
    await screen(page, testInfo, 'portable-01-accueil', { fullPage: false })

    // The Tab order: search and the menu come before « Verrouiller ».
    await page.locator('body').click({ position: { x: 700, y: 5 } })
    const stops: string[] = []
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab')
      stops.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim().split('\n')[0] ?? ''))
    }
    expect(stops).not.toContain('Verrouiller')

    // Ctrl+K finds more than people: a collectif, a school.
    await page.keyboard.press('Control+k')
    const recherche = page.getByRole('dialog', { name: 'Rechercher' })
    const champRecherche = recherche.getByRole('combobox')
    await champRecherche.fill('jean baptiste')
    await expect(recherche.getByRole('option')).toHaveCount(1)
    await expect(recherche.getByRole('option').first()).toContainText('Établissement')
    await champRecherche.fill('cm1')
    await expect(recherche.getByRole('option').first()).toContainText('Collectif')
    await screen(page, testInfo, 'portable-03-recherche', { fullPage: false })
    await champRecherche.press('Enter')
    await expect(page.getByRole('heading', { name: 'CM1-CM2', level: 1 })).toBeVisible()

    // A séance is cancelled by « Annuler la séance »; its dialog closes by « Retour ».
    await page.goto(`${host.url}#/seances/${cm.id}`)
    await page.getByRole('button', { name: 'Annuler la séance du mardi 7 octobre 2025' }).click()
    const dialog = page.getByRole('dialog', { name: 'Annuler la séance du mardi 7 octobre 2025' })
    await expect(dialog.getByRole('button', { name: 'Retour' })).toBeVisible()
    await expect(dialog.getByRole('button', { name: /^Annuler$/ })).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Retour' }).click()
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: 'Ajouter une séance' }).click()
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Retour' })).toBeVisible()
    await page.keyboard.press('Escape')

    // The undo message of a long name: its close button stays on the first line, at the end.
    await page.goto(`${host.url}#/lieux-etablissements`)
    await page.getByRole('button', { name: /^Supprimer l'établissement Groupe scolaire/ }).click()
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(confirmation.getByRole('button', { name: 'Retour' })).toBeVisible()
    await confirmation.getByRole('button', { name: 'Supprimer', exact: true }).click()
    const toast = page.locator('.toast')
    await expect(toast).toContainText('Supprimé')
    const close = await toast.getByRole('button', { name: 'Fermer le message' }).boundingBox()
    const message = await toast.locator('.toast-body > span').first().boundingBox()
    const whole = await toast.boundingBox()
    expect(close!.y).toBeLessThan(message!.y + 20)
    expect(close!.x + close!.width).toBeGreaterThan(whole!.x + whole!.width - 20)
    await screen(page, testInfo, 'portable-02-message-annulation', { fullPage: false })

    // The journal says which record, and the fields in words.
    await call(page.request, host.url, 'enfants.save', { prenom: 'Lina', nom: 'Martin', niveau: 'CM1', dateNaissance: '2015-03-02', inscriptions: [] })
    await page.goto(`${host.url}#/parametres/journal`)
    const ligne = page.getByRole('row', { name: /Enfant enregistré/ })
    await expect(ligne).toContainText('fiche de Lina Martin')
    await expect(ligne).toContainText('date de naissance, inscriptions, niveau, nom, prénom')
    await expect(ligne).not.toContainText('dateNaissance')
    await screen(page, testInfo, 'portable-04-journal', { fullPage: false })
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
