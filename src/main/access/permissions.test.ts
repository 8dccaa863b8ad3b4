import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract, type CallName } from '../../shared/contract'
import { CALL_POLICY } from '../../shared/contract/policy'
import { ApiError } from '../../shared/contract/errors'
import { anonymous, BENEVOLE, COORDINATION, createAccounts, hostDispatcher } from '../../../tests/helpers/accounts'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { ruleOf } from './permissions'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

async function refusal(promise: () => unknown): Promise<ApiError> {
  try {
    await promise()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call was accepted')
}

describe('every call of the contract has a rule', () => {
  const names = Object.keys(contract) as CallName[]
  const writes = names.filter((n) => !CALL_POLICY[n].readOnly)

  it('classifies every call', () => {
    for (const name of names) expect(['session', 'tous', 'coordinateur', 'export', 'suppression', 'parametres', 'benevole-collectif'], name).toContain(ruleOf(name))
  })

  it('leaves a bénévole no write but the séances and registers (logging in and leaving the demo aside)', () => {
    const open = writes.filter((n) => ['tous', 'session', 'benevole-collectif'].includes(ruleOf(n)))
    expect(open.sort()).toEqual(['app.leaveDemo', 'registre.setPresence', 'registre.setPresences', 'registre.update', 'seances.cancel', 'seances.plan', 'seances.restore', 'seances.save', 'session.ouvrir'])
  })

  it('keeps exports, deletions and settings to the coordination', () => {
    for (const name of names.filter((n) => n.endsWith('.supprimer') || n === 'annulation.annuler' || n.startsWith('rgpd.'))) expect(['suppression', 'export'], name).toContain(ruleOf(name))
    for (const name of ['echange.export', 'registres.exporter', 'registres.bilanAnnuel', 'bilan.document', 'rgpd.exporter'] as const) expect(ruleOf(name), name).toBe('export')
    for (const name of names.filter((n) => n.startsWith('sauvegardes.') || n.startsWith('comptes.') || n === 'structure.update' || n === 'journal.list')) {
      expect(['parametres', 'suppression'], name).toContain(ruleOf(name))
    }
  })

  it('lets an anonymous caller log in and nothing else', () => {
    expect(names.filter((n) => ruleOf(n) === 'session').sort()).toEqual(['app.status', 'session.etat', 'session.fermer', 'session.ouvrir'])
  })
})

describe('permissions at the dispatcher', () => {
  it('allows everything to anyone while the base has no account (as before accounts existed)', async () => {
    const seed = seedAssociation(t, 2)
    const host = hostDispatcher(t)
    const caller = anonymous()
    expect(await host.call(caller, 'enfants.list')).toHaveLength(2)
    const lieu = await host.call(caller, 'lieux.save', { nom: 'Salle', adresse: '1 rue', commune: 'Bourg', typeLocal: 'associatif' })
    await host.call(caller, 'lieux.supprimer', { id: lieu.id })
    expect(await host.call(caller, 'session.etat')).toMatchObject({ protege: false, compte: null, comptes: [], droits: { collectifs: null } })
    expect(seed.enfants).toHaveLength(2)
  })

  it('refuses anonymous calls once an account exists, except what the lock screen needs', async () => {
    const seed = seedAssociation(t, 2)
    await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const caller = anonymous()
    const before = tableCounts(t)
    for (const [name, input] of [['enfants.list', {}], ['enfants.get', { id: seed.enfants[0].id }], ['echange.export', {}], ['lieux.supprimer', { id: seed.lieu.id }], ['registre.setPresence', { seanceId: 'x', enfantId: 'y', statut: 'present' }]] as const) {
      const error = await refusal(() => host.call(caller, name, input as never))
      expect(error.code, name).toBe('unauthorized')
      expect(error.message).toBe('Session expirée ou fermée : identifiez-vous.')
    }
    // Even a malformed input is refused as anonymous first: nothing is learnt of what a call expects.
    expect((await refusal(() => host.call(caller, 'enfants.save', { prenom: 42 } as never))).code).toBe('unauthorized')
    expect(tableCounts(t)).toEqual(before)
    const etat = await host.call(caller, 'session.etat')
    expect([...etat.droits.appels].sort()).toEqual(['app.status', 'session.etat', 'session.fermer', 'session.ouvrir'])
    expect(etat).toMatchObject({ protege: true, compte: null, droits: { collectifs: [] }, comptes: [{ id: expect.any(String), nom: 'Inès', type: 'pin' }, { id: expect.any(String), nom: 'Nadia Benali', type: 'mot_de_passe' }] })
    expect((await host.call(caller, 'app.status')).structureNom).toBe('Association Les Ponts')
    // From another machine of the network, not even the names.
    expect((await host.call({ token: null, distant: true }, 'session.etat')).comptes).toEqual([])
  })

  it("lets a bénévole mark attendance in her collectif, and refuses another collectif's, every other write and exports", async () => {
    const seed = seedAssociation(t, 2)
    const autre = t.call('collectifs.save', { nom: '6e-5e lundi', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [], creneaux: [], intervenantIds: [] })
    const enfantAutre = t.call('enfants.save', { prenom: 'Léo', nom: 'Martin', niveau: '6E', inscriptions: [{ collectifId: autre.id, du: '2025-11-03' }] })
    const sienne = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const pasLaSienne = t.call('seances.save', { collectifId: autre.id, date: '2025-11-03', heureDebut: '17:00', dureeMinutes: 60 })
    await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    const etat = await host.call(ines, 'session.ouvrir', { nom: 'inès ', secret: BENEVOLE.secret })
    expect(etat.compte).toEqual({ id: expect.any(String), nom: 'Inès', role: 'benevole', collectifIds: [seed.collectif.id] })

    expect(await host.call(ines, 'registre.setPresence', { seanceId: sienne.id, enfantId: seed.enfants[0].id, statut: 'present' })).toMatchObject({ statut: 'present' })
    await host.call(ines, 'registre.setPresences', { seanceId: sienne.id, marks: [{ enfantId: seed.enfants[1].id, statut: 'absent' }] })
    await host.call(ines, 'seances.cancel', { seanceId: sienne.id, motif: 'Grève' })
    await host.call(ines, 'seances.restore', { seanceId: sienne.id })
    expect(await host.call(ines, 'enfants.list')).toHaveLength(3)

    const before = tableCounts(t)
    const refusals: [CallName, unknown, RegExp][] = [
      ['registre.setPresence', { seanceId: pasLaSienne.id, enfantId: enfantAutre.id, statut: 'present' }, /modifier les séances d'un collectif qui ne vous est pas confié/],
      ['registre.update', { seanceId: pasLaSienne.id, note: 'x' }, /pas confié/],
      ['seances.save', { id: pasLaSienne.id, collectifId: seed.collectif.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 90 }, /pas confié/],
      ['seances.plan', { collectifId: autre.id, du: '2025-11-03', au: '2025-11-30' }, /pas confié/],
      ['enfants.save', { prenom: 'Zoé', nom: 'Petit', niveau: 'CM1', inscriptions: [] }, /ne permet pas de modifier ces données/],
      ['lieux.supprimer', { id: seed.lieu.id }, /ne permet pas de supprimer des données/],
      ['echange.export', {}, /ne permet pas d'exporter des données/],
      ['registres.bilanAnnuel', {}, /exporter/],
      ['structure.update', t.call('structure.get'), /paramètres/],
      ['comptes.list', {}, /comptes/],
      ['journal.list', {}, /journal/],
    ]
    for (const [name, input, message] of refusals) {
      const error = await refusal(() => host.call(ines, name, input as never))
      expect(error.code, name).toBe('forbidden')
      expect(error.message, name).toMatch(/^Votre compte bénévole ne permet pas /)
      expect(error.message, name).toMatch(message)
    }
    expect(tableCounts(t)).toEqual(before)
    // The session tells the screens the same: what was refused is not offered.
    expect(etat.droits.collectifs).toEqual([seed.collectif.id])
    for (const [name] of refusals) expect(etat.droits.appels, name).not.toContain(name)
    expect(etat.droits.appels).toEqual(expect.arrayContaining(['enfants.list', 'registre.get', 'collectifs.get']))
    for (const name of ['collectifs.save', 'enfants.enroll', 'seances.supprimer']) expect(etat.droits.appels, name).not.toContain(name)

    const nadia = anonymous()
    const coordination = await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    expect(coordination.droits.collectifs).toBeNull()
    expect([...coordination.droits.appels].sort()).toEqual(Object.keys(contract).sort())
    expect(await host.call(nadia, 'registre.setPresence', { seanceId: pasLaSienne.id, enfantId: enfantAutre.id, statut: 'present' })).toMatchObject({ statut: 'present' })
    expect((await host.call(nadia, 'echange.export')).enfants).toHaveLength(3)
  })

  it('ends the session of a deactivated account at its next call, and a closed session is anonymous again', async () => {
    const seed = seedAssociation(t, 1)
    const { benevole } = await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
    expect(ines.token).toMatch(/^[\w-]{43}$/)
    await host.call(ines, 'enfants.list')
    t.call('comptes.save', { ...benevole, actif: false })
    expect((await refusal(() => host.call(ines, 'enfants.list'))).code).toBe('unauthorized')
    expect(ines.token).toBeNull()

    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    expect((await host.call(nadia, 'session.fermer')).compte).toBeNull()
    expect(nadia.token).toBeNull()
    expect((await refusal(() => host.call(nadia, 'enfants.list'))).code).toBe('unauthorized')
  })

  it('expires a session left idle for 12 hours on the server side', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    host.clock.now += 11 * 3600_000
    await host.call(nadia, 'enfants.list')
    host.clock.now += 11 * 3600_000
    await host.call(nadia, 'enfants.list')
    host.clock.now += 12 * 3600_000 + 1
    expect((await refusal(() => host.call(nadia, 'enfants.list'))).code).toBe('unauthorized')
  })
})
