import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { associationWorkbook, windows1252 } from '../../../tests/helpers/list-files'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { COORDINATION, createAccounts, hostDispatcher } from '../../../tests/helpers/accounts'
import type { Caller } from '../access/sessions'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
let xlsx: string
beforeEach(async () => {
  t = tempWorkspace('2025-11-20')
  seed = seedAssociation(t)
  xlsx = (await associationWorkbook()).toString('base64')
})
afterEach(() => t.cleanup())

/** Awaited: the preview reads its file off the thread and refuses later. */
async function refusal(run: () => unknown): Promise<ApiError> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('the call was accepted')
}

describe('enfants.importerListe.apercu', () => {
  it('finds the two-row header, proposes the columns, checks every row, and writes nothing', async () => {
    const before = tableCounts(t)
    const a = await t.call('enfants.importerListe.apercu', { nomFichier: 'inscrits.xlsx', base64: xlsx })
    expect(tableCounts(t)).toEqual(before)
    expect(a.ligneEntete).toBe(4)
    expect(a.enteteSure).toBe(true)
    expect(a.colonnes).toEqual({ nom: 1, prenom: 2, dateNaissance: 3, niveau: 4, etablissement: 5, responsable: 6, telephone: 7, email: 8 })
    expect(a.entetes[6]).toEqual({ index: 6, lettre: 'G', libelle: 'Nom', groupe: 'Responsable légal' })
    expect(a.champsManquants).toEqual([])
    expect(a.lignesApercu[0].numero).toBe(1)
    expect(a.lignesApercu.map((l) => l.numero)).not.toContain(2)

    const byRow = new Map(a.lignes.map((l) => [l.numero, l]))
    expect([...byRow.keys()]).toEqual([5, 6, 8, 9, 10, 11, 12, 13])
    expect(a.lignes.map((l) => l.statut)).toEqual(['ok', 'ok', 'ok', 'erreur', 'doublon', 'doublon', 'erreur', 'erreur'])
    expect(byRow.get(5)?.enfant).toMatchObject({ nom: 'DIALLO', prenom: 'Inès', niveau: 'CM1', dateNaissance: '2015-09-03', famille: { nom: 'Awa Diallo', telephone: '06 12 34 56 78', email: 'awa.diallo@exemple.fr' } })
    expect(byRow.get(6)?.enfant).toMatchObject({ niveau: '6E', dateNaissance: '2013-01-12' })
    expect(byRow.get(8)?.enfant).toMatchObject({ niveau: 'CM2', dateNaissance: '2014-09-03', famille: { nom: 'Éric Lefèvre', telephone: '06 12 34 56 79' } })
    expect(byRow.get(9)?.raisons).toEqual([expect.stringMatching(/^Ligne 9 : niveau « CM3 » inconnu \(colonne E « Classe »\)/)])
    expect(byRow.get(9)?.enfant.dateNaissance).toBe('2015-09-03') // the serial number 42250
    expect(byRow.get(10)).toMatchObject({ doublonDe: { ligne: 5 }, raisons: [expect.stringMatching(/^Ligne 10 : même enfant que la ligne 5/)] })
    expect(byRow.get(11)?.raisons[0]).toMatch(/^Ligne 11 : enfant déjà enregistré/)
    expect(byRow.get(11)?.doublonDe).toEqual({ enfantId: seed.enfants[0].id })
    expect(byRow.get(12)?.raisons).toEqual([expect.stringMatching(/^Ligne 12 : date de naissance « 31\/02\/2015 » illisible \(colonne D « Né\(e\) le »\)/)])
    expect(byRow.get(13)?.raisons).toEqual(['Ligne 13 : prénom manquant (colonne C « Prénom »)'])

    expect(a.etablissementsACreer).toEqual([{ nom: 'Collège Louise Michel', type: 'college' }])
    expect(a.resume).toEqual({ lignes: 8, ok: 3, erreurs: 3, doublons: 2, avertissements: 0, famillesACreer: 2, famillesExistantes: 0, etablissementsACreer: 1 })
  })

  it('follows the columns and the header row the coordinator chose', async () => {
    const a = await t.call('enfants.importerListe.apercu', { nomFichier: 'inscrits.xlsx', base64: xlsx, ligneEntete: 4, colonnes: { nom: 1, prenom: 2, niveau: 4 } })
    expect(a.colonnes).toEqual({ nom: 1, prenom: 2, niveau: 4 })
    expect(a.lignes.find((l) => l.numero === 5)?.enfant).toEqual({ nom: 'DIALLO', prenom: 'Inès', niveau: 'CM1' })
    // Without the birth date, row 10 is still the child of row 5, and row 12 is no longer in error.
    expect(a.lignes.find((l) => l.numero === 12)?.statut).toBe('ok')
    expect(a.resume.famillesACreer).toBe(0)
    const missing = await t.call('enfants.importerListe.apercu', { nomFichier: 'inscrits.xlsx', base64: xlsx, colonnes: { nom: 1, prenom: 2 } })
    expect(missing.champsManquants).toEqual(['niveau'])
    expect(missing.lignes.every((l) => l.statut === 'erreur' && l.raisons.includes(`Ligne ${l.numero} : niveau manquant (aucune colonne choisie)`))).toBe(true)
  })

  it('reads a CSV in Windows-1252 with « ; », and matches the collectif column', async () => {
    const csv = windows1252(
      'Liste Clas;;;;;\r\nNom;Prénom;Date de naissance;Classe;Collectif;Tél.\r\n' +
      `Cœurdevey;Anaïs;12/01/2015;CM 2;${seed.collectif.nom};06.11.22.33.44\r\n` +
      ';;;;;\r\n' +
      'Bernard;Noé;2016-04-30;ce1;Les Pirates;\r\n',
    ).toString('base64')
    const a = await t.call('enfants.importerListe.apercu', { nomFichier: 'liste.csv', base64: csv })
    expect(a.fichier).toEqual({ nom: 'liste.csv', format: 'csv', encodage: 'windows-1252', separateur: ';' })
    expect(a.ligneEntete).toBe(2)
    expect(a.lignes[0]).toMatchObject({ numero: 3, statut: 'ok', enfant: { nom: 'Cœurdevey', prenom: 'Anaïs', niveau: 'CM2', collectifId: seed.collectif.id, famille: { nom: 'Cœurdevey', telephone: '06 11 22 33 44' } } })
    expect(a.lignes[1]).toMatchObject({ numero: 5, statut: 'erreur', raisons: [expect.stringMatching(/^Ligne 5 : collectif « Les Pirates » inconnu \(colonne E « Collectif »\)/)] })
  })
  it('reads a « Quartier » column into the family, apart from the « QPV » one (issue 17)', async () => {
    const csv = windows1252('Nom;Prénom;Classe;Responsable;Tél.;Quartier;QPV\r\nDiallo;Awa;CM1;Mme Diallo;0611223344;Saragosse;oui\r\nMartin;Léo;CE1;M. Martin;0622334455;;non\r\n').toString('base64')
    const a = await t.call('enfants.importerListe.apercu', { nomFichier: 'quartiers.csv', base64: csv })
    expect(a.colonnes).toMatchObject({ quartier: 5, quartierPrioritaire: 6 })
    expect(a.lignes[0].enfant?.famille).toMatchObject({ nom: 'Mme Diallo', quartier: 'Saragosse', quartierPrioritaire: true })
    expect(a.lignes[1].enfant?.famille).not.toHaveProperty('quartier')
    await t.call('enfants.importerListe.confirmer', { nomFichier: 'quartiers.csv', base64: csv })
    const familles = t.call('familles.list')
    expect(familles.find((f) => f.nom === 'Mme Diallo')).toMatchObject({ quartier: 'Saragosse', quartierPrioritaire: true })
    expect(familles.find((f) => f.nom === 'M. Martin')).not.toHaveProperty('quartier')
  })
})

describe('enfants.importerListe.confirmer', () => {
  it('creates the valid rows with their families and schools, enrols them, skips the rest; a second import creates nothing', async () => {
    const before = tableCounts(t)
    const r = await t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx, collectifId: seed.collectif.id })
    expect(r).toEqual({ enfantsCrees: 3, famillesCreees: 2, etablissementsCrees: 1, inscriptionsCreees: 3, doublonsIgnores: 2, erreursIgnorees: 3 })
    const after = tableCounts(t)
    expect(after.enfants - before.enfants).toBe(3)
    expect(after.familles - before.familles).toBe(2)
    expect(after.etablissements - before.etablissements).toBe(1)
    expect(after.inscriptions - before.inscriptions).toBe(3)

    const enfants = t.call('enfants.list', { collectifId: seed.collectif.id })
    const ines = enfants.find((e) => e.prenom === 'Inès')
    const moussa = enfants.find((e) => e.prenom === 'Moussa')
    const zoe = enfants.find((e) => e.prenom === 'Zoé')
    expect(ines).toMatchObject({ nom: 'DIALLO', niveau: 'CM1', dateNaissance: '2015-09-03', etablissementId: seed.ecole.id, inscriptions: [{ collectifId: seed.collectif.id, du: '2025-09-01' }] }) // no séance yet: the start of the year, not today
    expect(zoe?.etablissementId).toBe(seed.ecole.id) // « Jean Moulin » is « École Jean Moulin »
    expect(moussa?.familleId).toBe(ines?.familleId)
    expect(zoe?.familleId).not.toBe(ines?.familleId)
    const familles = t.call('familles.list')
    expect(familles.find((f) => f.id === ines?.familleId)).toEqual({ id: ines?.familleId, nom: 'Awa Diallo', telephone: '06 12 34 56 78', email: 'awa.diallo@exemple.fr' })
    expect(t.call('etablissements.list').find((e) => e.id === moussa?.etablissementId)).toMatchObject({ nom: 'Collège Louise Michel', type: 'college' })

    const again = await t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx, collectifId: seed.collectif.id })
    expect(again).toMatchObject({ enfantsCrees: 0, famillesCreees: 0, etablissementsCrees: 0, doublonsIgnores: 5 })
    expect(tableCounts(t)).toEqual(after)
  })

  it("enrols from the collectif's first séance held or planned, a cancelled one aside", async () => {
    const cancelled = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-09-30', heureDebut: '16:45', dureeMinutes: 90 })
    t.call('seances.cancel', { seanceId: cancelled.id, motif: 'grève' })
    t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-10-07', heureDebut: '16:45', dureeMinutes: 90 })
    await t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx, collectifId: seed.collectif.id })
    const imported = t.call('enfants.list', { collectifId: seed.collectif.id }).filter((e) => ['Inès', 'Moussa', 'Zoé'].includes(e.prenom))
    expect(imported.map((e) => e.inscriptions[0].du)).toEqual(['2025-10-07', '2025-10-07', '2025-10-07'])
    expect(t.call('collectifs.list')[0].debutInscriptions).toBe('2025-10-07')
  })

  it('joins a family already recorded with the same name and phone', async () => {
    const famille = t.call('familles.save', { nom: 'Awa Diallo', telephone: '06 12 34 56 78' })
    const a = await t.call('enfants.importerListe.apercu', { nomFichier: 'inscrits.xlsx', base64: xlsx })
    expect(a.resume).toMatchObject({ famillesACreer: 1, famillesExistantes: 1 })
    await t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx })
    expect(t.call('enfants.list').filter((e) => e.familleId === famille.id).map((e) => e.prenom).sort()).toEqual(['Inès', 'Moussa'])
  })

  it('writes nothing for a broken file, and says so in French', async () => {
    const before = tableCounts(t)
    const truncated = (await associationWorkbook()).subarray(0, 3000).toString('base64')
    for (const name of ['enfants.importerListe.apercu', 'enfants.importerListe.confirmer'] as const) {
      const error = await refusal(() => t.call(name, { nomFichier: 'inscrits.xlsx', base64: truncated }))
      expect(error.code).toBe('validation')
      expect(error.message).toMatch(/^Ce fichier Excel est illisible.*rien n'a été importé/)
    }
    expect(tableCounts(t)).toEqual(before)
  })

  it('reads the file before its transaction, the thread answering other calls meanwhile', async () => {
    let settled = false
    // A name never read before in this process: the file is read now, in its worker.
    const importing = t.dispatch('enfants.importerListe.confirmer', { nomFichier: 'inscrits-avant.xlsx', base64: xlsx, collectifId: seed.collectif.id })
    expect(importing).toBeInstanceOf(Promise)
    void (importing as Promise<unknown>).finally(() => (settled = true))
    expect(t.call('lieux.list')).toHaveLength(1)
    expect(settled).toBe(false)
    expect(await importing).toMatchObject({ enfantsCrees: 3 })
  })

  it('admits the write again once the file is read: a session closed meanwhile writes nothing', async () => {
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    const coordination: Caller = { token: null }
    await host.call(coordination, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    const before = tableCounts(t)
    const importing = host.call(coordination, 'enfants.importerListe.confirmer', { nomFichier: 'inscrits-session.xlsx', base64: xlsx, collectifId: seed.collectif.id })
    await host.call(coordination, 'session.fermer')
    await expect(importing).rejects.toMatchObject({ code: 'unauthorized' })
    expect(tableCounts(t)).toEqual(before)
  })

  it('refuses to import without a column for a required field', async () => {
    const before = tableCounts(t)
    const error = await refusal(() => t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx, colonnes: { nom: 1, prenom: 2 } }))
    expect(error).toMatchObject({ field: 'colonnes', message: "colonnes : aucune colonne choisie pour niveau (obligatoire) : rien n'a été importé" })
    expect(tableCounts(t)).toEqual(before)
  })

  it('writes nothing at all when the database fails half-way', async () => {
    const before = tableCounts(t)
    // The families and the first children are written before the inscriptions fail.
    t.workspace.context().sqlite.exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON inscriptions BEGIN SELECT RAISE(ABORT, 'panne simulée'); END")
    await expect(t.call('enfants.importerListe.confirmer', { nomFichier: 'inscrits.xlsx', base64: xlsx, collectifId: seed.collectif.id })).rejects.toThrow(/rien n'a été enregistré/)
    expect(tableCounts(t)).toEqual(before)
  })
})
