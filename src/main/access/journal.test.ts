import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { anonymous, BENEVOLE, createAccounts, hostDispatcher } from '../../../tests/helpers/accounts'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

const journalRows = () => t.workspace.context().sqlite.prepare('SELECT * FROM journal ORDER BY id').all() as Record<string, unknown>[]

describe('journal', () => {
  it('keeps one line per write: who, when, the call, the entity, the fields sent, never their values', async () => {
    const seed = seedAssociation(t, 1)
    const { benevole } = await createAccounts(t, [seed.collectif.id])
    const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const host = hostDispatcher(t)
    const ines = anonymous()
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
    const before = journalRows().length

    await host.call(ines, 'registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: 'excuse' })
    await host.call(ines, 'registre.update', { seanceId: seance.id, note: 'Zoé Kessler a oublié son cahier', intervenantIds: [seed.intervenants[0].id] })
    await host.call(ines, 'enfants.list')
    const rows = journalRows().slice(before)
    expect(rows).toEqual([
      { id: expect.any(Number), quand: '2025-11-20T16:00:00.000Z', compte_id: benevole.id, appel: 'registre.setPresence', entite: 'registre', entite_id: seance.id, champs: '["enfantId","seanceId","statut"]' },
      { id: expect.any(Number), quand: '2025-11-20T16:00:00.000Z', compte_id: benevole.id, appel: 'registre.update', entite: 'registre', entite_id: seance.id, champs: '["intervenantIds","note","seanceId"]' },
    ])
  })

  it('holds no personal value of the children written through the app', () => {
    const seed = seedAssociation(t, 2)
    t.call('enfants.save', { prenom: 'Zoé', nom: 'Kessler', niveau: 'CM1', dateNaissance: '2015-03-12', etablissementId: seed.ecole.id, inscriptions: [] })
    t.call('familles.save', { nom: 'Famille Kessler-Benhamou', telephone: '06 12 34 56 78' })
    t.call('enfants.save', { ...seed.enfants[0], prenom: 'Rayan' })
    const dump = JSON.stringify(journalRows())
    expect(journalRows().length).toBeGreaterThanOrEqual(10)
    for (const value of ['Zoé', 'Kessler', '2015-03-12', '06 12 34 56 78', 'Rayan', 'Prénom1', 'NomA', 'Benali', 'Les Ponts']) expect(dump).not.toContain(value)
    expect(dump).toContain('"appel":"enfants.save"')
    expect(journalRows().map((r) => r.champs)).toContain('["dateNaissance","etablissementId","inscriptions","niveau","nom","prenom"]')
  })

  it('writes nothing for a refused or failed write, and names no account for the command line', () => {
    const seed = seedAssociation(t, 1)
    const before = journalRows().length
    expect(() => t.call('lieux.supprimer', { id: seed.lieu.id })).toThrow(ApiError)
    expect(() => t.call('enfants.save', { prenom: 'A', nom: 'B', niveau: 'CM3' as never, inscriptions: [] })).toThrow(ApiError)
    expect(journalRows()).toHaveLength(before)
    expect(journalRows().every((r) => r.compte_id === null)).toBe(true)
  })

  it('is listed newest first, by pages of 50, with the names of the accounts', async () => {
    const seed = seedAssociation(t, 1)
    await createAccounts(t, [seed.collectif.id])
    const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    for (let i = 0; i < 60; i++) t.call('registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: i % 2 ? 'present' : 'absent' })
    const host = hostDispatcher(t)
    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: 'Nadia Benali', secret: 'Ponts-2025-coord' })
    await host.call(nadia, 'lieux.save', { ...seed.lieu, nom: 'Local rénové' })
    const total = journalRows().length
    const first = await host.call(nadia, 'journal.list')
    expect(first).toMatchObject({ page: 1, pages: Math.ceil(total / 50), total })
    expect(first.lignes).toHaveLength(50)
    expect(first.lignes[0]).toMatchObject({ appel: 'lieux.save', qui: 'Nadia Benali', entite: 'lieux', entiteId: seed.lieu.id, champs: ['adresse', 'commune', 'id', 'nom', 'typeLocal'] })
    expect(first.lignes[1]).toMatchObject({ appel: 'registre.setPresence', qui: null, compteId: null })
    const second = await host.call(nadia, 'journal.list', { page: 2 })
    expect(second.lignes).toHaveLength(total - 50)
    expect(second.lignes[0].id).toBeLessThan(first.lignes[49].id)
  })

  it('names each record in words when listed, from the database as it is now, and nothing once deleted', async () => {
    const seed = seedAssociation(t, 1)
    await createAccounts(t, [seed.collectif.id])
    const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const lina = t.call('enfants.save', { prenom: 'Lina', nom: 'Martin', niveau: 'CM1', inscriptions: [] })
    t.call('registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: 'present' })
    const autre = t.call('lieux.save', { nom: 'Salle provisoire', adresse: '', commune: '', typeLocal: 'associatif' })
    t.call('lieux.supprimer', { id: autre.id })
    const host = hostDispatcher(t)
    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: 'Nadia Benali', secret: 'Ponts-2025-coord' })
    const lignes = (await host.call(nadia, 'journal.list')).lignes
    const of = (appel: string) => lignes.find((l) => l.appel === appel)?.fiche
    expect(of('enfants.save')).toBe('fiche de Lina Martin')
    expect(of('registre.setPresence')).toBe('séance du 04/11/2025 (CM1-CM2 mardi-jeudi)')
    expect(of('seances.save')).toBe('séance du 04/11/2025 (CM1-CM2 mardi-jeudi)')
    expect(of('lieux.supprimer')).toBeNull()
    expect(of('collectifs.save')).toBe('collectif « CM1-CM2 mardi-jeudi »')
    // The name follows the record: renamed, the journal says the new name; the journal itself holds none.
    t.call('enfants.save', { ...lina, prenom: 'Line' })
    expect((await host.call(nadia, 'journal.list')).lignes.filter((l) => l.entiteId === lina.id).map((l) => l.fiche)).toEqual(['fiche de Line Martin', 'fiche de Line Martin'])
    expect(JSON.stringify(journalRows())).not.toContain('Lina')
  })
})
