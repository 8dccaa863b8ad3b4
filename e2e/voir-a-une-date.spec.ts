import { expect, test } from '@playwright/test'
import { api, ANNEE, STRUCTURE } from './support/api'
import { E2E_TODAY, scratchDir, startHost } from './support/host'

test('« Voir à une autre date » : une date de l’année est prise, hors de l’année ou incomplète est dite au champ', async ({ page }) => {
  expect(E2E_TODAY).toBe('2026-03-10')
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
    for (const date of ['2025-11-04', '2026-02-03']) await api(host.url, 'seances.save', { collectifId: collectif.id, date, heureDebut: '16:45', dureeMinutes: 90 })

    await page.goto(host.url)
    const champ = page.getByLabel('Voir à une autre date')
    const suivi = page.locator('[data-regle="R7-presences"]')
    await expect(suivi).toContainText('2 séances tenues sans présence saisie (la dernière le 03/02/2026)')

    // A date of the year, typed: taken after a pause, the cards follow.
    await champ.fill('2025-12-04')
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    await expect(suivi).toContainText('1 séance tenue sans présence saisie (la dernière le 04/11/2025)')
    await expect(page.getByRole('alert')).toHaveCount(0)

    // Outside the year: said at the field, the page stays as it was.
    await champ.fill('2026-08-15')
    await champ.press('Enter')
    await expect(page.getByRole('alert')).toContainText("Le 15/08/2026 est hors de l'année scolaire")
    await expect(champ).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()
    await expect(suivi).toContainText('1 séance tenue sans présence saisie (la dernière le 04/11/2025)')

    // Half typed (the day only) + Entrée: said, nothing taken.
    await champ.fill('')
    await champ.focus()
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    const refus = "Cette date n'existe pas ou n'est pas complète : saisissez le jour, le mois et l'année (JJ/MM/AAAA)."
    await expect(page.getByRole('alert')).toHaveText(refus)
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()

    // A day that does not exist: the same, never « 3 mars » nor the exchange format.
    await champ.fill('')
    await champ.focus()
    await page.keyboard.type('31022026')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toHaveText(refus)
    await expect(page.getByText('au jeudi 4 décembre 2025')).toBeVisible()

    // The Bilan's « Chiffres au » is the same field: refused there too, the figures stay those of today.
    await page.goto(`${host.url}#/bilan`)
    const chiffresAu = page.getByLabel('Chiffres au')
    await chiffresAu.focus()
    await page.keyboard.type('31022026')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: "n'existe pas" })).toHaveText(refus)
    expect(page.url()).not.toContain('date=')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
