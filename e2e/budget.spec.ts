import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** An association exported before the budget existed (no `budget` field), with a bonus project's expense. */
const SEED = {
  format: 'clas-echange', version: 1,
  structure: {
    nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false,
    coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true },
  },
  anneeScolaire: { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
  lieux: [{ id: 'lieu-moulin', nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' }],
  etablissements: [], intervenants: [],
  collectifs: [{ id: 'col-college', nom: '6e-5e mercredi', niveau: 'college', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 90 }], intervenantIds: [] }],
  familles: [], enfants: [], seances: [], actionsParents: [], concertations: [], formations: [],
  projetsBonus: [{ id: 'bonus-theatre', type: 'enfants', intitule: 'Théâtre', collectifIds: ['col-college'], touteAnnee: true, depenses: [{ nature: 'sorties_culturelles', libelle: 'Spectacle', montantEuros: 180 }] }],
  reponses: {},
}

const r12 = (page: Page) => page.locator('li[data-regle="R12-financement"]')
const amount = (page: Page, ligne: string, colonne: 'prévisionnel' | 'réalisé') => page.getByRole('textbox', { name: `${ligne}, ${colonne}`, exact: true })

test("budget de l'action : saisir le prévisionnel, voir la part de la Caf en direct et la règle des 80 % au tableau de bord", async ({ page }, testInfo) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const scratch = scratchDir()
  const seed = join(scratch.dir, 'association.json')
  writeFileSync(seed, JSON.stringify(SEED))
  const imported = await runCli(['import', '--db', scratch.db, '--in', seed])
  expect(imported.code, imported.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // No budget yet: the rule asks for one.
    await page.goto(host.url)
    await expect(r12(page)).toHaveAttribute('data-statut', 'sans_objet')
    await expect(r12(page)).toContainText('À renseigner')
    await r12(page).getByRole('link', { name: /Saisir le budget de l'action/ }).click()
    await expect(page.getByRole('heading', { name: /Budget de l'action/, level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Budget', exact: true })).toHaveAttribute('aria-current', 'page')

    // The bonus project's expense is already in the réalisé of its line.
    await expect(page.getByText(/\+ 180,00\s€ des projets bonus/)).toBeVisible()

    // Typing updates the totals and the CAF share at once.
    await amount(page, 'Personnel : salaires et charges', 'prévisionnel').fill('10 000')
    await amount(page, 'Caf : prestation de service Clas', 'prévisionnel').fill('8 500,00')
    await expect(page.getByTestId('part-caf-previsionnel')).toHaveText(/85\s%/)
    await expect(page.getByTestId('regle-r12')).toHaveText(/Caf au-delà de 80\s%/)
    // Keyboard: Tab goes from the prévisionnel to the réalisé of the same line.
    await amount(page, 'Commune ou intercommunalité', 'prévisionnel').fill('1 500')
    await page.keyboard.press('Tab')
    await expect(amount(page, 'Commune ou intercommunalité', 'réalisé')).toBeFocused()

    // A bad amount is refused, naming its line, and nothing is saved.
    await amount(page, 'Achats (fournitures, matériel pédagogique)', 'prévisionnel').fill('12,505')
    await page.getByRole('button', { name: 'Enregistrer le budget' }).click()
    await expect(page.getByRole('alert').first()).toContainText('Achats (fournitures, matériel pédagogique), prévisionnel : « 12,505 » n\'est pas un montant en euros')
    await amount(page, 'Achats (fournitures, matériel pédagogique)', 'prévisionnel').fill('')
    await page.keyboard.press('Enter')
    await expect(page.getByText('✓ Budget enregistré')).toBeVisible()
    await screen(page, testInfo, 'budget-01-saisi')

    // The dashboard reads the rule on what was saved: 85 % is over the ceiling.
    await page.getByRole('link', { name: 'Accueil', exact: true }).click()
    await expect(r12(page)).toHaveAttribute('data-statut', 'non_conforme')
    await expect(r12(page)).toContainText('La Caf finance 85 % du coût')

    // Exactly 80 %: compliant.
    await page.getByRole('link', { name: 'Budget', exact: true }).click()
    await amount(page, 'Caf : prestation de service Clas', 'prévisionnel').fill('8 000')
    await amount(page, 'Commune ou intercommunalité', 'prévisionnel').fill('2 000')
    await expect(page.getByTestId('part-caf-previsionnel')).toHaveText(/80\s%/)
    await page.getByRole('button', { name: 'Enregistrer le budget' }).click()
    await expect(page.getByText('✓ Budget enregistré')).toBeVisible()
    await page.getByRole('link', { name: 'Accueil', exact: true }).click()
    await expect(r12(page)).toHaveAttribute('data-statut', 'conforme')

    // Stored in cents, carried by the exchange document.
    const exported = await runCli(['export', '--db', scratch.db])
    expect(exported.code, exported.stderr).toBe(0)
    const budget = (JSON.parse(exported.stdout) as { budget: { lignes: unknown[] } }).budget
    expect(budget.lignes).toEqual([
      { poste: 'personnel', previsionnelCentimes: 1_000_000 },
      { poste: 'caf_prestation_service', previsionnelCentimes: 800_000 },
      { poste: 'commune', previsionnelCentimes: 200_000 },
    ])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
