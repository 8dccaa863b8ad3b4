import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { anonymous, COORDINATION, createAccounts, hostDispatcher } from '../../../../../tests/helpers/accounts'
import { seedAssociation } from '../../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../../tests/helpers/workspace'
import { ApiError } from '../../../../shared/contract/errors'
import { main } from '../main'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace()
  vi.stubEnv('CLAS_DATA_DIR', t.dir)
})
afterEach(() => {
  vi.unstubAllEnvs()
  t.cleanup()
})

describe('clas account reset', () => {
  it('gives a forgotten coordinator’s account a new password, unlocked, for whoever holds the file', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    for (let i = 0; i < 5; i++) await expect(host.call(anonymous(), 'session.ouvrir', { nom: COORDINATION.nom, secret: 'Oublié-2024' })).rejects.toBeInstanceOf(ApiError)
    await expect(host.call(anonymous(), 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })).rejects.toMatchObject({ code: 'rate_limited' })
    t.workspace.close()
    const out: string[] = []
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) }
    vi.stubEnv('CLAS_NOUVEAU_MOT_DE_PASSE', 'Retrouvé-2025')
    expect(await main(['account', 'reset', '--db', t.path, '--name', 'nadia benali'], io)).toBe(0)
    expect(await main(['account', 'reset', '--db', t.path, '--name', 'Personne'], io)).toBe(1)
    vi.stubEnv('CLAS_NOUVEAU_MOT_DE_PASSE', 'faible')
    expect(await main(['account', 'reset', '--db', t.path, '--name', 'Nadia Benali'], io)).toBe(1)
    expect(out).toEqual([
      'Le mot de passe de « Nadia Benali » est changé ; le compte est actif et débloqué.',
      "Aucun compte ne s'appelle « Personne ».",
      expect.stringMatching(/^le mot de passe doit compter au moins 8 caractères/),
    ])
    t.reopen()
    const again = hostDispatcher(t)
    const etat = await again.call(anonymous(), 'session.ouvrir', { nom: COORDINATION.nom, secret: 'Retrouvé-2025' })
    expect(etat.compte?.role).toBe('coordinateur')
  })
})
