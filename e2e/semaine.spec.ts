import { expect, test } from '@playwright/test'
import { api, ANNEE, STRUCTURE } from './support/api'
import { E2E_TODAY, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

test('« Semaine » ouvre la semaine en cours et avance semaine par semaine, depuis chaque bouton', async ({ page }, testInfo) => {
  expect(E2E_TODAY).toBe('2026-03-10') // a Tuesday: the week of Monday 9 March 2026
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
    const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const collectif = await api<{ id: string }>(host.url, 'collectifs.save', {
      nom: 'CM1-CM2', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [],
      creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }],
    })
    await api(host.url, 'enfants.save', { prenom: 'Lina', nom: 'Aubert', niveau: 'CM1', inscriptions: [{ collectifId: collectif.id, du: '2025-09-01' }] })
    for (const date of ['2026-03-10', '2026-03-17']) await api(host.url, 'seances.save', { collectifId: collectif.id, date, heureDebut: '16:45', dureeMinutes: 90 })

    const semaineEnCours = async () => {
      await expect(page.getByRole('heading', { name: 'Semaine du 9 mars 2026' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Lina Aubert, mardi 10 mars 2026 : non marqué' })).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0)
    }

    // From the Collectifs list
    await page.goto(host.url)
    await page.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await page.getByRole('link', { name: 'Semaine de CM1-CM2' }).click()
    await semaineEnCours()
    await screen(page, testInfo, '40-semaine')
    await page.getByRole('button', { name: 'Semaine suivante →' }).click()
    await expect(page.getByRole('heading', { name: 'Semaine du 16 mars 2026' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lina Aubert, mardi 17 mars 2026 : non marqué' })).toBeVisible()
    await page.getByRole('button', { name: 'Semaine suivante →' }).click()
    await expect(page.getByRole('heading', { name: 'Semaine du 23 mars 2026' })).toBeVisible()
    await page.getByRole('button', { name: '← Semaine précédente' }).click()
    await page.getByRole('button', { name: '← Semaine précédente' }).click()
    await semaineEnCours()
    await page.getByRole('button', { name: 'Semaine suivante →' }).click()
    await page.getByRole('button', { name: 'Cette semaine' }).click()
    await semaineEnCours()

    // From the home card
    await page.getByRole('link', { name: 'Accueil', exact: true }).click()
    await page.locator('.card.collectif').getByRole('link', { name: 'Semaine' }).click()
    await semaineEnCours()

    // From the collectif's page
    await page.goto(`${host.url}#/collectifs/${collectif.id}`)
    await page.getByRole('link', { name: 'Semaine', exact: true }).click()
    await semaineEnCours()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('« Semaine » sans séance cette semaine (vacances) ouvre la semaine la plus proche qui en a, passée d’abord', async ({ page }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db, { today: '2026-02-24' }) // a Tuesday of a week without séances
  try {
    await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
    const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const collectif = async (nom: string) => api<{ id: string }>(host.url, 'collectifs.save', {
      nom, niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }],
    })
    const passe = await collectif('CM1-CM2')
    const futur = await collectif('CE2')
    await api(host.url, 'enfants.save', { prenom: 'Lina', nom: 'Aubert', niveau: 'CM1', inscriptions: [{ collectifId: passe.id, du: '2025-09-01' }] })
    await api(host.url, 'enfants.save', { prenom: 'Noé', nom: 'Roux', niveau: 'CE2', inscriptions: [{ collectifId: futur.id, du: '2025-09-01' }] })
    for (const date of ['2026-02-03', '2026-02-10', '2026-03-10']) await api(host.url, 'seances.save', { collectifId: passe.id, date, heureDebut: '16:45', dureeMinutes: 90 })
    for (const date of ['2026-03-17', '2026-03-24']) await api(host.url, 'seances.save', { collectifId: futur.id, date, heureDebut: '16:45', dureeMinutes: 90 })

    await page.goto(`${host.url}#/semaine/${passe.id}`)
    await expect(page.getByRole('heading', { name: 'Semaine du 9 février 2026' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lina Aubert, mardi 10 février 2026 : non marqué' })).toBeVisible()
    // Still week by week, the empty weeks included.
    await page.getByRole('button', { name: 'Semaine suivante →' }).click()
    await expect(page.getByRole('heading', { name: 'Semaine du 16 février 2026' })).toBeVisible()
    await expect(page.getByText('Aucune séance cette semaine')).toBeVisible()
    await page.getByRole('button', { name: '← Semaine précédente' }).click()
    await page.getByRole('button', { name: '← Semaine précédente' }).click()
    await expect(page.getByRole('heading', { name: 'Semaine du 2 février 2026' })).toBeVisible()

    // None before: the nearest week to come.
    await page.goto(`${host.url}#/semaine/${futur.id}`)
    await expect(page.getByRole('heading', { name: 'Semaine du 16 mars 2026' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Noé Roux, mardi 17 mars 2026 : non marqué' })).toBeVisible()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
