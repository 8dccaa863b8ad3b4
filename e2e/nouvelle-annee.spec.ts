import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { PropositionAnneeSuivante } from '../src/shared/contract/annee-suivante'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { api } from './support/api'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

test.use({ viewport: { width: 1366, height: 768 } })

test('la nouvelle année : l’année et ses vacances, les enfants, la confirmation ; puis « l’an dernier » au bilan', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const scratch = scratchDir()
  const demo = await runCli(['demo', '--db', scratch.db])
  expect(demo.code, demo.stderr).toBe(0)
  // Late June: the year is over, the next one is prepared.
  const host = await startHost(scratch.db, { today: '2026-06-22' })
  try {
    const suggestion = 'Un second local le mercredi après-midi.'
    await api(host.url, 'bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: suggestion })
    const p = await api<PropositionAnneeSuivante>(host.url, 'anneeSuivante.preparer', {})
    const nomCollectif = new Map(p.collectifs.map((c) => [c.id, c.nom]))
    const versCollege = p.enfants.find((e) => e.niveau === 'CM2' && e.collectifProposeIds.some((id) => !e.collectifIds.includes(id)))
    const plain = p.enfants.filter((e) => e.reconduit && e.niveau !== 'CM2' && e.collectifIds.length === 1)
    const [quitte, deplace] = plain
    const ailleurs = p.collectifs.find((c) => c.id !== deplace.collectifIds[0])!
    expect(versCollege, 'la démonstration a un enfant de CM2 à passer au collège').toBeDefined()

    // From Paramètres, with the keyboard.
    await page.goto(`${host.url}#/parametres`)
    await page.getByRole('link', { name: 'Nouvelle année…' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Nouvelle année', level: 1 })).toBeVisible()

    // Step 1: the year, its dates and zone, the collectifs carried.
    await expect(page.getByRole('heading', { name: "L'année 2026-2027, après 2025-2026" })).toBeVisible()
    await expect(page.getByText('du mardi 1 septembre 2026 au samedi 3 juillet 2027')).toBeVisible()
    await expect(page.getByText('hors vacances scolaires de la zone et jours fériés')).toBeVisible()
    for (const c of p.collectifs) await expect(page.getByRole('rowheader', { name: c.nom, exact: true })).toBeVisible()
    await screen(page, testInfo, 'nouvelle-annee-1-annee')
    await page.getByRole('button', { name: 'Continuer : les enfants' }).focus()
    await page.keyboard.press('Enter')

    // Step 2: the children, the next level, the collège proposed after CM2.
    await expect(page.getByRole('heading', { name: 'Les enfants qui continuent en 2026-2027' })).toBeFocused()
    const row = (e: { prenom: string; nom: string }) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${e.prenom} ${e.nom}`, exact: true }) })
    await expect(row(versCollege!)).toContainText('CM2 → 6e')
    await expect(row(versCollege!)).toContainText('Passe au collège')
    await expect(page.getByLabel(`Collectif de ${versCollege!.prenom} ${versCollege!.nom} en 2026-2027`)).toHaveValue(versCollege!.collectifProposeIds[0])
    // One child does not continue (keyboard: the box, Espace); another moves.
    await page.getByLabel(`${quitte.prenom} ${quitte.nom}`, { exact: true }).focus()
    await page.keyboard.press('Space')
    await expect(page.getByLabel(`${quitte.prenom} ${quitte.nom}`, { exact: true })).not.toBeChecked()
    await page.getByLabel(`Collectif de ${deplace.prenom} ${deplace.nom} en 2026-2027`).selectOption(ailleurs.id)
    const leavers = p.enfants.filter((e) => !e.reconduit).length + 1
    await expect(page.getByRole('status').filter({ hasText: 'continuent' })).toContainText(`${p.enfants.length - leavers} enfants continuent, ${leavers} ${leavers > 1 ? 'ne continuent pas' : 'ne continue pas'}`)
    await screen(page, testInfo, 'nouvelle-annee-2-enfants')
    await page.getByRole('button', { name: 'Continuer : confirmer' }).click()

    // Step 3: confirm, then the summary.
    await expect(page.getByRole('heading', { name: "Démarrer l'année 2026-2027 ?" })).toBeVisible()
    await expect(page.getByText('dont 1 changé de collectif')).toBeVisible()
    await screen(page, testInfo, 'nouvelle-annee-3-confirmer')
    await page.getByRole('button', { name: "Démarrer l'année 2026-2027" }).click()
    await expect(page.getByRole('heading', { name: "L'année 2026-2027 a démarré" })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(`${p.collectifs.length} collectifs reconduits`)).toBeVisible()
    await expect(page.getByText(`${p.enfants.length - leavers} enfants reconduits`)).toBeVisible()
    await expect(page.getByRole('navigation').getByRole('combobox', { name: 'Année scolaire' })).toHaveValue(/2026-2027/)
    await screen(page, testInfo, 'nouvelle-annee-4-resultat')

    // Checked in the file, through `clas export`: the new year is the current one.
    const out = join(scratch.dir, 'export.json')
    const exported = await runCli(['export', '--db', scratch.db, '--out', out])
    expect(exported.code, exported.stderr).toBe(0)
    const doc = JSON.parse(readFileSync(out, 'utf8')) as EchangeDocument
    expect(doc.anneeScolaire.libelle).toBe('2026-2027')
    expect(doc.collectifs.map((c) => c.nom).sort()).toEqual([...nomCollectif.values()].sort())
    const enfant = (id: string) => doc.enfants.find((e) => e.id === id)!
    const placed = (id: string) => enfant(id).inscriptions.map((i) => doc.collectifs.find((c) => c.id === i.collectifId)?.nom)
    expect(enfant(versCollege!.enfantId).niveau).toBe('6E')
    expect(placed(versCollege!.enfantId)).toEqual([nomCollectif.get(versCollege!.collectifProposeIds[0])])
    expect(placed(deplace.enfantId)).toEqual([ailleurs.nom])
    expect(enfant(deplace.enfantId).niveau).toBe(deplace.niveauSuivant)
    expect(doc.enfants.find((e) => e.id === quitte.enfantId)?.inscriptions ?? []).toEqual([])
    expect(doc.seances.length).toBeGreaterThan(0)
    expect(doc.seances.every((s) => s.presences.length === 0)).toBe(true)
    expect(doc.actionsParents).toEqual([])

    // The Bilan of the new year: last year's answer as a starting point, copied only on request.
    await page.goto(`${host.url}#/bilan?modele=caf01-2025-2026`)
    const question = 'Avez-vous des remarques, des suggestions à faire dans la conduite du dispositif par la Caf ?'
    const textarea = page.getByLabel(question)
    await expect(textarea).toHaveValue('')
    const anDernier = page.locator('.an-dernier').filter({ hasText: suggestion })
    await expect(anDernier).toContainText("L'an dernier (2025-2026) :")
    await anDernier.scrollIntoViewIfNeeded()
    await screen(page, testInfo, 'nouvelle-annee-5-bilan-an-dernier', { fullPage: false })
    await anDernier.getByRole('button', { name: 'Reprendre ce texte' }).click()
    await expect(textarea).toHaveValue(suggestion)
    await expect(textarea).toBeFocused()
    await expect.poll(async () => (await api<{ reponses: Record<string, string> }>(host.url, 'anneeSuivante.reponsesPrecedentes', {})).reponses.suggestions_caf).toBe(suggestion)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
