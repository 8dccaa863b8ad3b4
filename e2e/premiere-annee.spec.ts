import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

const ENFANTS = [
  ['Lina', 'Aubert'], ['Noé', 'Bernard'], ['Inès', 'Chevalier'], ['Yanis', 'Diallo'],
  ['Jade', 'Etienne'], ['Rayan', 'Fontaine'], ['Maël', 'Garnier'], ['Sofia', 'Haddad'],
] as const
// In the order of the register (by name): P P P A E P P P.
const ATTENDUS = ['present', 'present', 'present', 'absent', 'excuse', 'present', 'present', 'present']

const MOT_DE_PASSE = 'Les-Ponts-2025'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}`))

test.describe.configure({ timeout: 180_000 }) // a whole year's walk, with two starts of the host, on a shared machine

test('une association saisit son année : configuration, collectif, enfants, séance, registre au clavier, redémarrage, export', async ({ page }, testInfo) => {
  const scratch = scratchDir()
  // The day this test once failed on (a Friday), while the browser's own clock is already the
  // next day in Paris: the screens must take the server's day, as the séance added below does.
  const AUJOURDHUI = '2026-12-04'
  let host = await startHost(scratch.db, { today: AUJOURDHUI })
  await page.clock.setFixedTime(new Date('2026-12-04T23:30:00Z'))
  try {
    // Premier lancement
    await page.goto(host.url)
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Clas' })).toBeVisible()
    await screen(page, testInfo, '01-premier-lancement')
    await page.getByRole('link', { name: /Commencer avec mon association/ }).click()

    // Configuration : une erreur d'abord, affichée à côté du champ et dans le résumé
    await expect(page.getByRole('heading', { name: 'Votre association' })).toBeVisible()
    await page.getByRole('button', { name: 'Enregistrer et commencer' }).click()
    const resume = page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })
    await expect(resume).toBeVisible()
    await expect(champ(page, "Nom de l'association")).toHaveAttribute('aria-invalid', 'true')
    await screen(page, testInfo, '02-configuration-erreurs')

    await champ(page, "Nom de l'association").fill('Association Les Ponts')
    await champ(page, 'Département de la CAF').fill('01')
    await champ(page, 'Adresse').fill('12 rue des Écoles')
    await champ(page, 'Code postal').fill('01000')
    await champ(page, 'Commune').fill('Bourg-en-Bresse')
    await page.getByRole('group', { name: 'La coordinatrice ou le coordinateur' }).getByLabel(/^Prénom/).fill('Claire')
    await page.getByRole('group', { name: 'La coordinatrice ou le coordinateur' }).getByLabel(/^Nom/).fill('Martin')
    await page.getByRole('group', { name: 'La coordinatrice ou le coordinateur' }).getByLabel(/^E-mail/).fill('claire.martin@example.org')
    await page.getByLabel('Diplôme de niveau Bac+2 ou plus').check()
    await champ(page, 'Zone de vacances scolaires').selectOption('A')
    const debut = await champ(page, "Début de l'action").inputValue()
    expect(debut).toBe('2026-09-01') // the school year of the server's day
    await champ(page, 'Intitulé du projet').fill('Réussir ensemble')
    const compte = page.getByRole('group', { name: 'Votre compte' })
    await compte.getByLabel(/^Mot de passe/).fill(MOT_DE_PASSE)
    await compte.getByLabel(/^Confirmation/).fill(MOT_DE_PASSE)
    await screen(page, testInfo, '03-configuration')
    await champ(page, 'Intitulé du projet').press('Enter') // Entrée valide le formulaire

    // Accueil vide
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible()
    await expect(page.getByText("Aucun collectif pour l'instant — créez le premier.")).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText('Association Les Ponts')
    await screen(page, testInfo, '04-accueil-vide')

    // Un collectif : lieu, établissement, deux créneaux, deux intervenants créés sur place
    await page.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await page.getByRole('link', { name: 'Nouveau collectif' }).click()
    await champ(page, 'Nom du collectif').fill('CM1-CM2 mardi-jeudi')
    await page.getByLabel('Primaire').check()
    await page.getByRole('button', { name: 'Nouveau lieu…' }).click()
    const lieu = page.getByRole('group', { name: 'Nouveau lieu' })
    await lieu.getByLabel(/^Nom du lieu/).fill('Local du Vieux Moulin')
    await lieu.getByLabel(/^Type de local/).selectOption('associatif')
    await lieu.getByLabel(/^Commune/).fill('Bourg-en-Bresse')
    await lieu.getByLabel(/^Nom du lieu/).press('Enter')
    await expect(champ(page, 'Lieu des séances')).toHaveValue(/.+/)
    await expect(champ(page, 'Lieu des séances').locator('option:checked')).toHaveText(/Local du Vieux Moulin/)

    await page.getByRole('button', { name: 'Nouvel établissement…' }).click()
    const etab = page.getByRole('group', { name: 'Nouvel établissement scolaire' })
    await etab.getByLabel(/^Nom de l'établissement/).fill('École Jean Moulin')
    await etab.getByLabel(/^Nom de l'établissement/).press('Enter')
    await expect(page.getByLabel(/École Jean Moulin/)).toBeChecked()

    const creneau1 = page.getByRole('group', { name: 'Créneau 1' })
    await creneau1.getByLabel('Jour').selectOption({ label: 'Mardi' })
    await creneau1.getByLabel('Heure de début').fill('16:45')
    await page.getByRole('button', { name: '+ Ajouter un créneau' }).click()
    const creneau2 = page.getByRole('group', { name: 'Créneau 2' })
    await creneau2.getByLabel('Jour').selectOption({ label: 'Jeudi' })
    await expect(creneau2.getByLabel('Heure de début')).toHaveValue('16:45')
    await expect(creneau2.getByLabel('Durée (minutes)')).toHaveValue('90')

    for (const [prenom, nom, statut] of [['Sophie', 'Durand', 'benevole'], ['Karim', 'Benali', 'salarie']]) {
      await page.getByRole('button', { name: 'Nouvel intervenant…' }).click()
      const form = page.getByRole('group', { name: 'Nouvel intervenant' })
      await form.getByLabel(/^Prénom/).fill(prenom)
      await form.getByLabel(/^Nom/).fill(nom)
      await form.getByLabel(/^Statut/).selectOption(statut)
      await form.getByLabel(/^Prénom/).press('Enter')
      await expect(page.getByLabel(new RegExp(`${prenom} ${nom}`))).toBeChecked()
    }
    await screen(page, testInfo, '05-collectif')
    await page.getByRole('button', { name: 'Enregistrer le collectif' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'CM1-CM2 mardi-jeudi' })).toBeVisible()

    // Huit enfants inscrits dans le collectif, saisis à la suite
    await page.getByRole('button', { name: 'Inscrire un enfant' }).click()
    await page.getByRole('link', { name: 'Créer un nouvel enfant' }).click()
    await expect(page.getByRole('heading', { name: 'Nouvel enfant' })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Inscription 1' }).getByLabel('Collectif')).toHaveValue(/.+/)
    for (const [i, [prenom, nom]] of ENFANTS.entries()) {
      await champ(page, 'Prénom').fill(prenom)
      await champ(page, 'Nom').fill(nom)
      await champ(page, 'Niveau scolaire').selectOption(i % 2 ? 'CM2' : 'CM1')
      if (i === 0) {
        await page.getByLabel('Fille').check()
        await page.getByRole('button', { name: 'Nouvelle famille…' }).click()
        const famille = page.getByRole('group', { name: 'Nouvelle famille' })
        await expect(famille.getByLabel(/^Nom de la famille/)).toHaveValue('Aubert')
        await famille.getByLabel(/^Nom de la famille/).press('Enter')
        await expect(champ(page, 'Famille').locator('option:checked')).toHaveText('Aubert')
        await page.getByLabel('Difficultés scolaires').check()
        await screen(page, testInfo, '06-enfant')
      }
      await page.getByRole('button', { name: 'Enregistrer et ajouter un autre enfant' }).click()
      await expect(page.getByText(`Fiche de ${prenom} ${nom} enregistrée`)).toBeVisible()
    }
    await page.getByRole('link', { name: 'Enfants', exact: true }).click()
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(9)
    await page.getByLabel('Rechercher par nom').fill('ines')
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
    await expect(page.getByRole('row', { name: /Chevalier Inès/ })).toBeVisible()
    await page.getByLabel('Rechercher par nom').fill('')
    await screen(page, testInfo, '07-enfants')

    // Séances : planification de l'année, puis une séance ajoutée aujourd'hui
    await page.getByRole('link', { name: 'Séances', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Séances — CM1-CM2 mardi-jeudi' })).toBeVisible()
    await page.getByRole('button', { name: "Planifier les séances de l'année" }).click()
    const plan = page.getByRole('dialog')
    await expect(plan.getByLabel(/^Du/)).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
    await plan.getByRole('button', { name: 'Planifier', exact: true }).click()
    await expect(plan.getByText(/séances? créées?/)).toBeVisible()
    await expect(plan.getByRole('heading', { name: 'Dates écartées' })).toBeVisible()
    await screen(page, testInfo, '08-planification', { fullPage: false })
    await page.keyboard.press('Escape')
    await expect(plan).toBeHidden()
    await expect(page.getByRole('table').getByRole('row').nth(3)).toBeVisible()

    // Annuler une séance avec son motif, la rétablir, en déplacer une
    const premiere = page.locator('tbody tr[id^="seance-"]').first()
    await premiere.getByRole('button', { name: /^Annuler la séance/ }).click()
    await page.getByRole('dialog').getByLabel(/^Motif/).fill('Grève des transports')
    await page.getByRole('dialog').getByLabel(/^Motif/).press('Enter')
    await expect(premiere).toContainText('Annulée')
    await expect(premiere).toContainText('Grève des transports')
    await premiere.getByRole('button', { name: /^Rétablir/ }).click()
    await expect(page.getByText(/Séance du .* rétablie/)).toBeVisible()
    await expect(premiere).not.toContainText('Annulée')
    await premiere.getByRole('button', { name: /^Déplacer/ }).click()
    await page.getByRole('dialog').getByLabel(/^Heure de début/).fill('17:00')
    await page.getByRole('dialog').getByRole('button', { name: 'Déplacer' }).click()
    await expect(page.getByText(/Séance déplacée au/)).toBeVisible()
    await expect(premiere).toContainText('17 h 00')

    const date = AUJOURDHUI
    await page.getByRole('button', { name: 'Ajouter une séance' }).click()
    const ajout = page.getByRole('dialog')
    await ajout.getByLabel(/^Date/).fill(date)
    await ajout.getByLabel(/^Heure de début/).fill('10:00')
    await ajout.getByLabel(/^Durée/).press('Enter')
    await expect(page.getByText(/Séance du .* ajoutée/)).toBeVisible()
    await screen(page, testInfo, '09-seances', { fullPage: false })
    await page.locator('tr:focus').getByRole('link', { name: /Registre du/ }).click()

    // Le registre, au clavier seulement
    await expect(page.getByRole('heading', { name: 'Registre de présence' })).toBeVisible()
    const lignes = page.getByRole('list', { name: 'Enfants inscrits' }).getByRole('listitem')
    await expect(lignes).toHaveCount(8)
    await expect(lignes.first()).toBeFocused()
    for (const key of ['p', 'p', 'p', 'a', 'e', 'p', 'p', 'p']) await page.keyboard.press(key)
    await expect(lignes.nth(7)).toBeFocused()
    await page.keyboard.press('Delete') // on efface la dernière marque…
    await expect(page.getByText('7 / 8 marqués')).toBeVisible()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('1') // … et on la remet avec le chiffre
    await expect(page.getByText('8 / 8 marqués')).toBeVisible()
    await page.keyboard.press('Tab')
    // The collectif's usual intervenants come ticked on a new séance: nothing to do when both came.
    await expect(page.getByRole('checkbox', { name: /Sophie Durand/ })).toBeFocused()
    await expect(page.getByRole('checkbox', { name: /Sophie Durand/ })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: /Karim Benali/ })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Aide méthodologique' })).toBeFocused()
    await page.keyboard.press('Enter')
    for (let i = 0; i < 9; i++) await page.keyboard.press('Tab')
    await expect(page.getByLabel('Note de séance')).toBeFocused()
    await page.keyboard.type('Bonne séance, Yanis absent sans prévenir.')
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('status').filter({ hasText: '✓ Enregistré' })).toBeVisible()
    await expect(page.getByText('6 présents · 1 absent · 1 excusé')).toBeVisible()
    await screen(page, testInfo, '10-registre')
    const registreUrl = new URL(page.url()).hash

    // La semaine du collectif
    await page.getByRole('link', { name: 'Vue de la semaine' }).click()
    await expect(page.getByRole('heading', { name: /^Semaine du/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /Yanis Diallo, .* : Absent/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /Jade Etienne, .* : Excusé/ })).toBeVisible()
    await screen(page, testInfo, '11-semaine')
    // Une case se change au clic (Présent → Absent) ou au clavier (P la remet)
    const jourLong = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))
    const caseLina = page.getByRole('button', { name: `Lina Aubert, ${jourLong} : Présent` }).first()
    await caseLina.click()
    await expect(page.getByRole('button', { name: `Lina Aubert, ${jourLong} : Absent` }).first()).toBeFocused()
    await page.keyboard.press('p')
    await expect(page.getByRole('button', { name: `Lina Aubert, ${jourLong} : Présent` }).first()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: '✓ Enregistré' })).toBeVisible()

    // Arrêt et redémarrage de l'hôte sur le même fichier : tout est là
    await host.stop()
    host = await startHost(scratch.db, { today: AUJOURDHUI })
    await page.goto(host.url + registreUrl)
    await page.reload()
    // A new start: the coordinator logs in again (her name, her password, Entrée).
    await page.getByRole('dialog', { name: 'Qui êtes-vous ?' }).getByRole('button', { name: /Claire Martin/ }).click()
    await page.keyboard.type(MOT_DE_PASSE)
    await page.keyboard.press('Enter')
    await expect(lignes).toHaveCount(8)
    for (const [i, statut] of ATTENDUS.entries()) {
      const label = { present: 'Présent', absent: 'Absent', excuse: 'Excusé' }[statut]
      await expect(lignes.nth(i).getByRole('button', { name: label, exact: false, pressed: true })).toHaveCount(1)
    }
    await expect(page.getByRole('checkbox', { name: /Sophie Durand/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /Karim Benali/ })).toBeChecked()
    await expect(page.getByRole('button', { name: 'Aide méthodologique' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByLabel('Note de séance')).toHaveValue('Bonne séance, Yanis absent sans prévenir.')
    await page.getByRole('link', { name: 'Collectifs', exact: true }).click()
    await expect(page.getByRole('row', { name: /CM1-CM2 mardi-jeudi/ })).toContainText('Local du Vieux Moulin')
    await expect(page.getByRole('row', { name: /CM1-CM2 mardi-jeudi/ })).toContainText('8')
    await host.stop()

    // Et dans le document d'échange
    const out = join(scratch.dir, 'doc.json')
    const exported = await runCli(['export', '--db', scratch.db, '--out', out])
    expect(exported.code, exported.stderr).toBe(0)
    const doc = JSON.parse(readFileSync(out, 'utf8'))
    expect(doc.structure.nom).toBe('Association Les Ponts')
    expect(doc.collectifs).toHaveLength(1)
    const [collectif] = doc.collectifs
    expect(collectif).toMatchObject({ nom: 'CM1-CM2 mardi-jeudi', niveau: 'primaire' })
    expect(collectif.creneaux).toEqual([
      { jour: 2, heureDebut: '16:45', dureeMinutes: 90 },
      { jour: 4, heureDebut: '16:45', dureeMinutes: 90 },
    ])
    expect(collectif.intervenantIds).toHaveLength(2)
    expect(doc.lieux.find((l: { id: string }) => l.id === collectif.lieuId)?.nom).toBe('Local du Vieux Moulin')
    expect(doc.enfants).toHaveLength(8)
    for (const enfant of doc.enfants) expect(enfant.inscriptions.map((i: { collectifId: string }) => i.collectifId)).toEqual([collectif.id])
    const seance = doc.seances.find((s: { date: string; heureDebut: string }) => s.date === date && s.heureDebut === '10:00')
    expect(seance.presences).toHaveLength(8)
    const nomDe = (id: string) => doc.enfants.find((e: { id: string }) => e.id === id).nom
    const statuts = Object.fromEntries(seance.presences.map((p: { enfantId: string; statut: string }) => [nomDe(p.enfantId), p.statut]))
    expect(statuts).toEqual(Object.fromEntries(ENFANTS.map(([, nom], i) => [nom, ATTENDUS[i]])))
    expect(seance.intervenantIds).toHaveLength(2)
    expect(seance.activites).toEqual(['aide_methodologique'])
    expect(seance.note).toBe('Bonne séance, Yanis absent sans prévenir.')
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
