import { expect, test, type Locator, type Page } from '@playwright/test'
import { api, ANNEE, STRUCTURE } from './support/api'
import { scratchDir, startHost, type Host } from './support/host'
import { screen } from './support/screens'

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}`))
const REFUS = /[Cc]ette date n'existe pas ou n'est pas complète\. Saisissez le jour, le mois et l'année \(JJ\/MM\/AAAA\)/

async function association(host: Host): Promise<{ collectifId: string }> {
  await api(host.url, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  const lieu = await api<{ id: string }>(host.url, 'lieux.save', { nom: 'Local', adresse: '', commune: 'Bourg', typeLocal: 'associatif' })
  const collectif = await api<{ id: string }>(host.url, 'collectifs.save', {
    nom: 'CM1-CM2', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], intervenantIds: [],
    creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }],
  })
  await api(host.url, 'enfants.save', { prenom: 'Lina', nom: 'Aubert', niveau: 'CM1', inscriptions: [] })
  return { collectifId: collectif.id }
}

/** What the screens could have saved: compared before and after each impossible date. */
async function saved(host: Host): Promise<string> {
  const calls = ['enfants.list', 'seances.list', 'concertations.list', 'actionsParents.list', 'formations.list', 'structure.get']
  return JSON.stringify(await Promise.all(calls.map((name) => api(host.url, name, {}).catch((e: Error) => e.message))))
}

/** Types 31/02/2013 into a date field, segment by segment as a person does. */
async function typeImpossibleDate(field: Locator): Promise<void> {
  await field.focus()
  await field.page().keyboard.type('31022013')
}

interface Case {
  screen: string
  /** Opens the screen and fills what it needs besides the date; returns the date field. */
  open(page: Page, url: string, ids: { collectifId: string }): Promise<Locator>
}

const CASES: Case[] = [
  {
    screen: 'fiche enfant — date de naissance',
    async open(page, url) {
      await page.goto(`${url}#/enfants/nouveau`)
      await champ(page, 'Prénom').fill('Noé')
      await champ(page, 'Nom').fill('Bernard')
      await champ(page, 'Niveau scolaire').selectOption('CM1')
      return champ(page, 'Date de naissance')
    },
  },
  {
    screen: 'fiche enfant — inscription, du',
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/enfants/nouveau?collectif=${collectifId}`)
      await champ(page, 'Prénom').fill('Noé')
      await champ(page, 'Nom').fill('Bernard')
      await champ(page, 'Niveau scolaire').selectOption('CM1')
      return champ(page.getByRole('group', { name: 'Inscription 1' }), 'Du')
    },
  },
  {
    screen: 'fiche enfant — inscription, au',
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/enfants/nouveau?collectif=${collectifId}`)
      await champ(page, 'Prénom').fill('Noé')
      await champ(page, 'Nom').fill('Bernard')
      await champ(page, 'Niveau scolaire').selectOption('CM1')
      return champ(page.getByRole('group', { name: 'Inscription 1' }), 'Au')
    },
  },
  {
    screen: 'inscrire dans un collectif — à partir du',
    async open(page, url) {
      await page.goto(`${url}#/enfants`)
      await page.getByRole('button', { name: 'Inscrire Lina Aubert dans un collectif' }).click()
      await page.getByRole('dialog').getByLabel(/^Collectif/).selectOption({ label: 'CM1-CM2' })
      return champ(page.getByRole('dialog'), 'Inscrit à partir du')
    },
  },
  {
    screen: "inscrire dans un collectif — jusqu'au",
    async open(page, url) {
      await page.goto(`${url}#/enfants`)
      await page.getByRole('button', { name: 'Inscrire Lina Aubert dans un collectif' }).click()
      await page.getByRole('dialog').getByLabel(/^Collectif/).selectOption({ label: 'CM1-CM2' })
      return champ(page.getByRole('dialog'), "Jusqu'au")
    },
  },
  {
    // This one was a bare date field: an impossible date enrolled the child from the default date, without a word.
    screen: 'inscrire des enfants depuis le collectif — à partir du',
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/collectifs/${collectifId}`)
      await page.getByRole('button', { name: 'Inscrire un enfant' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('checkbox', { name: /Lina Aubert/ }).check()
      return champ(dialog, 'Inscrits à partir du')
    },
  },
  {
    screen: 'importer une liste — inscrits à partir du',
    async open(page, url) {
      await page.goto(`${url}#/enfants/importer`)
      const liste = Buffer.from('Nom;Prénom;Niveau\nBernard;Noé;CM1\n')
      await champ(page, 'Liste des enfants').setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: liste })
      await champ(page, 'Inscrire les enfants importés dans').selectOption({ label: 'CM1-CM2' })
      return champ(page, 'Inscrits à partir du')
    },
  },
  {
    screen: 'ajouter une séance — date',
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/seances/${collectifId}`)
      await page.getByRole('button', { name: 'Ajouter une séance' }).click()
      await champ(page.getByRole('dialog'), 'Heure de début').fill('10:00')
      return champ(page.getByRole('dialog'), 'Date')
    },
  },
  ...(['Du', 'Au'] as const).map((label): Case => ({
    screen: `planifier les séances — ${label.toLowerCase()}`,
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/seances/${collectifId}`)
      await page.getByRole('button', { name: "Planifier les séances de l'année" }).click()
      return champ(page.getByRole('dialog'), label)
    },
  })),
  ...(['Du', 'Au'] as const).map((label): Case => ({
    screen: `exporter le registre — ${label.toLowerCase()}`,
    async open(page, url, { collectifId }) {
      await page.goto(`${url}#/seances/${collectifId}`)
      await page.getByRole('button', { name: 'Exporter le registre' }).click()
      return page.getByRole('dialog').getByLabel(new RegExp(`^${label}\\b`))
    },
  })),
  ...(["Début de l'action", "Fin de l'action"] as const).map((label): Case => ({
    screen: `paramètres — ${label}`,
    async open(page, url) {
      await page.goto(`${url}#/parametres`)
      return champ(page, label)
    },
  })),
  {
    screen: 'formation — date',
    async open(page, url) {
      await page.goto(`${url}#/equipe/formations/nouvelle`)
      await champ(page, 'Intitulé').fill('Accueillir')
      await champ(page, 'Organisme de formation').fill('CAF')
      return champ(page, 'Date 1')
    },
  },
  {
    screen: 'concertation — date',
    async open(page, url) {
      await page.goto(`${url}#/concertations/nouvelle`)
      return champ(page, 'Date')
    },
  },
  {
    screen: 'action avec les parents — date',
    async open(page, url) {
      await page.goto(`${url}#/actions-parents/nouvelle`)
      await champ(page, 'Nombre de parents présents').fill('5')
      return champ(page, 'Date')
    },
  },
]

test.describe('chaque champ de date refuse une date impossible, en français, et rien n’est enregistré', () => {
  // One host for every field: each test is one screen, with its own time budget.
  test.describe.configure({ mode: 'serial' })
  let scratch: ReturnType<typeof scratchDir>
  let host: Host
  let ids: { collectifId: string }
  let before: string
  test.beforeAll(async () => {
    test.setTimeout(120_000)
    scratch = scratchDir()
    host = await startHost(scratch.db)
    ids = await association(host)
    before = await saved(host)
  })
  test.afterAll(async () => {
    await host?.stop()
    scratch?.dispose()
  })

  for (const [i, c] of CASES.entries()) {
    test(c.screen, async ({ page }, testInfo) => {
      // Leaving a screen with what was typed: yes, leave.
      page.on('dialog', (dialog) => void dialog.accept())
      const field = await c.open(page, host.url, ids)
      await typeImpossibleDate(field)
      await field.press('Enter')
      // Refused at the field, named in the summary, never the exchange format nor an empty value quoted.
      await expect(field).toHaveAttribute('aria-invalid', 'true')
      const message = page.locator(`#${await field.getAttribute('id')}-error`)
      await expect(message).toHaveText(REFUS)
      await expect(page.getByText(/AAAA-MM-JJ|« »/)).toHaveCount(0)
      if (i === 0) await screen(page, testInfo, '50-date-impossible')
      expect(await saved(host), c.screen).toBe(before)
    })
  }
})

test('recharger ou fermer la page au milieu d’une saisie demande confirmation', async ({ page }) => {
  const scratch = scratchDir()
  const host = await startHost(scratch.db)
  try {
    await association(host)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.dismiss()
    })
    // Nothing typed yet: leaving asks nothing.
    await page.goto(`${host.url}#/enfants/nouveau`)
    await expect(champ(page, 'Prénom')).toBeVisible()
    await page.reload()
    await expect(champ(page, 'Prénom')).toBeVisible()
    expect(dialogs).toEqual([])

    await champ(page, 'Prénom').click()
    await page.keyboard.type('Noé')
    // Dismissed: the page stays, with what was typed.
    await page.evaluate(() => void location.reload())
    await expect.poll(() => dialogs).toEqual(['beforeunload'])
    await expect(champ(page, 'Prénom')).toHaveValue('Noé')
    // Closing the tab asks the same.
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => dialogs).toEqual(['beforeunload', 'beforeunload'])
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
