import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { api, ANNEE, STRUCTURE } from './support/api'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { runCli, scratchDir, startHost } from './support/host'

test('une marque saisie dans une fenêtre apparaît dans l’autre sans recharger, et la liste suit une écriture faite ailleurs', async ({ browser }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  const contexts = [await browser.newContext(), await browser.newContext()]
  try {
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

    const [saisie, ecran] = await Promise.all(contexts.map((c) => c.newPage()))
    for (const page of [saisie, ecran]) {
      await page.goto(`${host.url}#/registre/${seance.id}`)
      await expect(page.getByRole('listitem', { name: /^Lina Aubert/ })).toBeFocused()
    }
    await expect(ecran.getByRole('listitem', { name: /^Lina Aubert/ })).toHaveAccessibleName(/^Lina Aubert : non marqué/)

    await saisie.keyboard.press('p')
    await expect(saisie.getByRole('listitem', { name: /^Lina Aubert/ })).toHaveAccessibleName(/^Lina Aubert : Présent/)
    // The other window shows it by itself, and its focus has not moved.
    await expect(ecran.getByRole('listitem', { name: /^Lina Aubert/ })).toHaveAccessibleName(/^Lina Aubert : Présent/)
    await expect(ecran.getByRole('listitem', { name: /^Lina Aubert/ })).toBeFocused()
    await expect(ecran.getByRole('listitem', { name: /^Noé Roux/ })).toHaveAccessibleName(/^Noé Roux : non marqué/)

    // The children's list of the second window follows a child added by another client.
    await ecran.goto(`${host.url}#/enfants`)
    await expect(ecran.getByRole('link', { name: 'Roux Noé' })).toBeVisible()
    await api(host.url, 'enfants.save', { prenom: 'Ambre', nom: 'Vidal', niveau: 'CM2', inscriptions: [{ collectifId: collectif.id, du: '2025-09-01' }] })
    await expect(ecran.getByRole('link', { name: 'Vidal Ambre' })).toBeVisible()

    // A child imported by the command line, another program on the same file: the list follows too.
    const liste = `${scratch.dir}/liste.csv`
    writeFileSync(liste, 'Nom;Prénom;Niveau;Collectif\nMartin;Léo;CM2;CM1-CM2\n')
    const imported = await runCli(['children', 'import', '--db', scratch.db, '--in', liste])
    expect(imported.code, imported.stderr).toBe(0)
    await expect(ecran.getByRole('link', { name: 'Martin Léo' })).toBeVisible()

    // The export (the file itself) holds the mark typed in the first window.
    const exported = await runCli(['export', '--db', scratch.db])
    expect(exported.code, exported.stderr).toBe(0)
    const doc = JSON.parse(exported.stdout) as EchangeDocument
    const lina = doc.enfants.find((e) => e.prenom === 'Lina')!
    expect(doc.seances.find((s) => s.id === seance.id)?.presences).toEqual([{ enfantId: lina.id, statut: 'present' }])
  } finally {
    await Promise.all(contexts.map((c) => c.close()))
    await host.stop()
    scratch.dispose()
  }
})
