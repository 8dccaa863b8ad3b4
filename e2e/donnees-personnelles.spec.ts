import { readFileSync } from 'node:fs'
import { expect, test, type Download } from '@playwright/test'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

interface Doc { enfants: { id: string; prenom: string; nom: string; familleId?: string }[]; seances: { presences: { enfantId: string }[] }[] }

test("une famille demande ses données puis leur effacement : l'export, puis l'identité effacée, les chiffres gardés", async ({ page }, testInfo) => {
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db])).code).toBe(0)
  const before = JSON.parse((await runCli(['export', '--db', scratch.db])).stdout) as Doc
  const figuresBefore = JSON.parse((await runCli(['figures', '--db', scratch.db, '--json'])).stdout) as Record<string, unknown>
  const attended = new Set(before.seances.flatMap((s) => s.presences.map((p) => p.enfantId)))
  const enfant = before.enfants.find((e) => attended.has(e.id) && !before.enfants.some((o) => o.id !== e.id && o.prenom === e.prenom && o.nom === e.nom))!
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/parametres`)
    await page.getByRole('link', { name: 'Droits des familles et durée de conservation' }).click()
    await expect(page.getByRole('heading', { name: 'Données personnelles', level: 1 })).toBeVisible()
    await page.getByLabel('Enfant ou famille').fill(`${enfant.prenom} ${enfant.nom}`)
    const row = page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').filter({ hasText: `${enfant.prenom} ${enfant.nom}` })
    await expect(row).toHaveCount(1)

    // Right of access: a page the family reads, and beside it the JSON file, with the attendance of every séance.
    const downloads: Download[] = []
    page.on('download', (d) => downloads.push(d))
    await row.getByRole('button', { name: 'Exporter ses données' }).click()
    await expect.poll(() => downloads.length).toBe(2)
    const json = downloads.find((d) => d.suggestedFilename().endsWith('.json'))!
    const html = downloads.find((d) => d.suggestedFilename().endsWith('.html'))!
    const record = JSON.parse(readFileSync(await json.path(), 'utf8')) as { enfant: { prenom: string; nom: string }; presences: unknown[] }
    const lecture = await page.context().newPage()
    await lecture.setContent(readFileSync(await html.path(), 'utf8'))
    await expect(lecture.getByRole('heading', { level: 1 })).toHaveText(`Données personnelles — ${enfant.prenom} ${enfant.nom}`)
    await expect(lecture.getByRole('heading', { name: 'Présences aux séances' })).toBeVisible()
    await screen(lecture, testInfo, 'rgpd-00-page-famille')
    await lecture.close()
    expect(record.enfant).toMatchObject({ prenom: enfant.prenom, nom: enfant.nom })
    expect(record.presences.length).toBe(before.seances.flatMap((s) => s.presences).filter((p) => p.enfantId === enfant.id).length)
    await expect(page.getByText(/✓ Données de .* exportées/)).toBeVisible()
    await screen(page, testInfo, 'rgpd-01-recherche')

    // Right to erasure: asked twice, then done; the figures of the bilan do not move.
    await row.getByRole('button', { name: 'Effacer…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Effacer une identité' })
    await expect(dialog.getByRole('button', { name: 'Effacer définitivement' })).toBeDisabled()
    await dialog.getByLabel("J'ai compris : l'effacement est définitif.").check()
    await screen(page, testInfo, 'rgpd-02-confirmation', { fullPage: false })
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click()
    await expect(page.getByText(/✓ Identité effacée/)).toBeVisible()
    await screen(page, testInfo, 'rgpd-03-effacee')
  } finally {
    await host.stop()
  }
  const after = JSON.parse((await runCli(['export', '--db', scratch.db])).stdout) as Doc
  const erased = after.enfants.find((e) => e.id === enfant.id)!
  expect(erased.prenom).toBe('Enfant')
  expect(after.enfants.some((e) => e.prenom === enfant.prenom && e.nom === enfant.nom)).toBe(false)
  expect(JSON.parse((await runCli(['figures', '--db', scratch.db, '--json'])).stdout)).toEqual(figuresBefore)
  scratch.dispose()
})

interface DocFamilles extends Doc { familles: { id: string; nom: string; telephone?: string; email?: string }[] }

test("effacer un enfant : le dialogue dit que la fiche de sa famille reste, et propose de l'effacer quand elle n'a pas d'autre enfant", async ({ page }, testInfo) => {
  const scratch = scratchDir()
  expect((await runCli(['demo', '--db', scratch.db])).code).toBe(0)
  const before = JSON.parse((await runCli(['export', '--db', scratch.db])).stdout) as DocFamilles
  const childrenOf = (familleId?: string) => before.enfants.filter((e) => familleId && e.familleId === familleId)
  const unique = (e: Doc['enfants'][number]) => !before.enfants.some((o) => o.id !== e.id && o.prenom === e.prenom && o.nom === e.nom)
  const seul = before.enfants.find((e) => unique(e) && childrenOf(e.familleId).length === 1)!
  const famille = before.familles.find((f) => f.id === seul.familleId)!
  const avecFrere = before.enfants.find((e) => unique(e) && childrenOf(e.familleId).length === 2)!
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/donnees-personnelles`)
    const dialog = page.getByRole('dialog', { name: 'Effacer une identité' })
    const ask = async (e: Doc['enfants'][number]) => {
      await page.getByLabel('Enfant ou famille').fill(`${e.prenom} ${e.nom}`)
      await page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').filter({ hasText: `${e.prenom} ${e.nom}` }).getByRole('button', { name: 'Effacer…' }).click()
    }

    // A child with a brother or sister: the family stays, and the dialog says how to erase it.
    await ask(avecFrere)
    await expect(dialog.getByText(/n'est pas effacée avec l'enfant/)).toBeVisible()
    await expect(dialog.getByText(/La famille a un autre enfant : pour effacer ses coordonnées, effacez la famille entière/)).toBeVisible()
    await expect(dialog.getByLabel(/Effacer aussi la famille/)).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Annuler' }).click()

    // An only child: the family can go with it.
    await ask(seul)
    await expect(dialog.getByText(`La fiche de sa famille « ${famille.nom} » (nom, téléphone et e-mail des parents) n'est pas effacée avec l'enfant.`)).toBeVisible()
    await dialog.getByLabel(`Effacer aussi la famille « ${famille.nom} » : elle n'a pas d'autre enfant.`).check()
    await dialog.getByLabel("J'ai compris : l'effacement est définitif.").check()
    await screen(page, testInfo, 'rgpd-04-avec-famille', { fullPage: false })
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click()
    await expect(page.getByText(`✓ Identité effacée : ${seul.prenom} ${seul.nom}, ainsi que sa famille.`, { exact: false })).toBeVisible()
  } finally {
    await host.stop()
  }
  const after = JSON.parse((await runCli(['export', '--db', scratch.db])).stdout) as DocFamilles
  expect(after.enfants.find((e) => e.id === seul.id)!.prenom).toBe('Enfant')
  const familleApres = after.familles.find((f) => f.id === famille.id)!
  expect(familleApres.nom).toMatch(/^Famille effacée/)
  expect(familleApres.telephone).toBeUndefined()
  expect(after.enfants.find((e) => e.id === avecFrere.id)!.prenom).toBe(avecFrere.prenom)
  scratch.dispose()
})
