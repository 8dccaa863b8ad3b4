import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}`))

/** What the database holds, read by another process through `clas export`. */
async function exported(db: string): Promise<EchangeDocument> {
  const out = await runCli(['export', '--db', db])
  expect(out.code, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as EchangeDocument
}

const withoutDate = ({ exporteLe: _e, ...doc }: EchangeDocument) => doc

/** The collectif « CM1-CM2 » meets at the Local du Vieux Moulin and works with the École Jean Moulin, which Inès attends. */
async function seed(dir: string, db: string): Promise<void> {
  const b = documentBuilder()
  const lieu = b.lieu({ nom: 'Local du Vieux Moulin', adresse: '3 place du Moulin', commune: 'Bourg-en-Bresse' })
  const ecole = b.etablissement({ nom: 'École Jean Moulin', commune: 'Bourg-en-Bresse', rep: true })
  const collectif = b.collectif('CM1-CM2', { lieuId: lieu.id, etablissementIds: [ecole.id] })
  b.enfant({ prenom: 'Inès', nom: 'Diallo', etablissementId: ecole.id, dans: [collectif] })
  const file = join(dir, 'association.json')
  writeFileSync(file, JSON.stringify(b.build()))
  const r = await runCli(['import', '--db', db, '--in', file])
  expect(r.code, r.stderr).toBe(0)
}

test('lieux et établissements : créer, modifier, supprimer, annuler, et une suppression refusée', async ({ page }, testInfo) => {
  test.setTimeout(300_000) // each `clas export` starts a Node process: seconds apiece on a busy machine
  const scratch = scratchDir()
  await seed(scratch.dir, scratch.db)
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/lieux-etablissements`)
    const lieux = page.getByRole('region', { name: "Lieux d'accueil" })
    const etabs = page.getByRole('region', { name: 'Établissements scolaires' })
    await expect(lieux.getByRole('row', { name: /Local du Vieux Moulin/ })).toContainText('CM1-CM2')
    await expect(etabs.getByRole('row', { name: /École Jean Moulin/ })).toContainText('Oui')
    await screen(page, testInfo, 'lieux-01-liste')

    // Un nouveau lieu, dans une fenêtre ; Entrée enregistre
    await lieux.getByRole('button', { name: 'Nouveau lieu' }).click()
    const lieuDialog = page.getByRole('dialog', { name: "Nouveau lieu d'accueil" })
    await expect(champ(lieuDialog, 'Nom du lieu')).toBeFocused()
    await page.keyboard.type('Salle des fêtes')
    await champ(lieuDialog, 'Type de local').selectOption({ label: 'Local municipal' })
    await champ(lieuDialog, 'Adresse').fill('1 rue de la Mairie')
    await champ(lieuDialog, 'Commune').fill('Péronnas')
    await lieuDialog.getByRole('group', { name: /quartier prioritaire/ }).getByLabel('Non', { exact: true }).check()
    await screen(page, testInfo, 'lieux-02-nouveau', { fullPage: false })
    await champ(lieuDialog, 'Commune').press('Enter')
    await expect(lieuDialog).toBeHidden()
    await expect(lieux.getByText('✓ Lieu « Salle des fêtes » enregistré.')).toBeVisible()
    await expect(lieux.getByRole('row', { name: /Salle des fêtes/ })).toContainText('Local municipal')
    const salle = (await exported(scratch.db)).lieux.find((l) => l.nom === 'Salle des fêtes')
    expect(salle).toEqual({ id: expect.any(String), nom: 'Salle des fêtes', adresse: '1 rue de la Mairie', commune: 'Péronnas', typeLocal: 'municipal', quartierPrioritaire: false })

    // Le modifier
    await lieux.getByRole('button', { name: 'Modifier le lieu Salle des fêtes' }).click()
    const modifLieu = page.getByRole('dialog', { name: 'Modifier le lieu « Salle des fêtes »' })
    await expect(champ(modifLieu, 'Nom du lieu')).toHaveValue('Salle des fêtes')
    await champ(modifLieu, 'Adresse').fill('2 place de la Mairie')
    await champ(modifLieu, 'Adresse').press('Enter')
    await expect(modifLieu).toBeHidden()
    await expect(lieux.getByRole('row', { name: /Salle des fêtes/ })).toContainText('2 place de la Mairie')
    const afterEdit = await exported(scratch.db)
    expect(afterEdit.lieux.find((l) => l.id === salle!.id)).toMatchObject({ adresse: '2 place de la Mairie', commune: 'Péronnas' })

    // Le supprimer, puis annuler avec le bouton du message
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    const toast = page.locator('.toast')
    await lieux.getByRole('button', { name: 'Supprimer le lieu Salle des fêtes' }).click()
    await expect(confirmation).toContainText('Supprimer le lieu « Salle des fêtes » ?')
    await confirmation.getByRole('button', { name: 'Supprimer' }).click()
    await expect(toast).toContainText('Supprimé : le lieu « Salle des fêtes ».')
    await expect(lieux.getByRole('row', { name: /Salle des fêtes/ })).toHaveCount(0)
    await expect(lieux.getByRole('heading', { name: "Lieux d'accueil" })).toBeFocused()
    expect((await exported(scratch.db)).lieux.map((l) => l.nom)).toEqual(['Local du Vieux Moulin'])
    await toast.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(toast).toContainText('Rétabli : le lieu « Salle des fêtes ».')
    await expect(lieux.getByRole('row', { name: /Salle des fêtes/ })).toBeVisible()
    expect(withoutDate(await exported(scratch.db))).toEqual(withoutDate(afterEdit))

    // Un lieu où se réunit un collectif : la suppression est refusée, le message le dit dans la fenêtre
    await lieux.getByRole('button', { name: 'Supprimer le lieu Local du Vieux Moulin' }).click()
    await confirmation.getByRole('button', { name: 'Supprimer' }).click()
    await expect(confirmation.getByRole('alert')).toHaveText('« Local du Vieux Moulin » accueille encore le collectif « CM1-CM2 » : choisissez-leur un autre lieu avant de le supprimer.')
    await screen(page, testInfo, 'lieux-03-refus', { fullPage: false })
    await page.keyboard.press('Escape')
    await expect(confirmation).toBeHidden()
    await expect(lieux.getByRole('row', { name: /Local du Vieux Moulin/ })).toBeVisible()

    // Un établissement : créer, modifier
    await etabs.getByRole('button', { name: 'Nouvel établissement' }).click()
    const etabDialog = page.getByRole('dialog', { name: 'Nouvel établissement scolaire' })
    await expect(champ(etabDialog, "Nom de l'établissement")).toBeFocused()
    await page.keyboard.type('Collège Louis Pasteur')
    await etabDialog.getByRole('group', { name: /^Type/ }).getByLabel('Collège').check()
    await champ(etabDialog, 'Commune').fill('Bourg-en-Bresse')
    await champ(etabDialog, "E-mail de l'établissement").fill('ce.0010001a@ac-lyon.fr')
    await etabDialog.getByRole('group', { name: /REP/ }).getByLabel('Oui').check()
    await champ(etabDialog, 'Commune').press('Enter')
    await expect(etabDialog).toBeHidden()
    await expect(etabs.getByText('✓ Établissement « Collège Louis Pasteur » enregistré.')).toBeVisible()
    const college = (await exported(scratch.db)).etablissements.find((e) => e.nom === 'Collège Louis Pasteur')
    expect(college).toEqual({ id: expect.any(String), nom: 'Collège Louis Pasteur', type: 'college', commune: 'Bourg-en-Bresse', email: 'ce.0010001a@ac-lyon.fr', rep: true })

    await etabs.getByRole('button', { name: "Modifier l'établissement Collège Louis Pasteur" }).click()
    const modifEtab = page.getByRole('dialog', { name: 'Modifier « Collège Louis Pasteur »' })
    await champ(modifEtab, 'Adresse').fill('5 avenue Pasteur')
    await modifEtab.getByRole('group', { name: /REP/ }).getByLabel('Non renseigné').check()
    await champ(modifEtab, 'Adresse').press('Enter')
    await expect(modifEtab).toBeHidden()
    await expect(etabs.getByRole('row', { name: /Collège Louis Pasteur/ })).toContainText('5 avenue Pasteur')
    const beforeDelete = await exported(scratch.db)
    expect(beforeDelete.etablissements.find((e) => e.id === college!.id)).toEqual({ ...college, adresse: '5 avenue Pasteur', rep: undefined })
    await screen(page, testInfo, 'lieux-04-liste')

    // Le supprimer, puis annuler par Ctrl+Z
    await etabs.getByRole('button', { name: "Supprimer l'établissement Collège Louis Pasteur" }).click()
    await confirmation.getByRole('button', { name: 'Supprimer' }).click()
    await expect(toast).toContainText("Supprimé : l'établissement « Collège Louis Pasteur ».")
    await expect(etabs.getByRole('row', { name: /Collège Louis Pasteur/ })).toHaveCount(0)
    expect((await exported(scratch.db)).etablissements.map((e) => e.nom)).toEqual(['École Jean Moulin'])
    await page.keyboard.press('Control+z')
    await expect(toast).toContainText("Rétabli : l'établissement « Collège Louis Pasteur ».")
    await expect(etabs.getByRole('row', { name: /Collège Louis Pasteur/ })).toBeVisible()
    expect(withoutDate(await exported(scratch.db))).toEqual(withoutDate(beforeDelete))

    // L'école d'un collectif et d'un enfant ne se supprime pas
    await etabs.getByRole('button', { name: "Supprimer l'établissement École Jean Moulin" }).click()
    await confirmation.getByRole('button', { name: 'Supprimer' }).click()
    await expect(confirmation.getByRole('alert')).toHaveText("« École Jean Moulin » est encore lié au collectif « CM1-CM2 » et à l'enfant Inès Diallo : retirez-le de leurs fiches avant de le supprimer.")
    await confirmation.getByRole('button', { name: 'Retour' }).click()
    await expect(confirmation).toBeHidden()
    expect(withoutDate(await exported(scratch.db))).toEqual(withoutDate(beforeDelete))
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
