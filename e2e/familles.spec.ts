import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { documentBuilder } from '../tests/helpers/echange-document'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (scope: Page | ReturnType<Page['locator']>, label: string) => scope.getByLabel(new RegExp(`^${label}`))

/** What the database holds, read by another process through `clas export`. */
async function exported(db: string): Promise<EchangeDocument> {
  const out = await runCli(['export', '--db', db])
  expect(out.code, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as EchangeDocument
}

/** One collectif; the Martin family with Léo; Inès and Awa Diallo entered without a family. */
function seed(dir: string, db: string): Promise<unknown> {
  const b = documentBuilder()
  const ecole = b.etablissement({ nom: 'École Jean Moulin', commune: 'Bourg-en-Bresse' })
  const collectif = b.collectif('CM1-CM2', { etablissementIds: [ecole.id] })
  const martin = b.famille({ nom: 'Martin', telephone: '06 11 22 33 44' })
  b.enfant({ prenom: 'Léo', nom: 'Martin', familleId: martin.id, dans: [collectif] })
  b.enfant({ prenom: 'Inès', nom: 'Diallo', etablissementId: ecole.id, dans: [collectif] })
  b.enfant({ prenom: 'Awa', nom: 'Diallo', niveau: 'CE1' })
  const file = join(dir, 'association.json')
  writeFileSync(file, JSON.stringify(b.build()))
  return runCli(['import', '--db', db, '--in', file]).then((r) => expect(r.code, r.stderr).toBe(0))
}

test('familles : créer, modifier, rattacher des enfants, supprimer puis annuler (bouton et Ctrl+Z)', async ({ page }, testInfo) => {
  test.setTimeout(300_000) // each `clas export` starts a Node process: seconds apiece on a busy machine
  const scratch = scratchDir()
  await seed(scratch.dir, scratch.db)
  const host = await startHost(scratch.db)
  try {
    const famille = (doc: EchangeDocument, nom: string) => doc.familles.find((f) => f.nom === nom)
    const enfant = (doc: EchangeDocument, prenom: string) => doc.enfants.find((e) => e.prenom === prenom)

    // La liste
    await page.goto(`${host.url}#/familles`)
    await expect(page.getByRole('heading', { name: 'Familles', level: 1 })).toBeVisible()
    const martin = page.getByRole('row', { name: /Martin/ })
    await expect(martin).toContainText('06 11 22 33 44')
    await expect(martin.getByRole('link', { name: 'Léo Martin' })).toHaveAttribute('href', /#\/enfants\//)
    await screen(page, testInfo, 'familles-01-liste')

    // Une nouvelle famille, au clavier ; Entrée enregistre
    await page.getByRole('link', { name: 'Nouvelle famille' }).click()
    await expect(page.getByRole('heading', { name: 'Nouvelle famille' })).toBeVisible()
    await champ(page, 'Nom de la famille').fill('Diallo')
    await champ(page, 'Téléphone').fill('06 12 34 56 78')
    await champ(page, 'E-mail').fill('diallo@example.org')
    await page.getByRole('group', { name: /quartier prioritaire/ }).getByLabel('Oui').check()
    await page.getByRole('group', { name: /interprète/ }).getByLabel('Oui').check()
    await champ(page, 'Langue parlée').fill('peul')
    await champ(page, 'Langue parlée').press('Enter')
    await expect(page.getByRole('heading', { name: 'Famille Diallo' })).toBeVisible()
    await expect(page.getByText('✓ Famille enregistrée')).toBeVisible()
    const { id: dialloId, ...diallo } = famille(await exported(scratch.db), 'Diallo')!
    expect(diallo).toEqual({ nom: 'Diallo', telephone: '06 12 34 56 78', email: 'diallo@example.org', quartierPrioritaire: true, langueParlee: 'peul', besoinInterprete: true })

    // Modifier : un autre numéro, pas d'interprète finalement
    await champ(page, 'Téléphone').fill('07 00 00 00 01')
    await page.getByRole('group', { name: /interprète/ }).getByLabel('Non', { exact: true }).check()
    await champ(page, 'Téléphone').press('Enter')
    await expect(page.getByText('✓ Famille enregistrée')).toBeVisible()
    expect(famille(await exported(scratch.db), 'Diallo')).toMatchObject({ id: dialloId, telephone: '07 00 00 00 01', besoinInterprete: false })

    // Rattacher Inès, inscrite sans famille, puis créer Moussa pour cette famille
    const section = page.getByRole('region', { name: 'Enfants de la famille' })
    await expect(section.getByText("Aucun enfant rattaché à cette famille pour l'instant.")).toBeVisible()
    await section.getByLabel('Rattacher un enfant sans famille').selectOption({ label: 'Diallo Inès' })
    await section.getByRole('button', { name: 'Rattacher à la famille' }).click()
    await expect(section.getByText('✓ Inès Diallo fait maintenant partie de la famille Diallo.')).toBeVisible()
    await expect(section.getByRole('link', { name: 'Inès Diallo' })).toBeVisible()

    await section.getByRole('button', { name: 'Nouvel enfant de la famille…' }).click()
    await expect(champ(section, 'Prénom')).toBeFocused()
    await page.keyboard.type('Moussa')
    await expect(champ(section, 'Nom')).toHaveValue('Diallo')
    await champ(section, 'Niveau scolaire').selectOption({ label: 'CE2' })
    await champ(section, 'Inscrire dans le collectif').selectOption({ label: 'CM1-CM2' })
    await champ(section, 'Prénom').press('Enter')
    await expect(section.getByText('✓ Fiche de Moussa Diallo enregistrée.')).toBeVisible()
    await expect(section.getByRole('button', { name: 'Nouvel enfant de la famille…' })).toBeFocused()
    const before = await exported(scratch.db)
    expect(enfant(before, 'Inès')?.familleId).toBe(dialloId)
    const moussa = enfant(before, 'Moussa')
    expect(moussa).toMatchObject({ nom: 'Diallo', niveau: 'CE2', familleId: dialloId })
    expect(moussa?.inscriptions).toHaveLength(1)
    await screen(page, testInfo, 'familles-02-fiche')

    // La liste montre la famille et ses enfants
    await page.getByRole('link', { name: '← Toutes les familles' }).click()
    const ligne = page.getByRole('row', { name: /Diallo/ })
    await expect(ligne).toContainText('peul')
    await expect(ligne.getByRole('link', { name: 'Inès Diallo' })).toBeVisible()
    await expect(ligne.getByRole('link', { name: 'Moussa Diallo' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Rechercher une famille ou un enfant' }).fill('moussa')
    await expect(page.getByRole('row')).toHaveCount(2)
    await page.getByRole('searchbox', { name: 'Rechercher une famille ou un enfant' }).fill('')
    await screen(page, testInfo, 'familles-03-liste')

    // Supprimer : la question dit combien d'enfants restent sans famille
    await ligne.getByRole('link', { name: 'Diallo', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Famille Diallo' })).toBeVisible()
    await expect(section.getByRole('link', { name: 'Moussa Diallo' })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer la famille' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText('Supprimer la famille Diallo ?')
    await expect(dialog).toContainText('Ses 2 enfants resteront sans famille : Inès Diallo, Moussa Diallo.')
    await screen(page, testInfo, 'familles-04-confirmation', { fullPage: false })
    await expect(dialog.getByRole('button', { name: 'Supprimer' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Familles', level: 1 })).toBeVisible()
    const toast = page.locator('.toast')
    await expect(toast).toContainText('Supprimé : la famille « Diallo ».')
    await expect(page.getByRole('row', { name: /Diallo/ })).toHaveCount(0)
    await screen(page, testInfo, 'familles-05-supprimee')
    let doc = await exported(scratch.db)
    expect(doc.familles.map((f) => f.nom)).toEqual(['Martin'])
    const familleDe = (d: EchangeDocument) => Object.fromEntries(d.enfants.map((e) => [e.prenom, e.familleId ?? null]))
    expect(familleDe(doc)).toEqual({ ...familleDe(before), Inès: null, Moussa: null })
    expect(familleDe(before)).toMatchObject({ Inès: dialloId, Moussa: dialloId, Awa: null })

    // Annuler avec le bouton du message : tout revient, la liste aussi
    await toast.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(toast).toContainText('Rétabli : la famille « Diallo ».')
    await expect(page.getByRole('row', { name: /Diallo/ }).getByRole('link', { name: 'Moussa Diallo' })).toBeVisible()
    doc = await exported(scratch.db)
    expect({ ...doc, exporteLe: '' }).toEqual({ ...before, exporteLe: '' })

    // Et une seconde fois, annulée par Ctrl+Z
    await page.getByRole('row', { name: /Diallo/ }).getByRole('link', { name: 'Diallo', exact: true }).click()
    await expect(section.getByRole('link', { name: 'Inès Diallo' })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer la famille' }).click()
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(toast).toContainText('Supprimé : la famille « Diallo ».')
    await expect(page.getByRole('row', { name: /Diallo/ })).toHaveCount(0)
    expect((await exported(scratch.db)).familles.map((f) => f.nom)).toEqual(['Martin'])
    await page.keyboard.press('Control+z')
    await expect(toast).toContainText('Rétabli : la famille « Diallo ».')
    await expect(page.getByRole('row', { name: /Diallo/ })).toBeVisible()
    doc = await exported(scratch.db)
    expect({ ...doc, exporteLe: '' }).toEqual({ ...before, exporteLe: '' })
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
