import { expect, test, type Page } from '@playwright/test'
import { api, ANNEE, STRUCTURE } from './support/api'
import { scratchDir, startHost, type Host } from './support/host'

/** A register of today's séance (the host's clock) with two children, neither marked. */
async function registre(host: Host): Promise<{ seanceId: string }> {
  await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
  const collectif = await api<{ id: string }>(host.url, 'collectifs.save', {
    nom: 'CM1-CM2', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [],
    creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }],
  })
  for (const [prenom, nom] of [['Lina', 'Aubert'], ['Noé', 'Roux']]) {
    await api(host.url, 'enfants.save', { prenom, nom, niveau: 'CM1', inscriptions: [{ collectifId: collectif.id, du: '2025-09-01' }] })
  }
  const seance = await api<{ id: string }>(host.url, 'seances.save', { collectifId: collectif.id, date: '2026-03-10', heureDebut: '16:45', dureeMinutes: 90 })
  return { seanceId: seance.id }
}

async function ouvrir(page: Page, host: Host, seanceId: string) {
  await page.goto(`${host.url}#/registre/${seanceId}`)
  const lina = page.getByRole('listitem', { name: /^Lina Aubert/ })
  await expect(lina).toBeFocused()
  return lina
}

test('une marque refusée par le serveur (séance supprimée entre-temps) reste sur l’enfant et le refus est dit', async ({ page }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    const { seanceId } = await registre(host)
    const lina = await ouvrir(page, host, seanceId)
    await api(host.url, 'seances.supprimer', { seanceId }) // another client, meanwhile

    await page.keyboard.press('p')
    await expect(page.getByRole('status').filter({ hasText: 'Non enregistré' })).toContainText('Non enregistré (présence de Lina Aubert) : Séance introuvable')
    await expect(lina).toHaveAccessibleName(/^Lina Aubert : non marqué/)
    await expect(lina).toBeFocused()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('une marque refusée (erreur de validation) ne passe pas à l’enfant suivant', async ({ page }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    const { seanceId } = await registre(host)
    await page.route('**/api/registre.setPresence', (route) => route.fulfill({
      status: 400, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'validation', field: 'statut', message: 'statut : « absent » refusé pour ce test' } }),
    }))
    const lina = await ouvrir(page, host, seanceId)

    await page.keyboard.press('a')
    await expect(page.getByRole('status').filter({ hasText: 'Non enregistré' })).toContainText('Non enregistré (présence de Lina Aubert) : statut : « absent » refusé pour ce test')
    await expect(lina).toHaveAccessibleName(/^Lina Aubert : non marqué/)
    await expect(lina).toBeFocused()
    await expect(page.getByRole('listitem', { name: /^Noé Roux/ })).not.toBeFocused()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
