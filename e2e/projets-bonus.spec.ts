import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

interface Projet { id: string; [field: string]: unknown }

/** A small association: two collectifs, no bonus project yet. */
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
    { id: 'col-primaire', nom: 'CM1-CM2 mardi-jeudi', niveau: 'primaire', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }], intervenantIds: [] },
    { id: 'col-college', nom: '6e-5e mercredi', niveau: 'college', lieuId: 'lieu-moulin', etablissementIds: [], creneaux: [{ jour: 3, heureDebut: '14:00', dureeMinutes: 90 }], intervenantIds: [] },
  ],
  familles: [], enfants: [], seances: [], actionsParents: [], concertations: [], formations: [],
  projetsBonus: [
    { id: 'bonus-theatre', type: 'enfants', intitule: 'Théâtre au collège', collectifIds: ['col-college'], touteAnnee: true, depenses: [{ nature: 'sorties_culturelles', libelle: 'Spectacle', montantEuros: 180 }] },
  ],
  reponses: {},
}

async function exportedProjets(db: string): Promise<Projet[]> {
  const exported = await runCli(['export', '--db', db])
  expect(exported.code, exported.stderr).toBe(0)
  return (JSON.parse(exported.stdout) as { projetsBonus: Projet[] }).projetsBonus
}

/** Amounts are written with spaces that do not break: compare them as a reader sees them. */
const euros = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]'))

test('projets bonus : créer un projet TNE avec deux dépenses, le modifier, le supprimer et annuler', async ({ page }, testInfo) => {
  // Seven `clas export` checks, each a Node process of its own, on machines shared by several runs.
  test.setTimeout(180_000)
  const scratch = scratchDir()
  const seed = join(scratch.dir, 'association.json')
  writeFileSync(seed, JSON.stringify(SEED))
  const imported = await runCli(['import', '--db', scratch.db, '--in', seed])
  expect(imported.code, imported.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // The list, grouped by bonus; the menu leads there.
    await page.goto(host.url)
    await page.getByRole('link', { name: 'Projets bonus', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Projets bonus', level: 1 })).toBeVisible()
    const enfants = page.getByRole('region', { name: 'Bonus enfants' })
    const tne = page.getByRole('region', { name: 'Bonus TNE' })
    await expect(enfants.getByRole('row', { name: /Théâtre au collège/ })).toContainText('6e-5e mercredi')
    await expect(enfants.getByRole('row', { name: /Théâtre au collège/ })).toContainText(euros('180,00 €'))
    await expect(page.getByRole('region', { name: 'Bonus parents' })).toContainText('Aucun projet pour ce bonus cette année.')
    await expect(tne).toContainText('Aucun projet pour ce bonus cette année.')
    await screen(page, testInfo, 'projets-bonus-01-liste')

    // A TNE project from its group: the bonus is chosen, the keyboard is in the title.
    await tne.getByRole('link', { name: 'Ajouter un projet au Bonus TNE' }).click()
    await expect(page.getByRole('heading', { name: 'Nouveau projet bonus' })).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Bonus TNE' })).toBeChecked()
    await expect(page.getByLabel(/^Intitulé du projet/)).toBeFocused()
    await page.keyboard.type('Ateliers Pronote')
    await page.getByRole('checkbox', { name: 'CM1-CM2 mardi-jeudi' }).check()
    await page.getByRole('checkbox', { name: '6e-5e mercredi' }).check()
    await page.getByLabel('Le projet se déroule sur toute l’année scolaire').check()

    await page.getByRole('button', { name: '+ Ajouter une dépense' }).click()
    await expect(page.getByLabel('Nature de la dépense 1')).toBeFocused()
    await page.getByLabel('Nature de la dépense 1').selectOption({ label: 'Matériel pédagogique' })
    await page.getByLabel('Libellé de la dépense 1').fill('Tablettes')
    await page.getByLabel('Montant de la dépense 1 en euros').fill('1 250')
    await page.getByRole('button', { name: '+ Ajouter une dépense' }).click()
    await page.getByLabel('Nature de la dépense 2').selectOption({ label: 'Intervenants extérieurs' })
    await page.getByLabel('Libellé de la dépense 2').fill('Médiatrice numérique')
    // An amount that is not one is refused by name before anything is written.
    await page.getByLabel('Montant de la dépense 2 en euros').fill('312,505')
    const total = page.locator('[data-total]')
    await expect(total).toHaveText(euros('1 250,00 €'))
    await page.getByLabel('Montant de la dépense 2 en euros').press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toContainText('Dépense 2 : « 312,505 » n’est pas un montant (par exemple 12,50)')
    await expect(page.getByLabel('Montant de la dépense 2 en euros')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Montant de la dépense 2 en euros')).toHaveAccessibleDescription(/^(⚠ )?« 312,505 » n’est pas un montant \(par exemple 12,50\)$/)
    expect(await exportedProjets(scratch.db)).toHaveLength(1)
    await screen(page, testInfo, 'projets-bonus-02-montant-refuse')

    await page.getByLabel('Montant de la dépense 2 en euros').fill('312,50')
    await expect(total).toHaveText(euros('1 562,50 €'))
    await screen(page, testInfo, 'projets-bonus-03-nouveau')
    await page.getByLabel('Montant de la dépense 2 en euros').press('Enter') // Entrée enregistre
    await expect(page.getByText('✓ Projet enregistré')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ateliers Pronote', level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/#\/projets-bonus\/[^/?]+\?enregistre=1$/)
    await expect(page.getByLabel('Montant de la dépense 1 en euros')).toHaveValue('1250,00')

    const created = (await exportedProjets(scratch.db)).find((p) => p.id !== 'bonus-theatre')
    expect(created).toEqual({
      id: expect.any(String), type: 'tne', intitule: 'Ateliers Pronote', collectifIds: ['col-primaire', 'col-college'], touteAnnee: true,
      depenses: [
        { nature: 'materiel', libelle: 'Tablettes', montantEuros: 1250 },
        { nature: 'intervenants_exterieurs', libelle: 'Médiatrice numérique', montantEuros: 312.5 },
      ],
    })

    // Edit: a new title, the tablets removed, the other amount changed, not all year long any more.
    await page.getByLabel(/^Intitulé du projet/).fill('Ateliers ENT et Pronote')
    await page.getByRole('button', { name: 'Retirer la dépense 1 (Tablettes)' }).click()
    await expect(page.getByLabel('Nature de la dépense 1')).toBeFocused()
    await expect(page.getByLabel('Libellé de la dépense 1')).toHaveValue('Médiatrice numérique')
    await page.getByLabel('Montant de la dépense 1 en euros').fill('300')
    await expect(total).toHaveText(euros('300,00 €'))
    await page.getByLabel('Le projet se déroule sur toute l’année scolaire').uncheck()
    await page.getByRole('checkbox', { name: 'CM1-CM2 mardi-jeudi' }).uncheck()
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click()
    await expect(page.getByText('✓ Projet enregistré')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ateliers ENT et Pronote', level: 1 })).toBeVisible()
    const edited = {
      ...created, intitule: 'Ateliers ENT et Pronote', collectifIds: ['col-college'], touteAnnee: false,
      depenses: [{ nature: 'intervenants_exterieurs', libelle: 'Médiatrice numérique', montantEuros: 300 }],
    }
    expect((await exportedProjets(scratch.db)).find((p) => p.id === created!.id)).toEqual(edited)
    await screen(page, testInfo, 'projets-bonus-04-modifie')

    // Back to the list: the project under its bonus, with its collectif, its duration and its total.
    await page.getByRole('link', { name: '← Tous les projets bonus' }).click()
    const row = tne.getByRole('row', { name: /Ateliers ENT et Pronote/ })
    await expect(row).toContainText('6e-5e mercredi')
    await expect(row).toContainText('Une partie de l’année')
    await expect(row).toContainText(euros('300,00 €'))
    await expect(row).toContainText('1 dépense')
    await screen(page, testInfo, 'projets-bonus-05-liste')

    // Delete from the list, after a confirmation; then undo from the toast.
    const before = await exportedProjets(scratch.db)
    await row.getByRole('button', { name: 'Supprimer le projet « Ateliers ENT et Pronote »' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText('Supprimer le projet bonus « Ateliers ENT et Pronote » ?')
    await expect(dialog).toContainText(euros('Sa dépense (300,00 €) sera supprimée avec lui.'))
    await expect(dialog.getByRole('button', { name: 'Supprimer' })).toBeFocused()
    await screen(page, testInfo, 'projets-bonus-06-confirmation', { fullPage: false })
    await page.keyboard.press('Enter')
    await expect(page.getByText('Supprimé : le projet bonus « Ateliers ENT et Pronote ».')).toBeVisible()
    await expect(tne).toContainText('Aucun projet pour ce bonus cette année.')
    expect((await exportedProjets(scratch.db)).map((p) => p.id)).toEqual(['bonus-theatre'])
    await screen(page, testInfo, 'projets-bonus-07-supprime', { fullPage: false })

    await page.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(page.getByText('Rétabli : le projet bonus « Ateliers ENT et Pronote ».')).toBeVisible()
    await expect(row).toContainText(euros('300,00 €'))
    expect(await exportedProjets(scratch.db)).toEqual(before)

    // Delete from the project's page, and undo with Ctrl+Z.
    await row.getByRole('link', { name: 'Ateliers ENT et Pronote', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Ateliers ENT et Pronote', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer le projet' }).click()
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('heading', { name: 'Projets bonus', level: 1 })).toBeVisible()
    await expect(tne).toContainText('Aucun projet pour ce bonus cette année.')
    expect((await exportedProjets(scratch.db)).map((p) => p.id)).toEqual(['bonus-theatre'])
    await page.keyboard.press('Control+z')
    await expect(page.getByText('Rétabli : le projet bonus « Ateliers ENT et Pronote ».')).toBeVisible()
    await expect(row).toBeVisible()
    expect(await exportedProjets(scratch.db)).toEqual(before)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
