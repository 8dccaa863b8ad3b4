import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { ANNEE, api, STRUCTURE } from './support/api'
import { scratchDir, startHost } from './support/host'

/**
 * « Choisir… » beside a folder field. In a browser (`clas serve`) there is no native dialog onto
 * the server's folders: no button, the path is typed. In the desktop app the preload exposes
 * `choisirDossier`: here a bridge of the preload's shape is put in the page before it loads (calls
 * carried to the same HTTP host, in envelopes as over IPC; the dialog answers a chosen folder),
 * so the real screens are driven as the desktop window shows them.
 */
async function desktopBridge(page: Page, chosen: string): Promise<void> {
  await page.addInitScript((chosenPath) => {
    const asked: unknown[] = []
    Object.assign(window, {
      dialogAsked: asked,
      clas: {
        call: async (name: string, input: unknown) => {
          const response = await fetch(`/api/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) })
          const body = (await response.json()) as { result?: unknown; error?: unknown }
          return body.error ? { ok: false, error: body.error } : { ok: true, result: body.result }
        },
        onChange: () => () => undefined,
        choisirDossier: async (usage: string, depuis?: string) => (asked.push({ usage, depuis }), chosenPath),
      },
    })
  }, chosen)
}

const asked = (page: Page) => page.evaluate(() => (window as unknown as { dialogAsked: unknown[] }).dialogAsked)

test('dans un navigateur, pas de « Choisir… » : le chemin du dossier se tape', async ({ page }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
    await page.goto(`${host.url}#/parametres`)
    const panel = page.getByRole('region', { name: 'Sauvegardes' })
    await expect(panel.getByLabel('Dossier des sauvegardes')).toBeEditable()
    await expect(page.getByRole('button', { name: 'Choisir…' })).toHaveCount(0)
    await page.goto(`${host.url}#/cloture`)
    await expect(page.getByText('Le dossier sera téléchargé en un fichier .zip.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Choisir…' })).toHaveCount(0)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('dans l\'application de bureau, « Choisir… » ouvre le dialogue et remplit le champ, qui reste modifiable', async ({ page }) => {
  const scratch = scratchDir()
  const cle = join(scratch.dir, 'CLE USB', 'Clas')
  mkdirSync(cle, { recursive: true })
  const host = await startHost(scratch.db)
  try {
    await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
    await desktopBridge(page, cle)

    // The backups: the dialog opens where the field points, fills it; the folder is used once confirmed.
    await page.goto(`${host.url}#/parametres`)
    const panel = page.getByRole('region', { name: 'Sauvegardes' })
    const field = panel.getByLabel('Dossier des sauvegardes')
    await field.fill(scratch.dir)
    await panel.getByRole('button', { name: 'Choisir…' }).click()
    await expect(field).toHaveValue(cle)
    expect(await asked(page)).toEqual([{ usage: 'sauvegardes', depuis: scratch.dir }])
    await expect(field).toBeEditable()
    await panel.getByRole('button', { name: 'Utiliser ce dossier' }).click()
    await expect(panel.getByText('✓ Dossier enregistré.')).toBeVisible()
    expect((await api<{ dossier: string }>(host.url, 'sauvegardes.etat', {})).dossier).toBe(cle)

    // The closing: the folder field and its button; the path chosen can still be corrected by hand.
    await page.goto(`${host.url}#/cloture`)
    const dossier = page.getByLabel('Dossier où préparer la clôture')
    await expect(dossier).toHaveValue('')
    await page.getByRole('button', { name: 'Choisir…' }).click()
    await expect(dossier).toHaveValue(cle)
    expect((await asked(page)).at(-1)).toEqual({ usage: 'cloture', depuis: '' })
    await dossier.fill(`${cle}/fin-annee`)
    await expect(dossier).toHaveValue(`${cle}/fin-annee`)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
