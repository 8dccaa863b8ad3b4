import { expect, test } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'
import { api } from './support/api'

interface Doc { enfants: { id: string; inscriptions: unknown[] }[]; collectifs: { id: string }[]; seances: { presences: { enfantId: string }[] }[] }
const exported = async (db: string) => JSON.parse((await runCli(['export', '--db', db])).stdout) as Doc

test("supprimer la fiche d'un enfant, une séance puis un collectif, et les rétablir (Ctrl+Z, bouton)", async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', {
      structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' } },
      anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
    })
    const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const collectif = await api<{ id: string }>(host.url, 'collectifs.save', {
      nom: 'CM1-CM2', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }],
    })
    const ines = await api<{ id: string }>(host.url, 'enfants.save', { prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', inscriptions: [{ collectifId: collectif.id, du: '2025-11-03' }] })
    await api(host.url, 'enfants.save', { prenom: 'Léo', nom: 'Martin', niveau: 'CM2', inscriptions: [{ collectifId: collectif.id, du: '2025-11-03' }] })
    const seance = await api<{ id: string }>(host.url, 'seances.save', { collectifId: collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    await api(host.url, 'registre.setPresence', { seanceId: seance.id, enfantId: ines.id, statut: 'present' })
    const before = await exported(scratch.db)

    // A child's page: asked first, then gone with their marks, then back with Ctrl+Z.
    await page.goto(`${host.url}#/enfants/${ines.id}`)
    await expect(page.getByRole('heading', { name: 'Inès Diallo' })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer la fiche' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirmer la suppression' })
    await expect(dialog).toContainText('Supprimer la fiche de Inès Diallo ?')
    await expect(dialog).toContainText('Données personnelles')
    await screen(page, testInfo, 'suppressions-01-enfant', { fullPage: false })
    await dialog.getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('heading', { name: 'Enfants' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: "Supprimé : l'enfant « Inès Diallo »." })).toBeVisible()
    await expect(page.getByRole('link', { name: /Inès/ })).toHaveCount(0)
    let now = await exported(scratch.db)
    expect(now.enfants.map((e) => e.id)).not.toContain(ines.id)
    expect(now.seances[0].presences).toEqual([])

    await page.getByRole('heading', { name: 'Enfants' }).click()
    await page.keyboard.press('Control+z')
    await expect(page.getByRole('status').filter({ hasText: "Rétabli : l'enfant « Inès Diallo »." })).toBeVisible()
    await expect(page.getByRole('link', { name: /Inès/ }).first()).toBeVisible()
    expect(await exported(scratch.db)).toEqual({ ...before, exporteLe: expect.any(String) })

    // A séance entered by mistake: deleted from the list of séances, then back with the toast's button.
    await page.goto(`${host.url}#/seances/${collectif.id}`)
    await expect(page.getByRole('link', { name: 'Registre du mardi 4 novembre 2025' })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer la séance du mardi 4 novembre 2025' }).click()
    await expect(page.getByRole('dialog', { name: 'Confirmer la suppression' })).toContainText("s'annule plutôt")
    await page.getByRole('dialog', { name: 'Confirmer la suppression' }).getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Supprimé : la séance du 04/11/2025 (CM1-CM2).' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Registre du mardi 4 novembre 2025' })).toHaveCount(0)
    expect((await exported(scratch.db)).seances).toEqual([])
    await page.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(page.getByRole('link', { name: 'Registre du mardi 4 novembre 2025' })).toBeVisible()
    expect(await exported(scratch.db)).toEqual({ ...before, exporteLe: expect.any(String) })

    // The collectif: its séance and its register go with it, and come back with the toast's button.
    await page.goto(`${host.url}#/collectifs/${collectif.id}`)
    await expect(page.getByRole('heading', { name: 'CM1-CM2' })).toBeVisible()
    await page.getByRole('button', { name: 'Supprimer le collectif' }).click()
    await page.getByRole('dialog', { name: 'Confirmer la suppression' }).getByRole('button', { name: 'Supprimer' }).click()
    await expect(page.getByRole('heading', { name: 'Collectifs' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Supprimé : le collectif « CM1-CM2 » (1 séance et son registre).' })).toBeVisible()
    await screen(page, testInfo, 'suppressions-02-collectif')
    now = await exported(scratch.db)
    expect(now.collectifs).toEqual([])
    expect(now.seances).toEqual([])
    await page.getByRole('button', { name: /Annuler la suppression/ }).click()
    await expect(page.getByRole('link', { name: 'CM1-CM2' }).first()).toBeVisible()
    expect(await exported(scratch.db)).toEqual({ ...before, exporteLe: expect.any(String) })
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
