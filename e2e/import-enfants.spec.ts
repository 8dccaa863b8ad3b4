import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { runCli, scratchDir, startHost } from './support/host'
import { screen } from './support/screens'

interface Enfant { id: string; prenom: string; nom: string; niveau: string; dateNaissance?: string; sexe?: string; etablissementId?: string; familleId?: string; inscriptions: { collectifId: string; du: string; au?: string }[] }
interface Exported { enfants: Enfant[]; familles: { id: string; nom: string; telephone?: string }[]; etablissements: { id: string; nom: string; type: string }[] }

/** One collectif, one school, and Léo Martin already registered: the list's row 9 repeats him. */
const SEED = {
  format: 'clas-echange', version: 1,
  structure: {
    nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false,
    coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true },
  },
  anneeScolaire: { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' },
  lieux: [{ id: 'lieu-moulin', nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' }],
  etablissements: [{ id: 'etab-moulin', nom: 'École Jean Moulin', type: 'ecole', commune: 'Bourg-en-Bresse' }],
  intervenants: [],
  collectifs: [
    { id: 'col-cm', nom: 'CM1-CM2', niveau: 'primaire', lieuId: 'lieu-moulin', etablissementIds: ['etab-moulin'], creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }], intervenantIds: [] },
  ],
  familles: [{ id: 'fam-martin', nom: 'Claire Martin' }],
  enfants: [
    { id: 'enf-leo', prenom: 'Léo', nom: 'Martin', dateNaissance: '2015-03-14', niveau: 'CM2', etablissementId: 'etab-moulin', familleId: 'fam-martin', inscriptions: [{ collectifId: 'col-cm', du: '2026-09-15' }] },
  ],
  seances: [], actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
}

/**
 * A list as an association keeps it: a title, a merged « Responsable légal » over two columns,
 * a number and a remarks column, a blank line, levels and dates typed by hand, a sex column whose
 * title the app does not recognise (« Fille ou garçon »), an unknown level, and Léo again.
 */
async function associationList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Inscrits 2026-2027')
  ws.getCell('A1').value = 'Association Les Ponts : inscriptions au Clas 2026-2027'
  ws.mergeCells('A1:J1')
  ws.getCell('B3').value = 'Enfant'
  ws.mergeCells('B3:F3')
  ws.getCell('G3').value = 'Responsable légal'
  ws.mergeCells('G3:H3')
  ;['N°', 'Nom', 'Prénom', 'Classe', 'Né(e) le', 'École', 'Nom', 'Téléphone', 'Fille ou garçon', 'Remarques'].forEach((label, i) => {
    ws.getCell(4, i + 1).value = label
  })
  const rows: Record<number, ExcelJS.CellValue[]> = {
    5: [1, 'DIALLO', 'Inès', 'CM 1', '03/02/2015', 'École Jean Moulin', 'Awa Diallo', '06 12 34 56 78', 'F', 'Allergie aux arachides'],
    6: [2, 'Diallo', 'Moussa', '4ème', '12/01/2012', 'Collège Louise Michel', 'Awa Diallo', '0612345678', 'G'],
    8: [3, 'Nguyen', 'Bảo', 'CM3', '05/06/2015', 'École Jean Moulin', 'Lan Nguyen', '07 11 22 33 44', 'G'],
    9: [4, 'MARTIN', 'Léo', 'cm2', '14/03/2015', 'École Jean Moulin', 'Claire Martin', '06 98 76 54 32', 'G'],
    10: [5, 'Petit', 'Zoé', 'cm1', '21/10/2015', 'Ecole Jean-Moulin', 'Paul Petit', '06 55 44 33 22', 'F'],
  }
  for (const [n, values] of Object.entries(rows)) values.forEach((v, i) => (ws.getCell(Number(n), i + 1).value = v))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function exported(db: string): Promise<Exported> {
  const out = await runCli(['export', '--db', db])
  expect(out.code, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as Exported
}

async function seeded(): Promise<ReturnType<typeof scratchDir>> {
  const scratch = scratchDir()
  const file = join(scratch.dir, 'association.json')
  writeFileSync(file, JSON.stringify(SEED))
  const imported = await runCli(['import', '--db', scratch.db, '--in', file])
  expect(imported.code, imported.stderr).toBe(0)
  return scratch
}

/** The accessible name of a required field ends with its hidden star: match the start. */
const champ = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`))
const choisie = (page: Page, label: string) => champ(page, label).locator('option:checked')

test('importer une liste Excel : colonnes proposées, lignes vérifiées, rien d’écrit avant la confirmation', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  const scratch = await seeded()
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/enfants`)
    await expect(page.getByRole('link', { name: 'Martin Léo' })).toBeVisible()
    await page.getByRole('link', { name: 'Importer une liste' }).click()
    await expect(page.getByRole('heading', { name: "Importer une liste d'enfants", level: 1 })).toBeVisible()

    await champ(page, 'Liste des enfants').setInputFiles({ name: 'inscrits 2026-2027.xlsx', mimeType: XLSX, buffer: await associationList() })
    // Read and checked: the focus goes to the columns, the next thing to look at.
    await expect(page.getByRole('heading', { name: '2. Les colonnes' })).toBeFocused({ timeout: 30_000 })
    await expect(page.getByText(/onglet « Inscrits 2026-2027 » · 5 lignes d'enfants lues/)).toBeVisible()

    // The title row found under the merged one, the columns proposed from the titles.
    await expect(champ(page, 'Ligne des titres')).toHaveValue('4')
    await expect(page.locator('.brut tr.titres')).toContainText('Fille ou garçon')
    await expect(choisie(page, "Nom de l'enfant")).toHaveText('B — Enfant › Nom')
    await expect(choisie(page, "Prénom de l'enfant")).toHaveText('C — Enfant › Prénom')
    await expect(choisie(page, 'Niveau (classe)')).toHaveText('D — Enfant › Classe')
    await expect(choisie(page, 'Date de naissance')).toHaveText('E — Enfant › Né(e) le')
    await expect(choisie(page, 'École ou établissement')).toHaveText('F — Enfant › École')
    await expect(choisie(page, 'Nom du responsable légal')).toHaveText('G — Responsable légal › Nom')
    await expect(choisie(page, 'Téléphone de la famille')).toHaveText('H — Responsable légal › Téléphone')
    await expect(choisie(page, 'Sexe')).toHaveText('— non importé —')

    // Every row checked: the unknown level said with its line, Léo found in the app.
    await expect(page.getByText('3 lignes à importer')).toBeVisible()
    await expect(page.getByText('1 ligne en erreur', { exact: true })).toBeVisible()
    await expect(page.getByText('1 doublon', { exact: true })).toBeVisible()
    const erreur = page.locator('tr[data-ligne="8"]')
    await expect(erreur).toContainText('En erreur')
    await expect(erreur).toContainText('Ligne 8 : niveau « CM3 » inconnu')
    const doublon = page.locator('tr[data-ligne="9"]')
    await expect(doublon).toContainText('Doublon')
    await expect(doublon).toContainText('Ligne 9 : enfant déjà enregistré')
    await expect(page.locator('tr[data-ligne="5"]')).toContainText('03/02/2015')
    await expect(page.locator('tr[data-ligne="6"]')).toContainText('4e')
    await expect(page.getByText('2 familles à créer : Awa Diallo, Paul Petit.')).toBeVisible()
    await expect(page.getByText('1 établissement à créer : Collège Louise Michel (collège).')).toBeVisible()
    await screen(page, testInfo, 'import-enfants-01-apercu')

    // A title row past the end of the sheet is refused; the preview on screen stays.
    await champ(page, 'Ligne des titres').fill('99')
    await champ(page, 'Ligne des titres').press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })).toContainText('La ligne 99 est après la fin de la feuille (10 lignes)')
    await expect(champ(page, 'Ligne des titres')).toHaveValue('4')
    await expect(page.locator('tr[data-ligne]')).toHaveCount(5)

    // The sex column, which its title did not give away: chosen by hand, the preview follows.
    await champ(page, 'Sexe').selectOption({ label: 'I — Fille ou garçon' })
    await expect(page.locator('.brut thead th').nth(9)).toContainText('→ Sexe')
    await expect(choisie(page, 'Sexe')).toHaveText('I — Fille ou garçon')

    // The filter shows the rows in error only.
    await page.getByRole('radio', { name: 'En erreur (1)' }).check()
    await expect(page.locator('tr[data-ligne]')).toHaveCount(1)
    await page.getByRole('radio', { name: 'Toutes (5)' }).check()
    await expect(page.locator('tr[data-ligne]')).toHaveCount(5)

    // Nothing is written while the coordinator looks.
    expect((await exported(scratch.db)).enfants.map((e) => e.prenom)).toEqual(['Léo'])

    // Enrolled in the collectif, then imported from the keyboard.
    await champ(page, 'Inscrire les enfants importés dans').selectOption({ label: 'CM1-CM2' })
    const du = await champ(page, 'Inscrits à partir du').inputValue()
    expect(du).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const importer = page.getByRole('button', { name: 'Importer 3 enfants' })
    await importer.focus()
    await screen(page, testInfo, 'import-enfants-02-options', { fullPage: false })
    await page.keyboard.press('Enter')
    const resultat = page.getByRole('status').filter({ hasText: 'Import terminé' })
    await expect(resultat).toContainText('✓ Import terminé : 3 enfants, 2 familles, 1 établissement créés ; 1 doublon ignoré ; 1 ligne en erreur ignorée.')
    await expect(resultat).toContainText('3 enfants inscrits dans le collectif « CM1-CM2 »')
    await expect(resultat).toBeFocused()
    await screen(page, testInfo, 'import-enfants-03-resultat')

    // In the database: exactly the three children of the rows to import, nothing of row 8, Léo once.
    const doc = await exported(scratch.db)
    const byName = new Map(doc.enfants.map((e) => [`${e.prenom} ${e.nom}`, e]))
    expect([...byName.keys()].sort()).toEqual(['Inès DIALLO', 'Léo Martin', 'Moussa Diallo', 'Zoé Petit'])
    expect(doc.enfants.some((e) => e.nom === 'Nguyen')).toBe(false)
    expect(byName.get('Inès DIALLO')).toMatchObject({ niveau: 'CM1', dateNaissance: '2015-02-03', sexe: 'F', etablissementId: 'etab-moulin', inscriptions: [{ collectifId: 'col-cm', du }] })
    expect(byName.get('Zoé Petit')).toMatchObject({ niveau: 'CM1', dateNaissance: '2015-10-21', sexe: 'F', etablissementId: 'etab-moulin', inscriptions: [{ collectifId: 'col-cm', du }] })
    const moussa = byName.get('Moussa Diallo')
    expect(moussa).toMatchObject({ niveau: '4E', dateNaissance: '2012-01-12', sexe: 'M', inscriptions: [{ collectifId: 'col-cm', du }] })
    expect(doc.etablissements.find((e) => e.id === moussa?.etablissementId)).toMatchObject({ nom: 'Collège Louise Michel', type: 'college' })
    expect(doc.etablissements).toHaveLength(2)
    expect(byName.get('Léo Martin')?.inscriptions).toEqual([{ collectifId: 'col-cm', du: '2026-09-15' }])
    // The two Diallo children share one family; Zoé has hers.
    expect(moussa?.familleId).toBe(byName.get('Inès DIALLO')?.familleId)
    const famille = (e?: Enfant) => doc.familles.find((f) => f.id === e?.familleId)
    expect(famille(moussa)).toMatchObject({ nom: 'Awa Diallo', telephone: '06 12 34 56 78' })
    expect(famille(byName.get('Zoé Petit'))).toMatchObject({ nom: 'Paul Petit' })
    expect(doc.familles.map((f) => f.nom).sort()).toEqual(['Awa Diallo', 'Claire Martin', 'Paul Petit'])

    // The list of the collectif shows them.
    await page.getByRole('link', { name: 'Voir la liste des enfants' }).click()
    await expect(page.getByRole('link', { name: 'Petit Zoé' })).toBeVisible()
    await expect(page.getByText('4 enfants')).toBeVisible()
  } finally {
    await host.stop()
    scratch.dispose()
  }
})

test('un fichier illisible : une erreur en français, rien d’écrit', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const scratch = await seeded()
  const host = await startHost(scratch.db)
  try {
    await page.goto(`${host.url}#/enfants/importer`)
    await expect(page.getByRole('heading', { name: "Importer une liste d'enfants", level: 1 })).toBeVisible()
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + 41) % 251))
    await champ(page, 'Liste des enfants').setInputFiles({ name: 'liste des inscrits.xlsx', mimeType: XLSX, buffer: bytes })
    const alerte = page.getByRole('alert').filter({ hasText: "Rien n'a été enregistré" })
    await expect(alerte).toContainText("Ce fichier Excel est illisible (abîmé, incomplet ou protégé par un mot de passe) : rien n'a été importé.", { timeout: 30_000 })
    await expect(alerte).toBeFocused()
    await expect(champ(page, 'Liste des enfants')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('heading', { name: '2. Les colonnes' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Importer/ })).toHaveCount(0)
    await screen(page, testInfo, 'import-enfants-04-illisible')

    const doc = await exported(scratch.db)
    expect(doc.enfants.map((e) => e.prenom)).toEqual(['Léo'])
    expect(doc.familles).toHaveLength(1)
    expect(doc.etablissements).toHaveLength(1)
  } finally {
    await host.stop()
    scratch.dispose()
  }
})
