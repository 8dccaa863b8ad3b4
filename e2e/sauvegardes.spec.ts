import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'
import { api } from './support/api'

test('la coordinatrice choisit le dossier des sauvegardes, les chiffre, sauvegarde et restaure', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', {
      structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' } },
      anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
    })
    await page.goto(`${host.url}#/parametres`)
    const panel = page.getByRole('region', { name: 'Sauvegardes' })
    await expect(panel).toContainText("Aucune sauvegarde pour l'instant.")

    // A folder of its own, then a first backup, in clear.
    const cle = join(scratch.dir, 'cle-usb')
    await panel.getByLabel('Dossier des sauvegardes').fill(cle)
    await panel.getByLabel('Dossier des sauvegardes').press('Enter')
    await expect(panel.getByText('✓ Dossier enregistré.')).toBeVisible()
    await panel.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
    await expect(panel.getByText(/✓ Sauvegarde faite/)).toBeVisible()
    await expect(panel.getByRole('row')).toHaveCount(2)
    expect(readdirSync(cle).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1)

    // The passphrase: the two entries must match; then every backup is encrypted.
    await panel.getByLabel('Phrase de passe', { exact: true }).fill('le moulin tourne au vent')
    await panel.getByLabel('La même phrase, une seconde fois').fill('le moulin tourne')
    await panel.getByRole('button', { name: 'Chiffrer les sauvegardes' }).click()
    await expect(panel.locator('#phrase-confirmation-error')).toHaveText('Les deux saisies de la phrase de passe diffèrent')
    await panel.getByLabel('La même phrase, une seconde fois').fill('le moulin tourne au vent')
    await panel.getByLabel('La même phrase, une seconde fois').press('Enter')
    await expect(panel.getByText(/✓ Phrase de passe enregistrée/)).toBeVisible()
    await panel.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
    await expect(panel.getByRole('row')).toHaveCount(3)
    await expect(panel.getByRole('row').nth(1)).toContainText('oui')
    const chiffree = readdirSync(cle).find((f) => f.endsWith('.chiffre'))
    expect(chiffree).toBeDefined()
    expect(readFileSync(join(cle, chiffree!)).subarray(0, 8).toString('ascii')).toBe('CLASSAUV')
    await screen(page, testInfo, 'sauvegardes-01-parametres')

    // Something typed after the backups, then the encrypted one restored: it is gone.
    await api(host.url, 'lieux.save', { nom: 'Salle ajoutée après', adresse: '', commune: 'Bourg', typeLocal: 'municipal' })
    await panel.getByRole('row').nth(1).getByRole('button', { name: /Restaurer la sauvegarde/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' })
    await dialog.getByLabel(/Phrase de passe de cette sauvegarde/).fill('pas la bonne phrase')
    await dialog.getByRole('button', { name: 'Restaurer' }).click()
    await expect(dialog.locator('#restaurer-phrase-error')).toBeVisible()
    await screen(page, testInfo, 'sauvegardes-02-mauvaise-phrase', { fullPage: false })
    await dialog.getByLabel(/Phrase de passe de cette sauvegarde/).fill('le moulin tourne au vent')
    await dialog.getByLabel(/Phrase de passe de cette sauvegarde/).press('Enter')
    await expect(page.getByText(/✓ Sauvegarde du .* restaurée\. La base d'avant est gardée/)).toBeVisible()
    await screen(page, testInfo, 'sauvegardes-03-restauree')

    const exported = await runCli(['export', '--db', scratch.db])
    const doc = JSON.parse(exported.stdout) as { lieux: { nom: string }[] }
    expect(doc.lieux.map((l) => l.nom)).not.toContain('Salle ajoutée après')
    expect(existsSync(cle)).toBe(true)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('une base endommagée au démarrage : le message, puis la dernière sauvegarde restaurée depuis la page', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  let host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', {
      structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' } },
      anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
    })
    await api(host.url, 'sauvegardes.maintenant', {})
    await host.stop()

    // Pages in the middle of the file overwritten, as a failing disk or a bad copy would.
    const bytes = readFileSync(scratch.db)
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4 * 4096))
    writeFileSync(scratch.db, bytes)
    const damaged = readFileSync(scratch.db)

    host = await startHost(scratch.db)
    await page.goto(host.url)
    await expect(page.getByRole('heading', { name: "La base de données ne s'ouvre pas" })).toBeVisible()
    await expect(page.getByRole('alert').first()).toContainText('endommagée')
    await screen(page, testInfo, 'sauvegardes-04-base-endommagee')
    await page.getByRole('button', { name: /Restaurer la sauvegarde/ }).first().click()
    await page.getByRole('dialog', { name: 'Restaurer une sauvegarde' }).getByRole('button', { name: 'Restaurer' }).click()
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText('Les Ponts')

    // The damaged file was put aside, byte for byte, not deleted.
    const folder = join(scratch.dir, 'sauvegardes')
    const aside = readdirSync(folder).filter((f) => f.includes('endommagee') || f.includes('restauration'))
    expect(aside.some((f) => readFileSync(join(folder, f)).equals(damaged))).toBe(true)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
