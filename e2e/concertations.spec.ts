import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Concertation, EchangeDocument } from '../src/shared/exchange/schema'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The concertations of the current year, as `clas export` reads them from the database. */
async function exported(db: string): Promise<Concertation[]> {
  const run = await runCli(['export', '--db', db])
  expect(run.code, run.stderr).toBe(0)
  return (JSON.parse(run.stdout) as EchangeDocument).concertations
}

/** A year with two schools (one collectif works with both) and a partner already met. */
function seedFile(dir: string): string {
  const b = documentBuilder()
  const jeanMoulin = b.etablissement({ id: 'etab-jm', nom: 'École Jean Moulin', commune: 'Bourg-en-Bresse' })
  const louiseMichel = b.etablissement({ id: 'etab-lm', nom: 'Collège Louise Michel', type: 'college', commune: 'Bourg-en-Bresse' })
  b.collectif('CM2-6e', { etablissementIds: [jeanMoulin.id, louiseMichel.id] })
  b.concertation({ id: 'conc-media', date: '2025-09-20', avec: 'territoire', partenaire: 'Médiathèque municipale', type: 'projet_commun', formalise: false })
  const file = join(dir, 'annee.json')
  writeFileSync(file, JSON.stringify(b.build()))
  return file
}

/** Presses Tab until `target` has the focus: Chromium's date field holds a stop of its own, its calendar button. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 5 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key)
  await expect(target).toBeFocused()
}

/** Moves a focused select down with the arrow key until `label` is chosen, one key at a time as a person would. */
async function arrowTo(page: Page, select: Locator, label: string): Promise<void> {
  const checked = select.locator('option:checked')
  for (let i = 0; i < 12 && (await checked.textContent()) !== label; i++) {
    const before = await checked.textContent()
    await page.keyboard.press('ArrowDown')
    await expect(checked).not.toHaveText(before ?? '')
  }
  await expect(checked).toHaveText(label)
}

/** Focuses a control and presses Enter on it, as a person tabbing to it would. */
async function activate(page: Page, name: string | RegExp, role: 'link' | 'button' = 'link'): Promise<void> {
  const target = page.getByRole(role, { name })
  await target.focus()
  await page.keyboard.press('Enter')
}

test('concertations : une rencontre avec une école et une avec un partenaire au clavier, modification, suppression, annulation', async ({ page }, testInfo) => {
  // Each check of the database starts the CLI (a few seconds on a busy machine): eight of them.
  test.setTimeout(240_000)
  const scratch = scratchDir()
  const imported = await runCli(['import', '--db', scratch.db, '--in', seedFile(scratch.dir)])
  expect(imported.code, imported.stderr).toBe(0)
  const host = await startHost(scratch.db)
  try {
    // From the dashboard: no meeting with a school yet, and the rule leads to where it is entered.
    await page.goto(host.url)
    const r9 = page.locator('[data-regle="R9-axe-ecole"]')
    await expect(r9).toHaveAttribute('data-statut', 'non_conforme')
    await r9.getByRole('link', { name: /Saisir les concertations/ }).click()
    await expect(page.getByRole('heading', { name: 'Concertations', level: 1 })).toBeVisible()
    const suivi = page.getByRole('list', { name: 'Rencontres par établissement' })
    await expect(suivi).toContainText("Collège Louise Michel : aucune rencontre pour l'instant")
    await expect(suivi).toContainText("École Jean Moulin : aucune rencontre pour l'instant")
    await expect(page.getByText('1 rencontre avec 1 partenaire : Médiathèque municipale.')).toBeVisible()
    await screen(page, testInfo, '70-concertations-au-depart')

    // A school meeting, keyboard only: the établissement select has the focus once loaded.
    await activate(page, 'Nouvelle rencontre avec une école')
    const etablissement = page.getByLabel(/^Établissement/)
    await expect(etablissement).toBeFocused()
    await expect(page.getByRole('radio', { name: 'Une école, un collège ou un lycée' })).toBeChecked()
    await arrowTo(page, etablissement, 'École Jean Moulin (Bourg-en-Bresse)') // after Collège Louise Michel
    await page.keyboard.press('Tab') // « Nouvel établissement… »
    await page.keyboard.press('Tab')
    await expect(page.getByLabel(/^Date/)).toBeFocused()
    await page.keyboard.type('25092025')
    await expect(page.getByLabel(/^Date/)).toHaveValue('2025-09-25')
    const type = page.getByLabel(/^Type de concertation/)
    await tabTo(page, type)
    await arrowTo(page, type, 'Réunion en amont')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Formalisée (compte rendu, convention)')).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Repérage des élèves avec les enseignants de CM2.')
    await screen(page, testInfo, '71-concertation-ecole-saisie')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '✓ Concertation enregistrée' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Concertation avec École Jean Moulin' })).toBeVisible()
    await screen(page, testInfo, '72-concertation-ecole-enregistree')
    const ecoleId = /#\/concertations\/([^/?]+)/.exec(page.url())?.[1]
    expect(ecoleId).toBeTruthy()
    expect(await exported(scratch.db)).toContainEqual({
      id: ecoleId, date: '2025-09-25', avec: 'ecole', etablissementId: 'etab-jm', type: 'reunion_amont', formalise: true,
      note: 'Repérage des élèves avec les enseignants de CM2.',
    })

    // A partner meeting: the partners already met are proposed; Entrée in a field saves.
    await activate(page, '← Toutes les concertations')
    await expect(suivi).toContainText('École Jean Moulin : 1 rencontre, dont 1 réunion en amont')
    await activate(page, 'Nouvelle rencontre avec un partenaire')
    const partenaire = page.getByLabel(/^Partenaire/)
    await expect(partenaire).toBeFocused()
    await expect(page.locator('#partenaires-connus option')).toHaveAttribute('value', 'Médiathèque municipale')
    // Entrée too early: nothing is saved, the summary says what is missing and leads to it.
    await page.keyboard.press('Enter')
    const resume = page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré : 2 points sont à corriger." })
    await expect(resume).toBeFocused()
    await expect(resume).toContainText('Indiquez le partenaire rencontré')
    await expect(resume).toContainText('Choisissez le type de concertation')
    await expect(partenaire).toHaveAttribute('aria-invalid', 'true')
    await screen(page, testInfo, '73-concertation-partenaire-erreurs')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(partenaire).toBeFocused()
    await page.keyboard.type('Centre social des Vennes')
    await page.keyboard.press('Tab')
    await page.keyboard.type('14102025')
    await tabTo(page, type)
    await arrowTo(page, type, 'Comité local')
    await screen(page, testInfo, '74-concertation-partenaire-saisie')
    await tabTo(page, partenaire, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '✓ Concertation enregistrée' })).toBeVisible()
    const partenaireId = /#\/concertations\/([^/?]+)/.exec(page.url())?.[1]
    expect(await exported(scratch.db)).toContainEqual({
      id: partenaireId, date: '2025-10-14', avec: 'territoire', partenaire: 'Centre social des Vennes', type: 'comite_local', formalise: false,
    })

    // Editing the school meeting from the list: it becomes the bilan meeting, in June.
    await activate(page, '← Toutes les concertations')
    const ecoles = page.getByRole('table', { name: 'Concertations avec les écoles' })
    await expect(ecoles.getByRole('row')).toHaveCount(2)
    await expect(page.getByText('2 rencontres avec 2 partenaires : Centre social des Vennes, Médiathèque municipale.')).toBeVisible()
    await screen(page, testInfo, '75-concertations-liste')
    await ecoles.getByRole('link', { name: '25 septembre 2025' }).click()
    await expect(page.getByRole('heading', { name: 'Concertation avec École Jean Moulin' })).toBeVisible()
    await page.getByLabel(/^Type de concertation/).selectOption({ label: 'Réunion bilan' })
    await page.getByLabel(/^Date/).fill('2026-06-16')
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    await page.getByLabel(/^Date/).press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '✓ Concertation enregistrée' })).toBeVisible()
    let rows = await exported(scratch.db)
    expect(rows.find((c) => c.id === ecoleId)).toMatchObject({ date: '2026-06-16', type: 'reunion_bilan', etablissementId: 'etab-jm', formalise: true })
    expect(rows).toHaveLength(3)

    // Deleting the partner meeting from the list, then Ctrl+Z.
    await activate(page, '← Toutes les concertations')
    await expect(suivi).toContainText('École Jean Moulin : 1 rencontre, dont 1 réunion bilan')
    const territoire = page.getByRole('table', { name: 'Concertations avec les partenaires du territoire' })
    await territoire.getByRole('button', { name: 'Supprimer la concertation du 14 octobre 2025 avec Centre social des Vennes' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText('Supprimer la concertation du 14 octobre 2025 avec Centre social des Vennes ?')
    await screen(page, testInfo, '76-concertation-confirmation', { fullPage: false })
    await expect(dialog.getByRole('button', { name: 'Supprimer' })).toBeFocused()
    await page.keyboard.press('Enter')
    const toast = page.locator('.toast')
    await expect(toast).toContainText('Supprimé : la concertation « Comité local » du mardi 14 octobre 2025 avec Centre social des Vennes.')
    await expect(territoire.getByRole('row')).toHaveCount(2)
    await screen(page, testInfo, '77-concertation-supprimee', { fullPage: false })
    rows = await exported(scratch.db)
    expect(rows.map((c) => c.id)).not.toContain(partenaireId)
    expect(rows).toHaveLength(2)
    await page.locator('body').focus()
    await page.keyboard.press('Control+z')
    await expect(toast).toContainText('Rétabli : la concertation « Comité local »')
    await expect(territoire.getByRole('row')).toHaveCount(3)
    expect(await exported(scratch.db)).toContainEqual({
      id: partenaireId, date: '2025-10-14', avec: 'territoire', partenaire: 'Centre social des Vennes', type: 'comite_local', formalise: false,
    })

    // Deleting the school meeting from its own screen, then « Annuler la suppression ».
    await ecoles.getByRole('link', { name: '16 juin 2026' }).click()
    await expect(page.getByLabel(/^Date/)).toHaveValue('2026-06-16')
    await expect(page.getByRole('button', { name: 'Supprimer…' })).toBeEnabled() // not while the concertation loads
    await activate(page, 'Supprimer…', 'button')
    await expect(dialog).toContainText('Supprimer la concertation du 16 juin 2026 avec École Jean Moulin ?')
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page).toHaveURL(/#\/concertations$/)
    await expect(page.getByText("Aucune concertation avec les écoles pour l'instant.")).toBeVisible()
    await expect(suivi).toContainText("École Jean Moulin : aucune rencontre pour l'instant")
    expect((await exported(scratch.db)).map((c) => c.id)).not.toContain(ecoleId)
    await toast.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(toast).toContainText('Rétabli : la concertation « Réunion bilan » du mardi 16 juin 2026 avec École Jean Moulin.')
    await expect(ecoles.getByRole('row')).toHaveCount(2)
    await expect(suivi).toContainText('École Jean Moulin : 1 rencontre, dont 1 réunion bilan')
    await screen(page, testInfo, '78-concertations-retablies')
    rows = await exported(scratch.db)
    expect(rows.find((c) => c.id === ecoleId)).toMatchObject({ date: '2026-06-16', type: 'reunion_bilan', etablissementId: 'etab-jm' })
    expect(rows.map((c) => c.id).sort()).toEqual([ecoleId, partenaireId, 'conc-media'].sort())
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
