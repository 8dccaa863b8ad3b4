import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { documentBuilder } from '../tests/helpers/echange-document'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}`))

/** A small year: one collectif whose team is Claire and Karim, one séance whose register names Claire. */
function seedDocument(): EchangeDocument {
  const b = documentBuilder()
  const claire = b.intervenant('salarie', { id: 'claire', prenom: 'Claire', nom: 'Martin' })
  const karim = b.intervenant('benevole', { id: 'karim', prenom: 'Karim', nom: 'Haddad' })
  const collectif = b.collectif('CM1-CM2 mardi-jeudi', { id: 'cm', intervenantIds: [claire.id, karim.id] })
  const enfant = b.enfant({ dans: [collectif] })
  b.seance(collectif, '2025-11-04', { avec: [claire], presents: [enfant] })
  return b.build()
}

test("l'équipe : intervenants et formations créés, modifiés, supprimés puis rétablis, vérifiés dans l'export", async ({ page }, testInfo) => {
  // Each step is checked through `clas export`, a process of its own that takes seconds to start.
  test.setTimeout(300_000)
  const scratch = scratchDir()
  const seed = join(scratch.dir, 'seed.json')
  writeFileSync(seed, JSON.stringify(seedDocument()))
  const imported = await runCli(['import', '--db', scratch.db, '--in', seed])
  expect(imported.code, imported.stderr).toBe(0)

  /** What landed in the database, read by another process through `clas export`. */
  const exported = async (): Promise<EchangeDocument> => {
    const r = await runCli(['export', '--db', scratch.db])
    expect(r.code, r.stderr).toBe(0)
    return JSON.parse(r.stdout) as EchangeDocument
  }
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/equipe`)
    const intervenants = page.getByRole('table', { name: 'Intervenants' })
    const claireRow = intervenants.getByRole('row', { name: /Martin/ })
    await expect(claireRow).toContainText('Salarié')
    await expect(claireRow.getByRole('cell').nth(2)).toHaveText('1') // séances encadrées, from the register (the name is a row header)
    await expect(claireRow.getByRole('cell').nth(3)).toHaveText('1,5\u00a0h')
    await expect(page.getByText('Aucune formation saisie cette année.')).toBeVisible()

    // Un nouvel intervenant, bénévole, 12 h hors séances : au clavier, Entrée enregistre.
    await page.getByRole('link', { name: 'Nouvel intervenant' }).click()
    await expect(page.getByRole('heading', { name: 'Nouvel intervenant' })).toBeVisible()
    await champ(page, 'Prénom').fill('Sophie')
    await champ(page, 'Nom').fill('Lambert')
    await page.getByRole('radio', { name: 'Bénévole' }).check()
    await page.getByLabel("Heures hors séances sur l'année").fill('douze')
    await page.getByLabel("Heures hors séances sur l'année").press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toBeVisible()
    await expect(page.getByLabel("Heures hors séances sur l'année")).toHaveAttribute('aria-invalid', 'true')
    await screen(page, testInfo, 'equipe-01-intervenant-erreur')
    await page.getByLabel("Heures hors séances sur l'année").fill('12')
    await page.getByLabel("Heures hors séances sur l'année").press('Enter')
    await expect(page.getByText('✓ Intervenant enregistré')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sophie Lambert' })).toBeVisible()
    let doc = await exported()
    const sophie = doc.intervenants.find((i) => i.nom === 'Lambert')
    expect(sophie).toMatchObject({ prenom: 'Sophie', statut: 'benevole', heuresHorsSeances: 12 })

    // Modifiée : 15,5 h, virgule française.
    await page.getByLabel("Heures hors séances sur l'année").fill('15,5')
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    await page.getByRole('button', { name: "Enregistrer l'intervenant" }).click()
    await expect(page.getByText('✓ Intervenant enregistré')).toBeVisible()
    await screen(page, testInfo, 'equipe-02-intervenant')
    doc = await exported()
    expect(doc.intervenants.find((i) => i.id === sophie?.id)).toMatchObject({ heuresHorsSeances: 15.5, statut: 'benevole' })

    // Une formation de deux jours, deux participants.
    await page.getByRole('link', { name: "← Toute l'équipe" }).click()
    const sophieRow = intervenants.getByRole('row', { name: /Lambert/ })
    await expect(sophieRow.getByRole('cell').nth(4)).toContainText('15,5\u00a0h')
    await expect(sophieRow).toContainText('pas encore compté au bilan')
    await page.getByRole('link', { name: 'Nouvelle formation' }).click()
    await expect(page.getByRole('heading', { name: 'Nouvelle formation' })).toBeVisible()
    await champ(page, 'Intitulé').fill('Accompagner la scolarité')
    await champ(page, 'Organisme de formation').fill("Fédération des centres sociaux de l'Ain")
    await page.getByLabel('Date 1', { exact: true }).fill('2025-10-04')
    await page.getByRole('button', { name: 'Ajouter une date' }).click()
    await expect(page.getByLabel('Date 2', { exact: true })).toBeFocused()
    await expect(page.getByLabel('Date 2', { exact: true })).toHaveValue('2025-10-05')
    await page.getByLabel('Date 2', { exact: true }).fill('2025-10-11')
    await page.getByRole('checkbox', { name: /Sophie Lambert/ }).check()
    await page.getByRole('checkbox', { name: /Karim Haddad/ }).check()
    await screen(page, testInfo, 'equipe-03-formation-saisie')
    await page.getByLabel('Date 2', { exact: true }).press('Enter')
    await expect(page.getByText('✓ Formation enregistrée')).toBeVisible()
    doc = await exported()
    expect(doc.formations).toHaveLength(1)
    const formation = doc.formations[0]
    expect(formation).toMatchObject({
      intitule: 'Accompagner la scolarité', organisme: "Fédération des centres sociaux de l'Ain",
      dates: ['2025-10-04', '2025-10-11'], intervenantIds: [sophie?.id, 'karim'],
    })

    await page.getByRole('link', { name: "← Toute l'équipe" }).click()
    const formations = page.getByRole('table', { name: "Formations de l'année" })
    const formationRow = formations.getByRole('row', { name: /Accompagner la scolarité/ })
    await expect(formationRow).toContainText('4 octobre 2025')
    await expect(formationRow).toContainText('11 octobre 2025')
    await expect(formationRow).toContainText('Karim Haddad')
    await expect(formationRow).toContainText('Sophie Lambert')
    await screen(page, testInfo, 'equipe-04-liste')

    // Supprimer la formation, puis annuler la suppression.
    await formationRow.getByRole('button', { name: 'Supprimer la formation Accompagner la scolarité' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText('Supprimer la formation « Accompagner la scolarité » ?')
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByText('Supprimé : la formation « Accompagner la scolarité ».')).toBeVisible()
    await expect(formationRow).toHaveCount(0)
    expect((await exported()).formations).toEqual([])
    await page.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(page.getByText('Rétabli : la formation « Accompagner la scolarité ».')).toBeVisible()
    await expect(formationRow).toContainText('Sophie Lambert')
    expect((await exported()).formations).toEqual([formation])

    // Claire figure au registre d'une séance : la suppression est refusée, en français.
    await claireRow.getByRole('button', { name: 'Supprimer Claire Martin' }).click()
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(dialog.getByRole('alert')).toHaveText(
      'Claire Martin figure au registre de 1 séance (le 04/11/2025) : les registres doivent garder qui a encadré chaque séance, sa fiche ne peut donc pas être supprimée.',
    )
    await screen(page, testInfo, 'equipe-05-suppression-refusee', { fullPage: false })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    doc = await exported()
    expect(doc.intervenants.map((i) => i.id)).toContain('claire')
    expect(doc.seances[0].intervenantIds).toEqual(['claire'])

    // Karim n'a encadré aucune séance : supprimé (retiré du collectif et de la formation), puis Ctrl+Z.
    const karimRow = intervenants.getByRole('row', { name: /Haddad/ })
    await karimRow.getByRole('button', { name: 'Supprimer Karim Haddad' }).click()
    await expect(dialog).toContainText("Cette personne sera aussi retirée de l'équipe habituelle du collectif « CM1-CM2 mardi-jeudi » et de 1 formation.")
    await screen(page, testInfo, 'equipe-06-confirmer', { fullPage: false })
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByText("Supprimé : l'intervenant « Karim Haddad ».")).toBeVisible()
    await expect(karimRow).toHaveCount(0)
    await expect(formationRow).not.toContainText('Karim Haddad')
    await expect(page.getByRole('heading', { name: 'Intervenants' })).toBeFocused()
    await screen(page, testInfo, 'equipe-07-supprime')
    doc = await exported()
    expect(doc.intervenants.map((i) => i.id)).not.toContain('karim')
    expect(doc.collectifs[0].intervenantIds).toEqual(['claire'])
    expect(doc.formations[0].intervenantIds).toEqual([sophie?.id])

    await page.keyboard.press('Control+z')
    await expect(page.getByText("Rétabli : l'intervenant « Karim Haddad ».")).toBeVisible()
    await expect(karimRow).toContainText('Bénévole')
    await expect(formationRow).toContainText('Karim Haddad')
    doc = await exported()
    expect(doc.intervenants.find((i) => i.id === 'karim')).toEqual({ id: 'karim', prenom: 'Karim', nom: 'Haddad', statut: 'benevole' })
    expect(doc.collectifs[0].intervenantIds).toEqual(['claire', 'karim'])
    expect(doc.formations[0].intervenantIds).toEqual([sophie?.id, 'karim'])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
