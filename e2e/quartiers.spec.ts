import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { expect, test } from '@playwright/test'
import type { Modele } from '../src/shared/contract/bilan-modeles'
import type { EchangeDocument } from '../src/shared/exchange/schema'
import { documentBuilder } from '../tests/helpers/echange-document'
import { api } from './support/api'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

/** The Diallo family (a girl of 8, a boy of 12) without quartier yet; the Martin family in Ousse des Bois; Noé without a family. */
function seed(dir: string, db: string): Promise<unknown> {
  const b = documentBuilder()
  const collectif = b.collectif('CM1-CM2')
  const diallo = b.famille({ nom: 'Diallo' })
  const martin = b.famille({ nom: 'Martin', quartier: 'Ousse des Bois' })
  b.enfant({ prenom: 'Awa', nom: 'Diallo', sexe: 'F', dateNaissance: '2017-05-02', familleId: diallo.id, dans: [collectif] })
  b.enfant({ prenom: 'Inès', nom: 'Diallo', sexe: 'M', dateNaissance: '2013-02-10', familleId: diallo.id, dans: [collectif] })
  b.enfant({ prenom: 'Léo', nom: 'Martin', sexe: 'M', dateNaissance: '2015-09-12', familleId: martin.id, dans: [collectif] })
  b.enfant({ prenom: 'Noé', nom: 'Bernard', sexe: 'M', dateNaissance: '2016-01-20', dans: [collectif] })
  const file = join(dir, 'association.json')
  writeFileSync(file, JSON.stringify(b.build()))
  return runCli(['import', '--db', db, '--in', file]).then((r) => expect(r.code, r.stderr).toBe(0))
}

/** A form of the Pau kind: one row per named quartier, children split by sex, and a total. */
async function formulaire(): Promise<string> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] })
  const row = (head: string, n: number) => new TableRow({ children: [cell(head), ...Array.from({ length: n }, () => cell(''))] })
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph('Nombre d’enfants par quartier prioritaire'),
        new Table({ rows: [new TableRow({ children: ['Quartier', 'Filles', 'Garçons', 'Total'].map(cell) }), row('Saragosse', 3), row('Ousse des Bois', 3)] }),
      ],
    }],
  })
  return (await Packer.toBuffer(doc)).toString('base64')
}

test('quartiers : saisir le quartier d’une famille et le voir compté sur l’écran Bilan', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = scratchDir()
  await seed(scratch.dir, scratch.db)
  const host = await startHost(scratch.db)
  try {
    const out = await runCli(['export', '--db', scratch.db])
    const diallo = (JSON.parse(out.stdout) as EchangeDocument).familles.find((f) => f.nom === 'Diallo')!

    // The family screen: the quartiers already entered are offered.
    await page.goto(`${host.url}#/familles/${diallo.id}`)
    const quartier = page.getByLabel(/^Quartier/)
    await expect(quartier).toHaveValue('')
    await expect(page.locator('#quartiers-connus option')).toHaveAttribute('value', 'Ousse des Bois')
    await quartier.fill('Saragosse')
    await page.getByRole('button', { name: 'Enregistrer la famille' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Famille enregistrée' })).toBeVisible()
    await screen(page, testInfo, 'quartiers-01-famille')

    // The CAF's form, imported now that the base knows Saragosse.
    const modele = await api<Modele>(host.url, 'bilan.modeles.importer.confirmer', {
      nomFichier: 'bilan-pau.docx', base64: await formulaire(), departement: '64', anneeScolaire: '2025-2026',
    })

    await page.goto(`${host.url}#/bilan?modele=${modele.id}`)
    const cellule = (cle: string) => page.locator(`[data-cle="${cle}"] .valeur`)
    await expect(cellule('cellule:t0:r1:c1')).toHaveText(/Sera écrit : 1$/) // Awa, Saragosse, fille
    await expect(cellule('cellule:t0:r1:c2')).toHaveText(/Sera écrit : 1$/) // Inès, garçon
    await expect(cellule('cellule:t0:r1:c3')).toHaveText(/Sera écrit : 2$/)
    await expect(cellule('cellule:t0:r2:c2')).toHaveText(/Sera écrit : 1$/) // Léo, Ousse des Bois
    await expect(page.locator('[data-cle="cellule:t0:r1:c3"]')).toContainText('1 enfant dont la famille n’a pas de quartier saisi non compté')
    // Noé has no family: said in « À compléter », with a link to his record.
    const aCompleter = page.locator('details.manquants').filter({ hasText: 'À compléter' })
    await expect(aCompleter).toContainText('1 enfant dont la famille n’a pas de quartier saisi')
    await expect(aCompleter.getByRole('link', { name: 'Noé Bernard' })).toHaveAttribute('href', /#\/enfants\//)
    await page.setViewportSize({ width: 1366, height: 768 })
    await screen(page, testInfo, 'quartiers-02-bilan', { fullPage: false })
    await screen(page, testInfo, 'quartiers-03-bilan-page')
  } finally {
    await host.stop()
  }
})
