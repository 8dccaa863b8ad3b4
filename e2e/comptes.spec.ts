import Database from 'better-sqlite3'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}`))
const MOT_DE_PASSE = 'Ponts-2025-coord'
const PIN = '493817'

/** A call of the API as the page makes it: the browser's session cookie goes with it. */
async function call<T>(request: APIRequestContext, url: string, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${url}api/${name}`, { data: input })
  const body = (await res.json()) as { result: T; error?: { message: string } }
  if (!res.ok()) throw new Error(`${name} : ${body.error?.message}`)
  return body.result
}

test('un compte par personne : la coordinatrice crée le compte d’une bénévole, qui tient le registre de son collectif et rien d’autre', async ({ page }, testInfo) => {
  test.setTimeout(150_000)
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    // Configuration, avec le compte de la coordination
    await page.goto(host.url)
    await page.getByRole('link', { name: /Commencer avec mon association/ }).click()
    await champ(page, "Nom de l'association").fill('Association Les Ponts')
    await champ(page, 'Département de la CAF').fill('01')
    const coordination = page.getByRole('group', { name: 'La coordinatrice ou le coordinateur' })
    await coordination.getByLabel(/^Prénom/).fill('Nadia')
    await coordination.getByLabel(/^Nom/).fill('Benali')
    await champ(page, 'Zone de vacances scolaires').selectOption('A')
    await champ(page, 'Intitulé du projet').fill('Réussir ensemble')
    const compte = page.getByRole('group', { name: 'Votre compte' })
    await expect(compte.getByLabel(/^Nom affiché/)).toHaveAttribute('placeholder', 'Nadia Benali')
    await compte.getByLabel(/^Nom affiché/).fill('Nadia B.')
    await compte.getByLabel(/^Mot de passe/).fill('nadia')
    await compte.getByLabel(/^Confirmation/).fill('nadia')
    await compte.getByLabel(/^Confirmation/).press('Enter')
    await expect(compte.getByLabel(/^Mot de passe/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toContainText('trois sortes')
    await compte.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE)
    await compte.getByLabel(/^Confirmation/).fill(MOT_DE_PASSE)
    await screen(page, testInfo, '40-configuration-compte')
    await compte.getByLabel(/^Confirmation/).press('Enter')
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect(nav).toContainText('Nadia B.')
    await expect(nav.getByRole('button', { name: /^Verrouiller/ })).toBeVisible()

    // Deux collectifs, trois enfants chacun, une séance chacun (par l'API, avec la session de la page)
    const status = await call<{ annee: { debut: string } }>(page.request, host.url, 'app.status', {})
    const jour = status.annee.debut.replace(/-09-01$/, '-11-04')
    const lieu = await call<{ id: string }>(page.request, host.url, 'lieux.save', { nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' })
    const ids: Record<string, { collectif: string; seance: string; enfants: string[] }> = {}
    for (const [nom, niveau, prenoms] of [['CM1-CM2 mardi-jeudi', 'primaire', ['Lina', 'Noé', 'Yanis']], ['6e-5e lundi', 'college', ['Jade', 'Rayan', 'Sofia']]] as const) {
      const collectif = await call<{ id: string }>(page.request, host.url, 'collectifs.save', { nom, niveau, lieuId: lieu.id, etablissementIds: [], intervenantIds: [], creneaux: [] })
      const enfants: string[] = []
      for (const prenom of prenoms) {
        const e = await call<{ id: string }>(page.request, host.url, 'enfants.save', { prenom, nom: 'Martin', niveau: niveau === 'primaire' ? 'CM1' : '6E', inscriptions: [{ collectifId: collectif.id, du: status.annee.debut }] })
        enfants.push(e.id)
      }
      const seance = await call<{ id: string }>(page.request, host.url, 'seances.save', { collectifId: collectif.id, date: jour, heureDebut: '16:45', dureeMinutes: 90 })
      ids[nom] = { collectif: collectif.id, seance: seance.id, enfants }
    }
    // Made behind the page's back: it shows them once reloaded.
    await page.reload()

    // La coordinatrice crée le compte d'Inès, bénévole du collectif CM1-CM2
    await nav.getByRole('link', { name: 'Paramètres' }).click()
    await page.getByRole('link', { name: 'Gérer les comptes' }).click()
    await expect(page.getByRole('heading', { name: 'Comptes' })).toBeVisible()
    await page.getByRole('link', { name: 'Nouveau compte' }).click()
    await champ(page, 'Nom affiché').fill('Inès D.')
    await expect(page.getByRole('radio', { name: /^Bénévole/ })).toBeChecked()
    await expect(page.getByRole('radio', { name: /^Un code PIN/ })).toBeChecked()
    await champ(page, 'Code PIN').fill(PIN)
    await champ(page, 'Confirmation').fill(PIN)
    await page.getByLabel('CM1-CM2 mardi-jeudi').check()
    await screen(page, testInfo, '41-nouveau-compte')
    await champ(page, 'Confirmation').press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '✓ Compte enregistré' })).toBeVisible()
    await page.getByRole('link', { name: '← Tous les comptes' }).click()
    await expect(page.getByRole('row', { name: /Inès D\./ })).toContainText('CM1-CM2 mardi-jeudi')
    await expect(page.getByRole('row', { name: /Nadia B\./ })).toContainText('Coordination')
    await screen(page, testInfo, '42-comptes')

    // Verrouiller, puis Inès en deux gestes : son nom, son code et Entrée
    await nav.getByRole('button', { name: /^Verrouiller/ }).click()
    const verrou = page.getByRole('dialog', { name: 'Qui êtes-vous ?' })
    await expect(verrou).toBeVisible()
    await expect(verrou.getByRole('button', { name: /Inès D\./ })).toBeFocused()
    await screen(page, testInfo, '43-verrouillage', { fullPage: false })
    await verrou.getByRole('button', { name: /Inès D\./ }).click()
    await expect(page.getByRole('dialog', { name: 'Bonjour Inès D.' }).getByLabel('Code PIN')).toBeFocused()
    await page.keyboard.type('000000')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toContainText("Ce n'est pas le bon code PIN")
    await screen(page, testInfo, '44-code-faux', { fullPage: false })
    await page.keyboard.type(PIN)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(nav).toContainText('Inès D.')
    await expect(nav).toContainText('Bénévole')
    // Paramètres quittés : ils ne sont pas pour elle
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0)

    // Son collectif : pas d'export ; le registre au clavier
    const sien = ids['CM1-CM2 mardi-jeudi']
    await page.goto(`${host.url}#/seances/${sien.collectif}`)
    await expect(page.getByRole('heading', { name: 'Séances — CM1-CM2 mardi-jeudi' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Vue de la semaine' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Exporter le registre' })).toBeHidden()
    await screen(page, testInfo, '45-benevole-seances', { fullPage: false })
    await page.goto(`${host.url}#/registre/${sien.seance}`)
    const lignes = page.getByRole('list', { name: 'Enfants inscrits' }).getByRole('listitem')
    await expect(lignes).toHaveCount(3)
    await expect(lignes.first()).toBeFocused()
    for (const key of ['p', 'a', 'p']) await page.keyboard.press(key)
    await expect(page.getByText('3 / 3 marqués')).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: '✓ Enregistré' })).toBeVisible()
    await screen(page, testInfo, '46-benevole-registre')

    // Ni suppression ailleurs…
    await nav.getByRole('link', { name: /^Lieux et/ }).click()
    await expect(page.getByText('Local du Vieux Moulin')).toBeVisible()
    await expect(page.getByRole('button', { name: /^Supprimer/ })).toHaveCount(0)
    // … ni par un appel direct : refusés par l'hôte
    const suppression = await page.request.post(`${host.url}api/lieux.supprimer`, { data: { id: lieu.id } })
    expect(suppression.status()).toBe(403)
    expect(((await suppression.json()) as { error: { message: string } }).error.message).toMatch(/^Votre compte bénévole ne permet pas de supprimer des données/)
    const autre = ids['6e-5e lundi']
    const ailleurs = await page.request.post(`${host.url}api/registre.setPresence`, { data: { seanceId: autre.seance, enfantId: autre.enfants[0], statut: 'present' } })
    expect(ailleurs.status()).toBe(403)
    const exportDirect = await page.request.post(`${host.url}api/echange.export`, { data: {} })
    expect(exportDirect.status()).toBe(403)

    // Ctrl+L verrouille ; la coordinatrice revient et lit le journal
    await page.keyboard.press('Control+l')
    await expect(verrou).toBeVisible()
    const anonyme = await page.request.post(`${host.url}api/enfants.list`, { data: {} })
    expect(anonyme.status()).toBe(401)
    await verrou.getByRole('button', { name: /Nadia B\./ }).click()
    await page.keyboard.type(MOT_DE_PASSE)
    await page.keyboard.press('Enter')
    await expect(nav).toContainText('Coordination')
    await nav.getByRole('link', { name: 'Paramètres' }).click()
    await page.getByRole('link', { name: 'Journal des modifications' }).click()
    await expect(page.getByRole('heading', { name: 'Journal des modifications' })).toBeVisible()
    const journal = page.getByRole('table')
    await expect(journal.getByRole('row', { name: /Présence marquée/ })).toHaveCount(3)
    await expect(journal.getByRole('row', { name: /Présence marquée/ }).first()).toContainText('Inès D.')
    await expect(journal.getByRole('row', { name: /Présence marquée/ }).first()).toContainText('enfant, séance, présence')
    await expect(journal.getByRole('row', { name: /Compte enregistré/ })).toContainText('Nadia B.')
    await expect(journal.getByRole('row', { name: /Lieu supprimé/ })).toHaveCount(0)
    // The record is named when the journal is shown (« fiche de Lina Martin »), never stored in it (below).
    await expect(journal.getByRole('row', { name: /Enfant enregistré/ }).filter({ hasText: 'fiche de Lina Martin' })).toHaveCount(1)
    await screen(page, testInfo, '47-journal')
  } finally {
    await host.stop()
  }

  // Le journal ne garde que des identifiants et des noms de champs, jamais un nom d'enfant
  const stored = new Database(scratch.db, { readonly: true })
  expect(JSON.stringify(stored.prepare('SELECT * FROM journal').all())).not.toContain('Lina')
  stored.close()

  // Ce qui est arrivé dans la base : les trois marques d'Inès, le lieu toujours là
  const exported = await runCli(['export', '--db', scratch.db])
  expect(exported.code, exported.stderr).toBe(0)
  const doc = JSON.parse(exported.stdout) as { lieux: unknown[]; seances: { collectifId: string; presences: { statut: string }[] }[]; collectifs: { id: string; nom: string }[] }
  const cm = doc.collectifs.find((c) => c.nom === 'CM1-CM2 mardi-jeudi')!
  expect(doc.seances.find((s) => s.collectifId === cm.id)!.presences.map((p) => p.statut).sort()).toEqual(['absent', 'present', 'present'])
  expect(doc.seances.filter((s) => s.collectifId !== cm.id).flatMap((s) => s.presences)).toEqual([])
  expect(doc.lieux).toHaveLength(1)
  scratch.dispose()
})

test('une base sans compte : Paramètres propose de protéger les données, puis Clas se verrouille après l’inactivité choisie', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  const api = (name: string, input: unknown) => fetch(`${host.url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
  try {
    const setup = await api('setup.create', {
      structure: { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' } },
      anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
    })
    expect(setup.status).toBe(200)
    await page.clock.install()
    await page.goto(`${host.url}#/parametres`)
    await expect(page.getByRole('heading', { name: 'Protégez les données : créez le compte de la coordination' })).toBeVisible()
    const nomAffiche = champ(page, 'Nom affiché')
    await expect(nomAffiche).toHaveAttribute('placeholder', 'Nadia Benali')
    await screen(page, testInfo, '48-proteger-les-donnees', { fullPage: false })
    await champ(page, 'Mot de passe').fill(MOT_DE_PASSE)
    await champ(page, 'Confirmation du mot de passe').fill(MOT_DE_PASSE)
    await champ(page, 'Confirmation du mot de passe').press('Enter')
    await expect(page.getByRole('heading', { name: 'Comptes et verrouillage' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText('Nadia Benali')
    // From now on, a call without the session is refused.
    expect((await api('enfants.list', {})).status).toBe(401)

    const minutes = page.getByLabel('Verrouiller après combien de minutes sans activité ?')
    await expect(minutes).toHaveValue('10')
    await minutes.fill('1')
    await minutes.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '✓ Réglage enregistré' })).toBeVisible()
    await screen(page, testInfo, '49-comptes-et-verrouillage', { fullPage: false })
    await page.clock.fastForward('00:50')
    await expect(page.getByRole('dialog', { name: 'Qui êtes-vous ?' })).toBeHidden()
    await page.clock.fastForward('00:20')
    await expect(page.getByRole('dialog', { name: 'Qui êtes-vous ?' })).toBeVisible()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
