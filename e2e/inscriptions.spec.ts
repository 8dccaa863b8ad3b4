import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

async function exported(db: string): Promise<EchangeDocument> {
  const out = await runCli(['export', '--db', db])
  expect(out.code, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as EchangeDocument
}

async function load(dir: string, db: string, doc: EchangeDocument): Promise<void> {
  const file = join(dir, 'association.json')
  writeFileSync(file, JSON.stringify(doc))
  const r = await runCli(['import', '--db', db, '--in', file])
  expect(r.code, r.stderr).toBe(0)
}

test.use({ viewport: { width: 1366, height: 768 } })

const champ = (scope: Page | ReturnType<Page['locator']>, label: string) => scope.getByLabel(new RegExp(`^${label}`))

test('inscrire plusieurs enfants à la fois, depuis la liste et depuis le collectif, à partir de la première séance', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  const b = documentBuilder()
  const cm = b.collectif('CM1-CM2')
  const mercredi = b.collectif('Mercredi après-midi')
  b.seance(cm, '2025-09-16')
  b.seance(mercredi, '2025-10-01')
  b.enfant({ prenom: 'Léo', nom: 'Martin', dans: [cm] })
  b.enfant({ prenom: 'Awa', nom: 'Diallo' })
  b.enfant({ prenom: 'Zoé', nom: 'Petit' })
  b.enfant({ prenom: 'Lina', nom: 'Garcia' })
  await load(scratch.dir, scratch.db, b.build())
  const host = await startHost(scratch.db)
  try {
    // From the children list: three ticked, one of them already in the collectif.
    await page.goto(`${host.url}#/enfants`)
    for (const nom of ['Léo Martin', 'Awa Diallo', 'Zoé Petit']) await page.getByLabel(`Sélectionner ${nom}`).check()
    await expect(page.getByRole('region', { name: 'Enfants sélectionnés' })).toContainText('3 enfants sélectionnés')
    await screen(page, testInfo, 'inscriptions-01-selection')
    await page.getByRole('button', { name: 'Inscrire la sélection dans un collectif' }).click()
    const dialog = page.getByRole('dialog', { name: 'Inscrire 3 enfants dans un collectif' })
    await champ(dialog, 'Collectif').selectOption({ label: 'CM1-CM2' })
    // Not today: the collectif's first séance.
    await expect(champ(dialog, 'Inscrit à partir du')).toHaveValue('2025-09-16')
    await champ(dialog, 'Collectif').selectOption({ label: 'Mercredi après-midi' })
    await expect(champ(dialog, 'Inscrit à partir du')).toHaveValue('2025-10-01')
    await champ(dialog, 'Collectif').selectOption({ label: 'CM1-CM2' })
    await screen(page, testInfo, 'inscriptions-02-dialogue', { fullPage: false })
    await dialog.getByRole('button', { name: 'Inscrire', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: '✓' })).toHaveText('✓ 2 enfants inscrits dans « CM1-CM2 » ; 1 y était déjà inscrit.')
    await expect(page.getByRole('region', { name: 'Enfants sélectionnés' })).toHaveCount(0)

    let doc = await exported(scratch.db)
    const insc = (d: EchangeDocument, prenom: string) => d.enfants.find((e) => e.prenom === prenom)?.inscriptions
    expect(insc(doc, 'Awa')).toEqual([{ collectifId: cm.id, du: '2025-09-16' }])
    expect(insc(doc, 'Zoé')).toEqual([{ collectifId: cm.id, du: '2025-09-16' }])
    expect(insc(doc, 'Léo')).toEqual([{ collectifId: cm.id, du: '2025-09-01' }])

    // From the collectif: « Inscrire un enfant » offers the children already recorded first.
    await page.goto(`${host.url}#/collectifs/${mercredi.id}`)
    await page.getByRole('button', { name: 'Inscrire un enfant' }).click()
    const choix = page.getByRole('dialog', { name: 'Inscrire des enfants dans « Mercredi après-midi »' })
    await expect(choix.getByRole('group', { name: 'Enfants à inscrire' }).getByRole('checkbox')).toHaveCount(4)
    await expect(champ(choix, 'Inscrits à partir du')).toHaveValue('2025-10-01')
    await choix.getByLabel('Rechercher un enfant déjà enregistré').fill('lina')
    await expect(choix.getByRole('checkbox')).toHaveCount(1)
    await choix.getByRole('checkbox', { name: /Lina Garcia/ }).check()
    await choix.getByLabel('Rechercher un enfant déjà enregistré').fill('')
    await choix.getByRole('checkbox', { name: /Awa Diallo/ }).check()
    await expect(choix.getByRole('link', { name: 'Créer un nouvel enfant' })).toBeVisible()
    await screen(page, testInfo, 'inscriptions-03-collectif', { fullPage: false })
    await choix.getByRole('button', { name: 'Inscrire 2 enfants' }).click()
    await expect(page.getByRole('status').filter({ hasText: '✓' })).toHaveText('✓ 2 enfants inscrits dans « Mercredi après-midi ».')
    doc = await exported(scratch.db)
    expect(insc(doc, 'Lina')).toEqual([{ collectifId: mercredi.id, du: '2025-10-01' }])
    expect(insc(doc, 'Awa')).toEqual([{ collectifId: cm.id, du: '2025-09-16' }, { collectifId: mercredi.id, du: '2025-10-01' }])
    expect(doc.enfants).toHaveLength(4)

    // A child typed by hand who is already recorded: warned at once, with the way to their record.
    await page.goto(`${host.url}#/enfants/nouveau`)
    await champ(page, 'Prénom').fill('zoe')
    await champ(page, 'Nom').fill('PETIT')
    const alerte = page.getByRole('status').filter({ hasText: 'peut-être déjà enregistré' })
    await expect(alerte).toContainText('Zoé Petit est peut-être déjà enregistré (même nom, sans date de naissance)')
    await champ(page, 'Prénom').fill('Zoélie')
    await expect(alerte).toHaveCount(0)
    await champ(page, 'Prénom').fill('Zoé')
    await screen(page, testInfo, 'inscriptions-04-doublon')
    // Leaving what was typed asks first, as every edit screen does.
    page.once('dialog', (d) => void d.accept())
    await alerte.getByRole('link', { name: 'ouvrir la fiche de Zoé Petit' }).click()
    await expect(page.getByRole('heading', { name: 'Zoé Petit', level: 1 })).toBeVisible()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test("une séance ajoutée coche l'équipe habituelle ; une séance à venir demande avant la saisie", async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  // A year far ahead: its séances are still to come whatever the day the test runs.
  const b = documentBuilder({ libelle: '2040-2041', debut: '2040-09-01', fin: '2041-07-03' })
  const claire = b.intervenant('salarie', { prenom: 'Claire', nom: 'Martin' })
  const karim = b.intervenant('benevole', { prenom: 'Karim', nom: 'Haddad' })
  b.intervenant('benevole', { prenom: 'Sophie', nom: 'Durand' })
  const cm = b.collectif('CM1-CM2', { intervenantIds: [claire.id, karim.id] })
  b.enfant({ prenom: 'Léo', nom: 'Martin', dans: [cm] })
  b.enfant({ prenom: 'Inès', nom: 'Chevalier', dans: [cm] })
  await load(scratch.dir, scratch.db, b.build())
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/seances/${cm.id}`)
    await page.getByRole('button', { name: 'Ajouter une séance' }).click()
    const dialog = page.getByRole('dialog')
    await champ(dialog, 'Date').fill('2040-10-02')
    await champ(dialog, 'Heure de début').fill('16:45')
    await dialog.getByRole('button', { name: 'Ajouter la séance' }).click()
    await page.getByRole('link', { name: 'Registre du mardi 2 octobre 2040' }).click()
    await expect(page.getByRole('heading', { name: 'Registre de présence' })).toBeVisible()

    // The usual team is ticked; Sophie, not of the team, is not.
    await expect(page.getByRole('checkbox', { name: /Claire Martin/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Karim Haddad/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Sophie Durand/ })).not.toBeChecked()

    // Still to come: the marks wait for a yes.
    const question = page.getByRole('status').filter({ hasText: "Cette séance n'a pas encore eu lieu" })
    await expect(question).toBeVisible()
    await expect(page.getByRole('group', { name: 'Présence de Léo Martin' }).getByRole('button').first()).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Tous présents' })).toBeDisabled()
    await screen(page, testInfo, 'registre-a-venir-01-question')
    await page.getByRole('checkbox', { name: /Karim Haddad/ }).uncheck()
    await question.getByRole('button', { name: 'Saisir les présences quand même' }).click()
    await expect(question).toHaveCount(0)
    await page.keyboard.press('p')
    await expect(page.getByRole('listitem', { name: /Inès Chevalier : Présent/i })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /Enregistré/ })).toBeVisible()
    await screen(page, testInfo, 'registre-a-venir-02-saisie')

    const doc = await exported(scratch.db)
    expect(doc.seances).toHaveLength(1)
    expect(doc.seances[0].intervenantIds).toEqual([claire.id])
    expect(doc.seances[0].presences).toEqual([{ enfantId: doc.enfants.find((e) => e.prenom === 'Inès')?.id, statut: 'present' }])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
