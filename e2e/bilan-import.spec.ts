import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { root, runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}`))

test('la coordinatrice importe le formulaire de sa CAF, corrige une proposition et l’enregistre', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db])).code).toBe(0)
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/bilan/modeles/importer`)
    await expect(page.getByRole('heading', { name: "Importer le formulaire d'une CAF" })).toBeVisible()
    // The department and year come from the association once loaded: wait for them before typing.
    await expect(champ(page, 'Année scolaire du bilan')).toHaveValue('2025-2026')

    // Nothing chosen: the refusal sits next to the file field.
    await champ(page, 'Année scolaire du bilan').press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toBeVisible()
    await expect(champ(page, 'Formulaire de bilan')).toHaveAttribute('aria-invalid', 'true')

    await champ(page, 'Formulaire de bilan').setInputFiles(join(root, 'templates', 'caf01-2025-2026', 'form.docx'))
    await expect(page.getByText(/Fichier choisi : form\.docx/)).toBeVisible()
    await champ(page, 'Département de la CAF').fill('01')
    await champ(page, 'Titre du modèle').fill('Bilan CLAS 2025-2026 – Caf de l’Ain')
    await screen(page, testInfo, '70-import-modele-choix')
    // Entrée submits, from the last field.
    await champ(page, 'Titre du modèle').press('Enter')

    const titre = page.getByRole('heading', { name: 'Les places à remplir' })
    await expect(titre).toBeFocused({ timeout: 90_000 })
    await expect(page.getByText(/101 blancs trouvés/)).toBeVisible()
    await expect(page.getByText('Enregistré sous l\'identifiant « caf01-2025-2026-bilan-clas-ain »')).toBeVisible()
    const lignes = page.locator('table.blancs tbody tr')
    await expect(lignes).toHaveCount(101)
    await screen(page, testInfo, '71-import-modele-revue', { fullPage: false })

    // « Nombre de salariés : » is proposed the number of salaried staff; the coordinator wants the
    // total of intervenants there. By keyboard: Tab to its list, then type to choose.
    const salaries = page.locator('tr[data-blanc="texte:nombre de salaries#1"]')
    const select = salaries.getByRole('combobox')
    await expect(select).toHaveAccessibleName(/Nombre de salariés/)
    await expect(salaries).toContainText('proposé')
    await select.focus()
    await select.selectOption({ label: "Nombre total d'intervenants" })
    await expect(salaries.getByText('modifié')).toBeVisible()
    await expect(salaries).toContainText('Proposé : Nombre de salariés')
    await screen(page, testInfo, '72-import-modele-modifie', { fullPage: false })
    await page.locator('tr[data-blanc="cellule:t4:r1:c1"]').scrollIntoViewIfNeeded()
    await screen(page, testInfo, '73-import-modele-tableaux', { fullPage: false })

    // A table filled row by row can be chosen cell by cell instead, and back.
    const organisme = page.locator('tr[data-blanc="cellule:t2:r2:c0"]')
    await expect(organisme).toContainText("Ligne par ligne : Formations suivies › Nom de l'organisme")
    const parLigne = page.getByRole('checkbox', { name: /Tableau 3 : une formation par ligne/ })
    await parLigne.focus()
    await page.keyboard.press('Space')
    await expect(organisme.getByRole('combobox')).toBeVisible()
    await page.keyboard.press('Space')
    await expect(parLigne).toBeChecked()
    await expect(organisme.getByRole('combobox')).toHaveCount(0)

    // Only what deserves a look.
    const filtre = page.getByLabel('À vérifier seulement')
    await filtre.focus()
    await page.keyboard.press('Space')
    await expect(filtre).toBeChecked()
    const shown = await lignes.count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(101)
    await expect(page.getByRole('status').filter({ hasText: `${shown} sur 101 blancs affichés` })).toBeVisible()
    for (const badge of await lignes.locator('td.state').allTextContents()) expect(badge).toMatch(/à vérifier|modifié/)
    await screen(page, testInfo, '74-import-modele-a-verifier', { fullPage: false })

    const enregistrer = page.getByRole('button', { name: 'Enregistrer le modèle' })
    await enregistrer.focus()
    await page.keyboard.press('Enter')
    const ok = page.getByRole('status').filter({ hasText: '✓ Modèle « Bilan CLAS 2025-2026 – Caf de l’Ain » enregistré.' })
    await expect(ok).toBeFocused({ timeout: 30_000 })
    await expect(page.getByRole('link', { name: 'Retour au bilan' })).toHaveAttribute('href', '#/bilan')
    const importes = page.getByRole('table', { name: 'Formulaires importés' })
    await expect(importes.getByRole('row', { name: /Bilan CLAS 2025-2026 – Caf de l’Ain/ })).toBeVisible()
    await screen(page, testInfo, '75-import-modele-enregistre')

    // What landed on disk, read by the CLI and from the mapping file.
    const listed = await runCli(['templates', '--json', '--db', scratch.db])
    expect(listed.code).toBe(0)
    const modele = (JSON.parse(listed.stdout) as { id: string; departement: string; anneeScolaire: string; origine: string }[]).find((m) => m.origine === 'importe')
    expect(modele).toEqual(expect.objectContaining({ id: 'caf01-2025-2026-bilan-clas-ain', departement: '01', anneeScolaire: '2025-2026' }))
    const folder = join(scratch.dir, 'modeles', modele!.id)
    const mapping = JSON.parse(readFileSync(join(folder, 'mapping.json'), 'utf8')) as { blanks: { blank: string; valeur: unknown }[] }
    expect(mapping.blanks.find((b) => b.blank === 'texte:nombre de salaries#1')?.valeur).toEqual({ chiffre: 'intervenants.total.nombre' })
    // The other proposals were kept as they were, the training table still filled row by row.
    expect((JSON.parse(readFileSync(join(folder, 'mapping.json'), 'utf8')) as { lignes: { repete: string }[] }).lignes.map((l) => l.repete)).toContain('formations')
    expect(mapping.blanks.find((b) => b.blank === 'texte:nombre de collectifs#1')?.valeur).toEqual({ chiffre: 'collectifs.nombre' })

    // Deleting it is asked first; Échap says no.
    const supprimer = importes.getByRole('button', { name: /Supprimer le modèle Bilan CLAS/ })
    await supprimer.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Supprimer le modèle ?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Retour' })).toBeFocused()
    await screen(page, testInfo, '76-import-modele-supprimer', { fullPage: false })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    expect(existsSync(folder)).toBe(true)
    await supprimer.click()
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByText('✓ Modèle « Bilan CLAS 2025-2026 – Caf de l’Ain » supprimé.')).toBeVisible()
    await expect(page.getByText("Aucun formulaire importé pour l'instant")).toBeVisible()
    expect(existsSync(folder)).toBe(false)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
