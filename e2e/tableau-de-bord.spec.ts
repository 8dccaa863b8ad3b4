import { expect, test } from '@playwright/test'
import { scratchDir, startHost } from './support/host'
import { screen } from './support/screens'
import { api } from './support/api'

test('le tableau de bord change dès qu’une présence est saisie au registre', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', {
      structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true } },
      anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
    })
    const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const collectif = await api<{ id: string }>(host.url, 'collectifs.save', {
      nom: 'CM1-CM2', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [],
      creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 90 }],
    })
    for (let i = 0; i < 8; i++) {
      await api(host.url, 'enfants.save', { prenom: `Enfant${i}`, nom: `Nom${i}`, niveau: 'CM1', inscriptions: [{ collectifId: collectif.id, du: '2025-11-03' }] })
    }
    const seance = await api<{ id: string }>(host.url, 'seances.save', { collectifId: collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })

    // Looked at on 1 December 2025: one séance held, its register still empty.
    await page.goto(host.url)
    await page.getByLabel('Voir à une autre date').fill('2025-12-01')
    await page.getByLabel('Voir à une autre date').dispatchEvent('change')
    await expect(page.getByText('au lundi 1 décembre 2025')).toBeVisible()
    const suivi = page.locator('[data-regle="R7-presences"]')
    await expect(suivi).toHaveAttribute('data-statut', 'alerte')
    await expect(suivi).toContainText('1 séance tenue sans présence saisie (la dernière le 04/11/2025)')
    await expect(page.locator('.card.collectif').first()).toContainText('—')
    await screen(page, testInfo, '30-tableau-avant')

    // The register, by keyboard: the first child present.
    await page.goto(`${host.url}#/registre/${seance.id}`)
    await expect(page.getByRole('heading', { name: 'Registre de présence' })).toBeVisible()
    // The heading shows before the children are loaded: a key pressed then reaches nobody.
    const lignes = page.getByRole('list', { name: 'Enfants inscrits' }).getByRole('listitem')
    await expect(lignes).toHaveCount(8)
    await expect(lignes.first()).toBeFocused()
    await page.keyboard.press('p')
    await expect(page.getByText(/Enregistré/)).toBeVisible()

    // Back to the dashboard through the navigation, without reloading the page.
    await page.getByRole('link', { name: 'Accueil', exact: true }).click()
    await expect(page.getByText('au lundi 1 décembre 2025')).toBeVisible()
    await expect(suivi).toHaveAttribute('data-statut', 'conforme')
    await expect(suivi).toContainText('Présences saisies pour la séance tenue.')
    await expect(page.locator('.card.collectif').first()).toContainText('100 %')
    await screen(page, testInfo, '31-tableau-apres')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
