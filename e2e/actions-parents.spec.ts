import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

interface Action { id: string; [field: string]: unknown }

/** A small association: two collectifs, three familles, one meeting with parents already held. */
const SEED = {
  format: 'clas-echange', version: 1,
  structure: {
    nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false,
    coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true },
  },
  anneeScolaire: { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
  lieux: [{ id: 'lieu-moulin', nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' }],
  etablissements: [],
  intervenants: [],
  collectifs: [
    { id: 'col-primaire', nom: 'Collectif primaire', niveau: 'primaire', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }], intervenantIds: [] },
    { id: 'col-college', nom: 'Collectif collège', niveau: 'college', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 90 }], intervenantIds: [] },
  ],
  familles: [{ id: 'fam-diallo', nom: 'Diallo' }, { id: 'fam-martin', nom: 'Martin' }, { id: 'fam-nguyen', nom: 'Nguyen' }],
  enfants: [],
  seances: [],
  actionsParents: [
    { id: 'action-reunion', date: '2026-10-06', objectifs: ['codes_ecole'], format: 'reunion', collectifIds: ['col-college'], nbParents: 8, intitule: 'Réunion de rentrée du collège' },
  ],
  concertations: [], formations: [], projetsBonus: [], reponses: {},
}

async function exportedActions(db: string): Promise<Action[]> {
  const exported = await runCli(['export', '--db', db])
  expect(exported.code, exported.stderr).toBe(0)
  return (JSON.parse(exported.stdout) as { actionsParents: Action[] }).actionsParents
}

/** Presses Tab until `target` has the focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('actions avec les parents : créer au clavier, modifier, filtrer, supprimer et annuler', async ({ page }, testInfo) => {
  // Five `clas export` runs, each a cold start of the CLI (several seconds on a busy machine).
  test.setTimeout(240_000)
  const scratch = scratchDir()
  const seed = join(scratch.dir, 'association.json')
  writeFileSync(seed, JSON.stringify(SEED))
  const imported = await runCli(['import', '--db', scratch.db, '--in', seed])
  expect(imported.code, imported.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // The dashboard's parents axis leads to the screen.
    await page.goto(host.url)
    const r8 = page.locator('[data-regle="R8-axe-parents"]')
    await expect(r8).toHaveAttribute('data-statut', 'alerte')
    await r8.getByRole('link', { name: /Saisir les actions avec les parents/ }).click()
    await expect(page.getByRole('heading', { name: 'Actions avec les parents', level: 1 })).toBeVisible()
    await expect(page.getByRole('row')).toHaveCount(2)
    await expect(page.getByText('Objectifs obligatoires encore sans action')).toBeVisible()

    // Create, keyboard only.
    await page.getByRole('link', { name: 'Nouvelle action' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Nouvelle action avec les parents' })).toBeVisible()
    const date = page.getByLabel(/^Date/)
    await expect(date).toBeFocused() // the lists are loaded: typing now reaches the form
    // Entrée at once: what is missing is said, next to each field and at the top.
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toContainText("Rien n'a été enregistré : 2 points sont à corriger.")
    await expect(page.getByRole('alert')).toContainText('Cochez au moins un objectif abordé')
    await expect(page.getByLabel(/^Nombre de parents présents/)).toHaveAttribute('aria-invalid', 'true')
    await screen(page, testInfo, 'actions-parents-01-erreurs')
    await date.focus()
    await page.keyboard.type('19112026')
    await tabTo(page, page.getByLabel(/^Durée/), 3) // past the date field's calendar button
    await page.keyboard.type('1:30')
    await page.keyboard.press('Tab')
    await page.keyboard.type('caf') // the select's type-ahead (accented keys reach no select)
    await expect(page.getByLabel('Format', { exact: true })).toHaveValue('cafe_parents')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Intitulé', { exact: true })).toBeFocused()
    await page.keyboard.type('Café de rentrée')
    await page.keyboard.press('Tab')
    const information = page.getByRole('checkbox', { name: "Information sur le Clas au moment de l'inscription" })
    await expect(information).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(page.getByRole('checkbox', { name: 'Temps de convivialité enfants / parents' })).toBeChecked()
    const primaire = page.getByRole('checkbox', { name: /Collectif primaire/ })
    await tabTo(page, primaire)
    await page.keyboard.press('Space')
    await tabTo(page, page.getByLabel('Rechercher une famille'))
    await page.keyboard.type('dia')
    await expect(page.getByRole('group', { name: 'Familles venues' }).getByRole('checkbox')).toHaveCount(1)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: 'Diallo' })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.getByText('1 famille cochée : Diallo')).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.getByLabel(/^Nombre de parents présents/)).toBeFocused()
    await page.keyboard.type('12')
    await page.keyboard.press('Tab')
    await page.keyboard.type('5')
    await screen(page, testInfo, 'actions-parents-02-nouvelle')
    await page.keyboard.press('Enter') // Entrée enregistre
    await expect(page.getByText('✓ Action enregistrée.')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Café de rentrée', level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/#\/actions-parents\/[^/?]+\?enregistre=1$/)

    const created = (await exportedActions(scratch.db)).find((a) => a.id !== 'action-reunion')
    expect(created).toEqual({
      id: expect.any(String), date: '2026-11-19', dureeMinutes: 90, objectifs: ['information_inscription', 'convivialite'], format: 'cafe_parents',
      collectifIds: ['col-primaire'], familleIds: ['fam-diallo'], nbParents: 12, nbEnfants: 5, intitule: 'Café de rentrée',
    })

    // Edit: two more parents, the parents' bonus, a note.
    const parents = page.getByLabel(/^Nombre de parents présents/)
    await parents.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('14')
    await page.getByRole('radio', { name: 'Bonus parents' }).focus()
    await page.keyboard.press('Space')
    await page.getByLabel('Note', { exact: true }).focus()
    await page.keyboard.type('Deux parents arrivés en retard.')
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    await page.keyboard.press('Control+Enter')
    await expect(page.getByText('✓ Action enregistrée.')).toBeVisible()
    expect((await exportedActions(scratch.db)).find((a) => a.id === created!.id)).toEqual({
      ...created, nbParents: 14, bonus: 'parents', note: 'Deux parents arrivés en retard.',
    })
    await screen(page, testInfo, 'actions-parents-03-modifiee')

    // The list, most recent first, then filtered by objective and by month (kept in the address).
    await page.getByRole('link', { name: '← Toutes les actions avec les parents' }).click()
    const rows = page.getByRole('row')
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(1)).toContainText('Café de rentrée')
    await expect(rows.nth(2)).toContainText('Réunion de rentrée du collège')
    const count = page.getByRole('search').getByRole('status')
    await expect(count).toHaveText('2 actions, 22 parents')
    await screen(page, testInfo, 'actions-parents-04-liste')

    await page.getByLabel('Objectif', { exact: true }).selectOption({ label: 'Temps de convivialité enfants / parents' })
    await expect(rows).toHaveCount(2)
    await expect(count).toHaveText('1 action, 14 parents')
    await expect(page).toHaveURL(/objectif=convivialite/)
    await page.getByLabel('Objectif', { exact: true }).selectOption('')
    await expect(page.getByLabel('Mois', { exact: true }).locator('option')).toHaveText(['Tous', 'Octobre 2026', 'Novembre 2026'])
    await page.getByLabel('Mois', { exact: true }).selectOption({ label: 'Octobre 2026' })
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(1)).toContainText('Réunion de rentrée du collège')
    await expect(count).toHaveText('1 action, 8 parents')
    await page.getByLabel('Objectif', { exact: true }).selectOption('convivialite')
    await expect(page.getByText('Aucune action ne correspond à ces filtres.')).toBeVisible()
    await expect(count).toHaveText('0 action, 0 parent')
    await expect(page).toHaveURL(/objectif=convivialite&mois=2026-10$/)
    await screen(page, testInfo, 'actions-parents-05-filtre-vide')
    await page.getByRole('button', { name: 'Retirer les filtres' }).click()
    await expect(rows).toHaveCount(3)

    // Delete, after a confirmation; then undo from the toast.
    const before = await exportedActions(scratch.db)
    await page.getByRole('link', { name: 'Café de rentrée' }).click()
    await page.getByRole('button', { name: "Supprimer l'action" }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText("Supprimer l'action « Café de rentrée » du 19 novembre 2026 ?")
    await expect(dialog.getByRole('button', { name: 'Supprimer' })).toBeFocused()
    await screen(page, testInfo, 'actions-parents-06-confirmation', { fullPage: false })
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Actions avec les parents', level: 1 })).toBeVisible()
    await expect(page.getByText("Supprimé : l'action « Café de rentrée » du jeudi 19 novembre 2026.")).toBeVisible()
    await expect(rows).toHaveCount(2)
    expect((await exportedActions(scratch.db)).map((a) => a.id)).toEqual(['action-reunion'])
    await screen(page, testInfo, 'actions-parents-07-supprimee', { fullPage: false })

    await page.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(page.getByText("Rétabli : l'action « Café de rentrée » du jeudi 19 novembre 2026.")).toBeVisible()
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(1)).toContainText('Café de rentrée')
    expect(await exportedActions(scratch.db)).toEqual(before)

    // The filters live in the address: a reload (or a link) keeps them.
    await page.goto(`${host.url}#/actions-parents?objectif=convivialite&mois=2026-11`)
    await expect(page.getByLabel('Objectif', { exact: true })).toHaveValue('convivialite')
    await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('2026-11')
    await expect(rows).toHaveCount(2)
    await expect(count).toHaveText('1 action, 14 parents')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
