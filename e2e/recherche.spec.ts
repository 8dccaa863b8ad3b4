import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** Several Diallo, so that the words typed, not the surname alone, decide. */
const SEED = {
  format: 'clas-echange', version: 1,
  structure: {
    nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false,
    coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true },
  },
  anneeScolaire: { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
  lieux: [{ id: 'lieu-moulin', nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' }],
  etablissements: [],
  intervenants: [{ id: 'int-mamadou', prenom: 'Mamadou', nom: 'Diallo', statut: 'benevole' }, { id: 'int-claire', prenom: 'Claire', nom: 'Martin', statut: 'salarie' }],
  collectifs: [
    { id: 'col-primaire', nom: 'CM1-CM2 mardi-jeudi', niveau: 'primaire', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }], intervenantIds: ['int-claire'] },
  ],
  familles: [{ id: 'fam-diallo', nom: 'Diallo' }, { id: 'fam-martin', nom: 'Martin' }],
  enfants: [
    { id: 'enf-ines', prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', familleId: 'fam-diallo', inscriptions: [{ collectifId: 'col-primaire', du: '2026-09-15' }] },
    { id: 'enf-yanis', prenom: 'Yanis', nom: 'Diallo', niveau: 'CM2', familleId: 'fam-diallo', inscriptions: [{ collectifId: 'col-primaire', du: '2026-09-15' }] },
    { id: 'enf-ines-m', prenom: 'Inès', nom: 'Martin', niveau: 'CE2', familleId: 'fam-martin', inscriptions: [{ collectifId: 'col-primaire', du: '2026-09-15' }] },
  ],
  seances: [], actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
}

test('recherche : Ctrl+K depuis les séances, « ines dia » trouve Inès Diallo, Entrée ouvre sa fiche', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const seed = join(scratch.dir, 'association.json')
  writeFileSync(seed, JSON.stringify(SEED))
  const imported = await runCli(['import', '--db', scratch.db, '--in', seed])
  expect(imported.code, imported.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/seances`)
    await expect(page.getByRole('heading', { name: 'Séances', level: 1 })).toBeVisible()

    const dialog = page.getByRole('dialog', { name: 'Rechercher' })
    const field = dialog.getByRole('combobox', { name: /^Un nom : enfant, famille, intervenant, collectif/ })
    const options = dialog.getByRole('option')

    await page.keyboard.press('Control+k')
    await expect(dialog).toBeVisible()
    await expect(field).toBeFocused()
    await page.keyboard.type('diallo')
    // Children first, then the family, then the team: each with what tells them apart.
    await expect(options).toHaveCount(4)
    await expect(options.nth(0)).toHaveText(/Enfant\s*Inès Diallo\s*CM1 · CM1-CM2 mardi-jeudi/)
    await expect(options.nth(1)).toHaveText(/Enfant\s*Yanis Diallo/)
    await expect(options.nth(2)).toHaveText(/Famille\s*Diallo\s*2 enfants/)
    await expect(options.nth(3)).toHaveText(/Intervenant\s*Mamadou Diallo\s*Bénévole/)
    await expect(dialog.getByRole('status')).toHaveText('4 résultats')
    // The arrows move the choice, round the list.
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowUp')
    await expect(options.nth(3)).toHaveAttribute('aria-selected', 'true')
    await expect(field).toHaveAttribute('aria-activedescendant', 'recherche-option-3')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await screen(page, testInfo, 'recherche-01-diallo', { fullPage: false })

    // Échap closes and gives the page back.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Séances', level: 1 })).toBeVisible()

    // Nothing found says so.
    await page.keyboard.press('Control+k')
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('')
    await page.keyboard.type('zorglub')
    await expect(dialog.getByRole('status')).toHaveText('Aucun nom ne correspond à « zorglub ».')
    await expect(options).toHaveCount(0)

    // First name and start of the surname, accents aside; Entrée at once opens the child's page.
    await field.fill('')
    await page.keyboard.type('ines dia')
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Inès Diallo', level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/#\/enfants\/enf-ines$/)
    await expect(page.getByLabel(/^Prénom/)).toHaveValue('Inès')
    await screen(page, testInfo, 'recherche-02-fiche')

    // « / » outside a field opens it too; the words in any order.
    await page.getByRole('heading', { name: 'Inès Diallo', level: 1 }).click()
    await page.keyboard.press('/')
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('')
    await page.keyboard.type('martin ines')
    await expect(options).toHaveCount(1)
    await expect(options.first()).toHaveText(/Inès Martin\s*CE2/)
    await screen(page, testInfo, 'recherche-03-ordre-libre', { fullPage: false })
    await options.first().click()
    await expect(page.getByRole('heading', { name: 'Inès Martin', level: 1 })).toBeVisible()

    // « / » typed in a field stays in the field.
    await page.getByLabel(/^Prénom/).click()
    await page.keyboard.press('End')
    await page.keyboard.type('/')
    await expect(dialog).toBeHidden()
    await expect(page.getByLabel(/^Prénom/)).toHaveValue('Inès/')

    // The menu's button, for the mouse.
    await page.getByLabel(/^Prénom/).fill('Inès')
    await page.getByRole('button', { name: 'Rechercher (Ctrl+K)' }).click()
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('')
    await expect(options).toHaveCount(0)
    await page.keyboard.type('mamadou')
    await expect(options).toHaveCount(1)
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    await screen(page, testInfo, 'recherche-04-bouton', { fullPage: false })
    // The child's page has a change not saved (the « / » typed above): leaving it asks first.
    let question = ''
    page.once('dialog', (d) => {
      question = d.message()
      void d.accept()
    })
    await page.keyboard.press('Enter')
    await expect.poll(() => question).toBe('Des modifications ne sont pas enregistrées. Quitter quand même ?')
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(/#\/equipe\/intervenants\/int-mamadou$/)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
