import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import type { CallOutput } from '../../shared/contract'
import { anonymous, BENEVOLE, COORDINATION, createAccounts, hostDispatcher } from '../../../tests/helpers/accounts'
import { ANNEE, seedAssociation, STRUCTURE } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

async function refusal(run: () => unknown): Promise<ApiError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call was accepted')
}

const row = (id: string) => t.workspace.context().sqlite.prepare('SELECT echecs, bloque_jusqu_a AS bloque FROM comptes WHERE id = ?').get(id) as { echecs: number; bloque: string | null }

describe('setup with the coordinator’s account', () => {
  it('creates the account with the association, hashed, and opens the session for its creator', async () => {
    const host = hostDispatcher(t)
    const caller = anonymous()
    const status = await host.call(caller, 'setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE, compte: COORDINATION })
    expect(status.configured).toBe(true)
    expect(caller.token).toBeTruthy()
    const etat = await host.call(caller, 'session.etat')
    expect(etat).toMatchObject({ protege: true, compte: { nom: 'Nadia Benali', role: 'coordinateur', collectifIds: [] } })
    const stored = t.workspace.context().sqlite.prepare('SELECT * FROM comptes').all() as Record<string, unknown>[]
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(COORDINATION.secret)
    expect(stored[0]).toMatchObject({ role: 'coordinateur', type: 'mot_de_passe', echecs: 0, actif: 1 })
    // The journal names the creator.
    expect(t.workspace.context().sqlite.prepare("SELECT compte_id AS compteId, champs FROM journal WHERE appel = 'setup.create'").get()).toEqual({ compteId: etat.compte!.id, champs: '["anneeScolaire","compte","structure"]' })
  })

  it('refuses a weak password before creating anything', async () => {
    const error = await refusal(() => t.dispatch('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE, compte: { nom: 'Nadia', secret: 'nadia' } }))
    expect(error).toMatchObject({ code: 'validation', field: 'compte.secret' })
    expect(t.call('app.status').configured).toBe(false)
  })
})

describe('session.ouvrir', () => {
  it('locks an account after 5 failures for 1 minute, then doubles, and a success resets it', async () => {
    const seed = seedAssociation(t, 1)
    const { benevole } = await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    const attempt = (secret: string) => refusal(() => host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret }))

    for (let i = 1; i <= 4; i++) {
      const error = await attempt('000001')
      expect(error).toMatchObject({ code: 'validation', field: 'secret' })
      expect(error.message).toMatch(/^secret : ce n'est pas le bon code PIN/)
      if (i === 4) expect(error.message).toMatch(/encore 1 essai avant un blocage d'une minute/)
    }
    const fifth = await attempt('000001')
    expect(fifth).toMatchObject({ code: 'rate_limited', message: "Trop d'essais manqués : le compte « Inès » est bloqué pendant 1 minute." })
    expect(row(benevole.id)).toEqual({ echecs: 5, bloque: '2025-11-20T16:01:00.000Z' })

    // Locked: even the right PIN is refused, without being checked, until the minute is over.
    host.clock.now += 59_000
    expect((await refusal(() => host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret }))).code).toBe('rate_limited')
    expect(ines.token).toBeNull()
    host.clock.now += 1_000
    expect((await attempt('000001')).message).toMatch(/bloqué pendant 2 minutes/)
    host.clock.now += 2 * 60_000
    expect((await attempt('000001')).message).toMatch(/bloqué pendant 4 minutes/)
    host.clock.now += 4 * 60_000

    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
    expect(ines.token).toBeTruthy()
    expect(row(benevole.id)).toEqual({ echecs: 0, bloque: null })
  })

  it('answers the same to an unknown name and a wrong password, and refuses a PIN from another machine', async () => {
    const seed = seedAssociation(t, 1)
    await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const unknown = await refusal(() => host.call(anonymous(), 'session.ouvrir', { nom: 'Personne', secret: 'Ponts-2025-coord' }))
    const wrong = await refusal(() => host.call(anonymous(), 'session.ouvrir', { nom: COORDINATION.nom, secret: 'Ponts-2025-cord' }))
    expect(unknown.toBody()).toEqual(wrong.toBody())
    expect(unknown.message).toBe('secret : nom ou mot de passe incorrect')
    const distant = await refusal(() => host.call({ token: null, distant: true }, 'session.ouvrir', { nom: BENEVOLE.nom, secret: BENEVOLE.secret }))
    expect(distant).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/code PIN ne suffit pas/) })
    const nadia = { token: null, distant: true }
    expect((await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })).compte?.role).toBe('coordinateur')
  })
})

describe('comptes', () => {
  it('keeps one active coordinator at least: no demotion, deactivation nor deletion of the last', async () => {
    seedAssociation(t, 1)
    const { coordination } = await createAccounts(t, [])
    for (const change of [{ role: 'benevole', type: 'mot_de_passe' }, { actif: false }] as const) {
      const error = await refusal(() => t.dispatch('comptes.save', { ...coordination, ...change }))
      expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^« Nadia Benali » est le seul compte de coordination/) })
    }
    expect((await refusal(() => t.call('comptes.supprimer', { id: coordination.id }))).message).toMatch(/seul compte de coordination : créez-en un autre avant de le supprimer/)
    const autre = await (t.dispatch('comptes.save', { nom: 'Samir', role: 'coordinateur', type: 'mot_de_passe', secret: 'Samir-coord-1' }) as Promise<CallOutput<'comptes.save'>>)
    t.call('comptes.save', { ...coordination, actif: false })
    expect((await refusal(() => t.call('comptes.supprimer', { id: autre.id }))).code).toBe('conflict')
  })

  it('makes the first account a coordinator’s, refuses two accounts of the same name, and unknown collectifs', async () => {
    seedAssociation(t, 1)
    expect(await refusal(() => t.dispatch('comptes.save', { nom: 'Inès', role: 'benevole', type: 'pin', secret: '493817' }))).toMatchObject({ field: 'role' })
    await createAccounts(t, [])
    expect(await refusal(() => t.dispatch('comptes.save', { nom: ' inès', role: 'benevole', type: 'pin', secret: '582931' }))).toMatchObject({ code: 'conflict', field: 'nom' })
    expect(await refusal(() => t.dispatch('comptes.save', { nom: 'Léo', role: 'benevole', type: 'pin', secret: '582931', collectifIds: ['nulle-part'] }))).toMatchObject({ field: 'collectifIds[0]' })
    expect(await refusal(() => t.dispatch('comptes.save', { nom: 'Léo', role: 'benevole', type: 'pin' }))).toMatchObject({ field: 'secret' })
  })

  it('resets a secret: the old one no longer opens, the lock is lifted, the sessions of the account end', async () => {
    const seed = seedAssociation(t, 1)
    const { benevole } = await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
    const other = anonymous()
    for (let i = 0; i < 5; i++) await refusal(() => host.call(other, 'session.ouvrir', { compteId: benevole.id, secret: '000001' }))
    expect(t.call('comptes.list').find((c) => c.id === benevole.id)?.bloqueJusquA).toBeTruthy()

    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    const saved = await host.call(nadia, 'comptes.save', { ...benevole, type: 'mot_de_passe', secret: 'Nouveau-secret-9' })
    expect(saved).toMatchObject({ type: 'mot_de_passe', bloqueJusquA: null })
    expect((await refusal(() => host.call(ines, 'enfants.list'))).code).toBe('unauthorized')
    expect((await refusal(() => host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret }))).code).toBe('validation')
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: 'Nouveau-secret-9' })
    expect(await host.call(nadia, 'enfants.list')).toHaveLength(1)
  })

  it('deletes an account undoably, with its collectifs, and closes its sessions', async () => {
    const seed = seedAssociation(t, 1)
    const { benevole } = await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    const annulation = await host.call(nadia, 'comptes.supprimer', { id: benevole.id })
    expect(annulation.libelle).toBe('le compte « Inès »')
    expect((await host.call(nadia, 'comptes.list')).map((c) => c.nom)).toEqual(['Nadia Benali'])
    expect((await refusal(() => host.call(ines, 'enfants.list'))).code).toBe('unauthorized')
    await host.call(nadia, 'annulation.annuler', { jeton: annulation.jeton })
    expect((await host.call(nadia, 'comptes.list')).find((c) => c.nom === 'Inès')).toEqual(benevole)
    await host.call(ines, 'session.ouvrir', { compteId: benevole.id, secret: BENEVOLE.secret })
  })

  it('keeps the lock on while the demonstration is open', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    await host.call(nadia, 'app.openDemo')
    expect((await host.call(nadia, 'enfants.list')).length).toBeGreaterThan(10)
    expect((await refusal(() => host.call(anonymous(), 'enfants.list'))).code).toBe('unauthorized')
    expect((await refusal(() => host.call(nadia, 'comptes.save', { nom: 'Léo', role: 'benevole', type: 'pin', secret: '582931' }))).message).toMatch(/pas dans la démonstration/)
    await host.call(nadia, 'app.leaveDemo')
    expect(await host.call(nadia, 'enfants.list')).toHaveLength(1)
  })
})
