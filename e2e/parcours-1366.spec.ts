import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { api } from './support/api'
import { E2E_TODAY, runCli, scratchDir, startHost } from './support/host'
import { layoutProblems, expectToastOneLine } from './support/layout-checks'
import { screen, screensDir } from './support/screens'

/**
 * Issue 13's walk: every screen of the app on a 1366×768 laptop, from an empty base (first start,
 * setup, the empty screens) and through the demonstration (each screen full, its dialogs, the
 * undo message). Each screen is photographed under `.reports/screens/parcours-*.png` to be looked
 * at, and checked for what a volunteer would trip on (see `layoutProblems`). The checks are soft:
 * one run lists every screen that is wrong, not only the first.
 */
test.use({ viewport: { width: 1366, height: 768 } })
test.describe.configure({ timeout: 360_000 })

/**
 * Calls of the page still running. (`waitForLoadState('networkidle')` does not serve: once
 * reached it stays so, whatever the screens of a single-page app ask afterwards.)
 */
function pendingCalls(page: Page): () => number {
  let pending = 0
  // The stream of the others' changes stays open for the page's life: not a call.
  const counted = (request: { url(): string }) => !request.url().includes('/api/evenements')
  page.on('request', (r) => void (counted(r) && (pending += 1)))
  page.on('requestfinished', (r) => void (counted(r) && (pending -= 1)))
  page.on('requestfailed', (r) => void (counted(r) && (pending -= 1)))
  return () => pending
}

/** The screen has come: its title, no « Chargement… », and no call for 400 ms. */
async function settled(page: Page, pending: () => number): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible()
  let quietSince = Date.now()
  await expect.poll(async () => {
    if (pending() > 0 || (await page.locator('[aria-busy="true"]').count()) > 0) quietSince = Date.now()
    return Date.now() - quietSince
  }, { intervals: [100], timeout: 30_000 }).toBeGreaterThan(400)
}

function walker(page: Page, testInfo: TestInfo, prefix: string) {
  let n = 0
  const pending = pendingCalls(page)
  // This run's screens only: none left from a longer walk before.
  if (existsSync(screensDir)) for (const f of readdirSync(screensDir)) if (f.startsWith(`${prefix}-`)) rmSync(join(screensDir, f))
  return {
    settled: () => settled(page, pending),
    /** Checks what is on the page now and photographs it. */
    async look(name: string, { fullPage = true } = {}): Promise<void> {
      expect.soft(await layoutProblems(page), `${prefix} ${name}`).toEqual([])
      n += 1
      await screen(page, testInfo, `${prefix}-${String(n).padStart(2, '0')}-${name}`, { fullPage })
    },
    /** Opens a screen by its address, waits for it, checks and photographs it. */
    async visit(path: string, name: string): Promise<void> {
      // The title of the screen left must not pass for the one asked: wait for the address to be the router's.
      await page.goto(`${hostUrl(page)}#${path}`)
      // (or where it sends: « /seances » opens the first collectif's)
      await expect.poll(async () => (await page.evaluate(() => location.hash)).startsWith(`#${path}`)).toBe(true)
      await page.waitForTimeout(100)
      await settled(page, pending)
      await this.look(name)
    },
  }
}

const hostUrl = (page: Page) => page.url().split('#')[0]

test('parcours à 1366×768 : premier lancement, configuration, et chaque écran vide', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    const walk = walker(page, testInfo, 'parcours-vide')
    await page.goto(host.url)
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Clas' })).toBeVisible()
    await walk.look('bienvenue')

    await page.getByRole('link', { name: /Commencer avec mon association/ }).click()
    await expect(page.getByRole('heading', { name: 'Votre association' })).toBeVisible()
    await walk.look('configuration')
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toBeVisible()
    await walk.look('configuration-erreurs')

    const champ = (label: string) => page.getByLabel(new RegExp(`^${label}`))
    await champ("Nom de l'association").fill('Les Ponts')
    await champ('Département de la CAF').fill('01')
    await champ('Commune').fill('Bourg-en-Bresse')
    const coordination = page.getByRole('group', { name: 'La coordinatrice ou le coordinateur' })
    await coordination.getByLabel(/^Prénom/).fill('Nadia')
    await coordination.getByLabel(/^Nom/).fill('Benali')
    await champ('Intitulé du projet').fill('Réussir ensemble')
    const compte = page.getByRole('group', { name: 'Votre compte' })
    await compte.getByLabel(/^Mot de passe/).fill('Ponts-2025-coord')
    await compte.getByLabel(/^Confirmation/).fill('Ponts-2025-coord')

    // An impossible start of the action: refused at the field, in the person's words, and no association created.
    const debut = champ("Début de l'action")
    const debutPropose = await debut.inputValue()
    await debut.focus()
    await page.keyboard.type('31022013')
    await debut.press('Enter')
    await expect(debut).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator(`#${await debut.getAttribute('id')}-error`)).toHaveText(/Début de l'action : cette date n'existe pas ou n'est pas complète\. Saisissez le jour, le mois et l'année \(JJ\/MM\/AAAA\)/)
    await walk.look('configuration-date-impossible')
    expect((await api<{ configured: boolean }>(host.url, 'app.status', {})).configured).toBe(false)
    await debut.fill(debutPropose)
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await walk.settled()
    await walk.look('accueil')

    // Each list without anything in it yet: it says what goes there and how to add it.
    for (const [path, name] of [
      ['/collectifs', 'collectifs'], ['/enfants', 'enfants'], ['/familles', 'familles'], ['/seances', 'seances'],
      ['/actions-parents', 'actions-parents'], ['/concertations', 'concertations'], ['/equipe', 'equipe'],
      ['/projets-bonus', 'projets-bonus'], ['/lieux-etablissements', 'lieux-etablissements'], ['/budget', 'budget'],
      ['/bilan', 'bilan'], ['/parametres', 'parametres'], ['/parametres/journal', 'journal'], ['/donnees-personnelles', 'donnees-personnelles'],
    ] as const) {
      await walk.visit(path, name)
      // Something beyond the title: an empty screen says what to do.
      const words = (await page.locator('main').innerText()).trim().split(/\s+/).length
      expect.soft(words, `${name} : un écran vide dit quoi faire`).toBeGreaterThan(8)
    }
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('parcours à 1366×768 : la démonstration, chaque écran, ses fenêtres et le message d’annulation', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    const walk = walker(page, testInfo, 'parcours-demo')
    await page.goto(host.url)
    await page.getByRole('button', { name: /Explorer avec des données de démonstration/ }).click()
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await walk.settled()
    await walk.look('accueil')

    const url = host.url
    const first = async <T extends { id: string }>(call: string, input: unknown = {}) => (await api<T[]>(url, call, input))[0]
    const collectif = await first<{ id: string; nom: string }>('collectifs.list')
    const enfant = await first('enfants.list')
    const famille = await first('familles.list')
    const seances = await api<{ id: string; date: string; annulee: boolean; nbMarques: number; nbIntervenants: number }[]>(url, 'seances.list', { collectifId: collectif.id })
    const passee = seances.filter((s) => s.date <= E2E_TODAY && !s.annulee).at(-1)!
    const action = await first('actionsParents.list')
    const concertation = await first('concertations.list')
    const intervenant = await first('intervenants.list')
    const formation = await first('formations.list')
    const projet = await first('projetsBonus.list')

    const screens: [string, string][] = [
      ['/collectifs', 'collectifs'], [`/collectifs/${collectif.id}`, 'collectif'], ['/collectifs/nouveau', 'collectif-nouveau'],
      ['/enfants', 'enfants'], [`/enfants/${enfant.id}`, 'enfant'], ['/enfants/nouveau', 'enfant-nouveau'], ['/enfants/importer', 'import-enfants'],
      ['/familles', 'familles'], ...(famille ? [[`/familles/${famille.id}`, 'famille'] as [string, string]] : []), ['/familles/nouvelle', 'famille-nouvelle'],
      ['/seances', 'seances'], [`/seances/${collectif.id}`, 'seances-collectif'], [`/registre/${passee.id}`, 'registre'],
      [`/semaine/${collectif.id}`, 'semaine'],
      ['/actions-parents', 'actions-parents'], ...(action ? [[`/actions-parents/${action.id}`, 'action-parents'] as [string, string]] : []), ['/actions-parents/nouvelle', 'action-parents-nouvelle'],
      ['/concertations', 'concertations'], ...(concertation ? [[`/concertations/${concertation.id}`, 'concertation'] as [string, string]] : []), ['/concertations/nouvelle', 'concertation-nouvelle'],
      ['/equipe', 'equipe'], [`/equipe/intervenants/${intervenant.id}`, 'intervenant'], ['/equipe/intervenants/nouveau', 'intervenant-nouveau'],
      ...(formation ? [[`/equipe/formations/${formation.id}`, 'formation'] as [string, string]] : []), ['/equipe/formations/nouvelle', 'formation-nouvelle'],
      ['/projets-bonus', 'projets-bonus'], ...(projet ? [[`/projets-bonus/${projet.id}`, 'projet-bonus'] as [string, string]] : []), ['/projets-bonus/nouveau', 'projet-bonus-nouveau'],
      ['/lieux-etablissements', 'lieux-etablissements'], ['/budget', 'budget'], ['/bilan', 'bilan'], ['/bilan/modeles/importer', 'bilan-import-modele'],
      ['/parametres', 'parametres'], ['/parametres/comptes', 'comptes'], ['/parametres/comptes/nouveau', 'compte-nouveau'],
      ['/parametres/journal', 'journal'], ['/donnees-personnelles', 'donnees-personnelles'],
    ]
    for (const [path, name] of screens) await walk.visit(path, name)

    // What the walk found wrong, and stays right: an action for every collectif says so in three
    // words; a cancelled séance's reason has the room of the counts it does not have.
    await walk.visit('/actions-parents', 'actions-parents')
    await expect(page.getByRole('cell', { name: 'Tous les collectifs' }).first()).toBeVisible()

    // The demo is seen on the host's day: nothing after it is held. The collectifs list says its
    // counts in words; a séance to come shows no attendance figure.
    const aVenir = seances.filter((s) => s.date > E2E_TODAY)
    expect(aVenir.length).toBeGreaterThan(0)
    expect(aVenir.filter((s) => s.annulee || s.nbMarques > 0 || s.nbIntervenants > 0)).toEqual([])
    const tenues = seances.filter((s) => !s.annulee && s.date <= E2E_TODAY).length
    const prevues = seances.filter((s) => !s.annulee).length
    await walk.visit('/collectifs', 'collectifs')
    await expect(page.getByRole('row', { name: new RegExp(collectif.nom) })).toContainText(`${tenues} tenues sur ${prevues} prévues`)
    await page.goto(`${url}#/seances/${collectif.id}`)
    await walk.settled()
    const prevue = page.locator('tbody tr', { has: page.getByText('Prévue', { exact: true }) }).first()
    await expect(prevue.locator('td.num').first()).toHaveText(/^—\s*pas encore de présences$/)
    // Home: the collectifs' heading counts the children of the day, « Le projet » those of the year.
    await page.goto(`${url}#/`)
    await walk.settled()
    await expect(page.getByRole('heading', { name: /^Collectifs/ })).toContainText(/\d+ enfants inscrits au 10\/03\/2026/)
    await expect(page.getByText(/\d+ enfants inscrits dans l'année \(dont \d+ partis? depuis\), du CP au lycée\./)).toBeVisible()
    await page.goto(`${url}#/seances/${collectif.id}`)
    await walk.settled()
    const annulee = page.locator('tr.cancelled').first()
    await expect(annulee.locator('td[colspan="3"]')).toContainText('Annulée')
    const motif = await annulee.locator('.motif').boundingBox()
    expect(motif!.width, 'le motif a la place des trois colonnes, pas d’une seule').toBeGreaterThan(250)

    // The dialogs of the séances' screen fit the window, their buttons whole.
    const dialog = page.getByRole('dialog')
    await page.goto(`${url}#/seances/${collectif.id}`)
    await walk.settled()
    for (const [button, name] of [
      ['Ajouter une séance', 'fenetre-ajouter-seance'], ["Planifier les séances de l'année", 'fenetre-planifier'], ['Exporter le registre', 'fenetre-exporter-registre'],
    ] as const) {
      await page.getByRole('button', { name: button }).click()
      await expect(dialog).toBeVisible()
      await walk.look(name, { fullPage: false })
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    await page.getByRole('button', { name: /^Annuler la séance du/ }).first().click()
    await expect(dialog).toBeVisible()
    await walk.look('fenetre-annuler-seance', { fullPage: false })
    await dialog.getByRole('button', { name: 'Retour' }).click()

    // The collectif's « Inscrire un enfant », and several children at once from the list.
    await page.goto(`${url}#/collectifs/${collectif.id}`)
    await walk.settled()
    await page.getByRole('button', { name: 'Inscrire un enfant' }).click()
    await expect(dialog).toBeVisible()
    await walk.settled()
    await walk.look('fenetre-inscrire-dans-collectif', { fullPage: false })
    await page.keyboard.press('Escape')
    await page.goto(`${url}#/enfants`)
    await walk.settled()
    const cases = page.getByRole('table').getByRole('checkbox')
    await cases.nth(0).check()
    await cases.nth(1).check()
    await walk.look('enfants-choisis', { fullPage: false })
    await page.getByRole('button', { name: /^Inscrire les 2 enfants|^Inscrire \d+ enfants|^Inscrire la sélection/ }).first().click()
    await expect(dialog).toBeVisible()
    await walk.look('fenetre-inscrire-plusieurs', { fullPage: false })
    await page.keyboard.press('Escape')

    // Search: one list for every kind of record.
    await page.keyboard.press('Control+k')
    const recherche = page.getByRole('dialog', { name: 'Rechercher' })
    await recherche.getByRole('combobox').fill('ma')
    await expect(recherche.getByRole('option').first()).toBeVisible()
    await walk.look('recherche', { fullPage: false })
    await page.keyboard.press('Escape')

    // A lieu: its dialog, then deleted, and the undo message on one line.
    await page.goto(`${url}#/lieux-etablissements`)
    await walk.settled()
    await page.getByRole('button', { name: 'Nouveau lieu' }).click()
    await expect(dialog).toBeVisible()
    await walk.look('fenetre-nouveau-lieu', { fullPage: false })
    await page.keyboard.press('Escape')
    await page.goto(`${url}#/actions-parents/${action.id}`)
    await walk.settled()
    await page.getByRole('button', { name: "Supprimer l'action" }).click()
    await expect(dialog).toBeVisible()
    await walk.look('fenetre-confirmer-suppression', { fullPage: false })
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click()
    await expectToastOneLine(page)
    await walk.look('message-annulation', { fullPage: false })
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('parcours à 1366×768 d’une bénévole : ce que son compte ne permet pas n’est pas offert, la lecture seule dite une fois', async ({ page }, testInfo) => {
  // The demonstration's association as one's own base: accounts are not made in the demonstration itself.
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db, '--today', E2E_TODAY])).code).toBe(0)
  const host = await startHost(scratch.db)
  try {
    const walk = walker(page, testInfo, 'parcours-benevole')
    const url = host.url
    await page.goto(url)
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    // The page's cookies: the coordinator's session, then the bénévole's account entrusted with one collectif.
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const res = await page.request.post(`${url}api/${name}`, { data: input })
      const body = (await res.json()) as { result: T; error?: { message: string } }
      if (!res.ok()) throw new Error(`${name} : ${body.error?.message}`)
      return body.result
    }
    await call('comptes.save', { nom: 'Nadia B.', role: 'coordinateur', type: 'mot_de_passe', secret: 'Ponts-2025-coord' })
    await call('session.ouvrir', { nom: 'Nadia B.', secret: 'Ponts-2025-coord' })
    const collectifs = await call<{ id: string; nom: string }[]>('collectifs.list', {})
    const [sien, autre] = collectifs
    await call('comptes.save', { nom: 'Inès D.', role: 'benevole', type: 'pin', secret: '493817', collectifIds: [sien.id] })
    const enfant = (await call<{ id: string }[]>('enfants.list', {}))[0]
    const famille = (await call<{ id: string }[]>('familles.list', {}))[0]
    const action = (await call<{ id: string }[]>('actionsParents.list', {}))[0]
    const concertation = (await call<{ id: string }[]>('concertations.list', {}))[0]
    const intervenant = (await call<{ id: string }[]>('intervenants.list', {}))[0]
    const projet = (await call<{ id: string }[]>('projetsBonus.list', {}))[0]
    const seanceAutre = (await call<{ id: string; date: string }[]>('seances.list', { collectifId: autre.id })).filter((s) => s.date <= '2026-03-10').at(-1)!

    await page.reload()
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await nav.getByRole('button', { name: /^Verrouiller/ }).click()
    await page.getByRole('dialog', { name: 'Qui êtes-vous ?' }).getByRole('button', { name: /Inès D\./ }).click()
    await page.keyboard.type('493817')
    await page.keyboard.press('Enter')
    await expect(nav).toContainText('Bénévole')
    await walk.settled()
    await walk.look('accueil')

    // Neither the settings nor the budget (not allowed yet) in the menu.
    await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'Budget' })).toHaveCount(0)

    const screens: [string, string][] = [
      ['/', 'accueil'], ['/collectifs', 'collectifs'], [`/collectifs/${autre.id}`, 'collectif-autre'], [`/collectifs/${sien.id}`, 'collectif-sien'],
      ['/enfants', 'enfants'], [`/enfants/${enfant.id}`, 'enfant'], ['/familles', 'familles'], [`/familles/${famille.id}`, 'famille'],
      [`/seances/${autre.id}`, 'seances-autre'], [`/registre/${seanceAutre.id}`, 'registre-autre'], [`/semaine/${autre.id}`, 'semaine-autre'],
      ['/actions-parents', 'actions-parents'], [`/actions-parents/${action.id}`, 'action-parents'], ['/concertations', 'concertations'],
      [`/concertations/${concertation.id}`, 'concertation'], ['/equipe', 'equipe'], [`/equipe/intervenants/${intervenant.id}`, 'intervenant'],
      ['/projets-bonus', 'projets-bonus'], [`/projets-bonus/${projet.id}`, 'projet-bonus'], ['/lieux-etablissements', 'lieux-etablissements'], ['/bilan', 'bilan'],
    ]
    for (const [path, name] of screens) {
      await walk.visit(path, name)
      // Nothing to delete, create or enrol: those buttons are not there at all (not merely hidden).
      const offered = page.getByRole('main').getByRole('button', { name: /^Supprimer|^✕$|^Nouve(au|l|lle)\b|^Inscrire|^Importer|^Créer\b/, includeHidden: true })
      expect.soft(await offered.allInnerTexts(), `${name} : rien à supprimer, créer ou inscrire`).toEqual([])
      const creations = page.getByRole('main').getByRole('link', { name: /^Nouve(au|l|lle)\b|^Inscrire|^Importer/, includeHidden: true })
      expect.soft(await creations.allInnerTexts(), `${name} : aucun lien de création`).toEqual([])
      // Read-only said once at the most, at the top.
      expect.soft(await page.getByRole('note').count(), `${name} : la lecture seule dite une fois`).toBeLessThanOrEqual(1)
    }
    // Where the bénévole can do nothing, the page says so.
    for (const path of [`/collectifs/${autre.id}`, `/enfants/${enfant.id}`, `/seances/${autre.id}`, `/registre/${seanceAutre.id}`]) {
      await page.goto(`${url}#${path}`)
      await walk.settled()
      await expect(page.getByRole('note'), path).toHaveCount(1)
    }
    // The settings are not reached by their address either.
    await page.goto(`${url}#/parametres`)
    await walk.settled()
    await expect(page.getByRole('button', { name: 'Enregistrer les paramètres' })).toHaveCount(0)
    await walk.look('parametres-par-adresse')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
