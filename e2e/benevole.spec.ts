import { expect, test, type APIRequestContext } from '@playwright/test'
import { ANNEE, STRUCTURE } from './support/api'
import { scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

const MOT_DE_PASSE = 'Ponts-2025-coord'
const PIN = '493817'

/** A call as the page makes it: the browser's session cookie goes with it. */
async function call<T>(request: APIRequestContext, url: string, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${url}api/${name}`, { data: input })
  const body = (await res.json()) as { result: T; error?: { message: string } }
  if (!res.ok()) throw new Error(`${name} : ${body.error?.message}`)
  return body.result
}

test.describe.configure({ timeout: 180_000 })

test('une bénévole ne voit que ce que son compte permet ; ailleurs, la page dit qu’elle est en lecture seule', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    const r = page.request
    await call(r, host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE, compte: { nom: 'Nadia B.', secret: MOT_DE_PASSE } })
    const lieu = await call<{ id: string }>(r, host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
    const ids: Record<string, { collectif: string; seance: string }> = {}
    for (const [nom, prenom] of [['CM1-CM2', 'Lina'], ['6e-5e', 'Jade']] as const) {
      const collectif = await call<{ id: string }>(r, host.url, 'collectifs.save', { nom, niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [], creneaux: [] })
      await call(r, host.url, 'enfants.save', { prenom, nom: 'Martin', niveau: 'CM1', inscriptions: [{ collectifId: collectif.id, du: '2025-09-01' }] })
      const seance = await call<{ id: string }>(r, host.url, 'seances.save', { collectifId: collectif.id, date: '2026-03-10', heureDebut: '16:45', dureeMinutes: 90 })
      ids[nom] = { collectif: collectif.id, seance: seance.id }
    }
    await call(r, host.url, 'comptes.save', { nom: 'Inès D.', role: 'benevole', type: 'pin', secret: PIN, collectifIds: [ids['CM1-CM2'].collectif] })

    // Inès prend le clavier
    await page.goto(host.url)
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await nav.getByRole('button', { name: /^Verrouiller/ }).click()
    await page.getByRole('dialog', { name: 'Qui êtes-vous ?' }).getByRole('button', { name: /Inès D\./ }).click()
    await page.keyboard.type(PIN)
    await page.keyboard.press('Enter')
    await expect(nav).toContainText('Bénévole')

    // Ni création de collectif, ni inscription, ni paramètres
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nouveau collectif' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Inscrire un enfant' })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0)
    await screen(page, testInfo, '60-benevole-accueil')
    await nav.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await expect(page.getByRole('row', { name: /6e-5e/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nouveau collectif' })).toHaveCount(0)
    await nav.getByRole('link', { name: 'Enfants', exact: true }).click()
    await expect(page.getByRole('row', { name: /Lina/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nouvel enfant' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Inscrire .* dans un collectif/ })).toHaveCount(0)

    // La fiche d'un collectif et d'un enfant : lecture seule, dit une fois en haut
    await page.goto(`${host.url}#/collectifs/${ids['6e-5e'].collectif}`)
    await expect(page.getByRole('note')).toHaveText(/^Lecture seule\./)
    await expect(page.getByRole('note')).toHaveCount(1)
    await expect(page.getByRole('button', { name: 'Enregistrer le collectif' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Inscrire un enfant' })).toHaveCount(0)
    await expect(page.getByLabel(/^Nom du collectif/)).toBeDisabled()
    // What the account cannot create is not offered, not even greyed out.
    await expect(page.getByRole('button', { name: 'Nouveau lieu…' })).toHaveCount(0)
    await screen(page, testInfo, '61-benevole-collectif')

    // Les séances et le registre d'un collectif qui ne lui est pas confié
    const autre = ids['6e-5e']
    await page.goto(`${host.url}#/seances/${autre.collectif}`)
    await expect(page.getByRole('note')).toContainText('Ce collectif ne vous est pas confié')
    await expect(page.getByRole('button', { name: "Planifier les séances de l'année" })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Ajouter une séance' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Annuler la séance/ })).toHaveCount(0)
    // Not offered at all (not merely hidden): deleting and exporting are the coordination's.
    await expect(page.getByRole('button', { name: /^Supprimer la séance/, includeHidden: true })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Exporter le registre', includeHidden: true })).toHaveCount(0)
    await page.goto(`${host.url}#/registre/${autre.seance}`)
    await expect(page.getByRole('note')).toContainText('Ce collectif ne vous est pas confié')
    const lignes = page.getByRole('list', { name: 'Enfants inscrits' }).getByRole('listitem')
    await expect(lignes).toHaveCount(1)
    await expect(lignes.first().getByRole('button', { name: 'Présent' })).toBeDisabled()
    await lignes.first().focus()
    await page.keyboard.press('p')
    await expect(lignes.first()).toBeFocused() // the focus does not move on
    await expect(page.getByText('0 / 1 marqués')).toBeVisible()
    await expect(page.getByLabel('Note de séance')).toBeDisabled()
    await screen(page, testInfo, '62-benevole-registre-autre')
    await page.goto(`${host.url}#/semaine/${autre.collectif}`)
    await expect(page.getByRole('note')).toContainText('Ce collectif ne vous est pas confié')
    await expect(page.getByRole('button', { name: /Jade Martin, mardi 10 mars 2026/ })).toHaveCount(0)

    // Son collectif : le registre s'écrit, sans avertissement
    const sien = ids['CM1-CM2']
    await page.goto(`${host.url}#/registre/${sien.seance}`)
    await expect(lignes.first()).toBeFocused()
    await expect(page.getByRole('note')).toHaveCount(0)
    await page.keyboard.press('p')
    await expect(page.getByText('1 / 1 marqués')).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: '✓ Enregistré' })).toBeVisible()
    const registreAutre = await call<{ enfants: { statut: string | null }[] }>(r, host.url, 'registre.get', { seanceId: autre.seance })
    expect(registreAutre.enfants.map((e) => e.statut)).toEqual([null])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
