import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COORDINATION, createAccounts, hostDispatcher } from '../../../../tests/helpers/accounts'
import { seedAssociation } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import type { Dispatch } from '../../api/dispatch'
import { readCompteRowByNom } from '../../store/repos/comptes'
import { lanAllowedHosts } from './lan'
import { createHttpApp, startHttpServer, type RunningServer } from './server'

let t: TestWorkspace
let server: RunningServer | null = null
beforeEach(() => (t = tempWorkspace()))
afterEach(async () => {
  await server?.close()
  server = null
  t.cleanup()
})

type Answer = { status: number; cookie: string; message: string }
const answerOf = async (res: Response): Promise<Answer> => ({
  status: res.status,
  cookie: res.headers.get('set-cookie') ?? '',
  message: ((await res.json()) as { error?: { message: string } }).error?.message ?? '',
})

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

describe('sign-in attempts sent at once, over real HTTP', () => {
  it('checks five of them at most: the right password sent after five wrong ones under way opens no session', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    // Counts the logins that reached the dispatcher, to send the right one once five are under way.
    let started = 0
    const dispatch: Dispatch = (name, input, caller) => {
      if (name === 'session.ouvrir') started++
      return host.dispatch(name, input, caller)
    }
    server = await startHttpServer({ dispatch, port: 0 })
    const url = `${server.url}api/session.ouvrir`
    const login = (secret: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nom: COORDINATION.nom, secret }) }).then(answerOf)
    const wrong = (i: number) => login(`Mauvais-${i}-essai`)

    const first = Array.from({ length: 5 }, (_, i) => wrong(i))
    await until(() => started === 5, 'the first five attempts')
    const right = login(COORDINATION.secret)
    const others = Array.from({ length: 25 }, (_, i) => wrong(i + 5))
    const answers = await Promise.all([...first, ...others])
    const rightAnswer = await right

    expect(rightAnswer.status).toBe(429)
    expect(rightAnswer.cookie).toBe('')
    expect(rightAnswer.message).toBe(`Trop d'essais manqués : le compte « ${COORDINATION.nom} » est bloqué encore 1 minute.`)
    // A checked attempt says the password was wrong, or that this failure locked the account;
    // the others were refused before any hash.
    const checked = answers.filter((a) => a.status === 400 || / est bloqué pendant /.test(a.message))
    expect(checked).toHaveLength(5)
    expect(answers.filter((a) => / est bloqué encore /.test(a.message))).toHaveLength(25)
    expect(host.sessions.size).toBe(0)
    expect(readCompteRowByNom(t.workspace.context().db, COORDINATION.nom)?.echecs).toBe(5)
  })

  it('lets a right password sent among the first five in, and clears the failures', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const host = hostDispatcher(t)
    server = await startHttpServer({ dispatch: host.dispatch, port: 0 })
    const url = `${server.url}api/session.ouvrir`
    const login = (secret: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nom: COORDINATION.nom, secret }) }).then(answerOf)
    const [a, b, ok] = await Promise.all([login('Mauvais-1-essai'), login('Mauvais-2-essai'), login(COORDINATION.secret)])
    expect([a.status, b.status]).toEqual([400, 400])
    expect(ok.status).toBe(200)
    expect(ok.cookie).toMatch(/^clas_session=/)
  })
})

describe('sign-in limits in LAN mode', () => {
  const KARIM = { nom: 'Karim', secret: 'Karim-Ponts-2025' }
  const ATTACKER = '192.168.1.66'

  async function lanClient() {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    await t.dispatch('comptes.save', { nom: KARIM.nom, role: 'benevole', type: 'mot_de_passe', secret: KARIM.secret, collectifIds: [] })
    const host = hostDispatcher(t)
    const app = createHttpApp({ dispatch: host.dispatch, allowedHosts: lanAllowedHosts(['192.168.1.10'], 'portable'), lan: true })
    return async (input: { nom: string; secret: string }, from = ATTACKER) =>
      answerOf(await app
        .request('http://192.168.1.10/api/session.ouvrir', { method: 'POST', headers: { 'content-type': 'application/json', host: '192.168.1.10:4780' }, body: JSON.stringify(input) },
          // What @hono/node-server gives the app: the socket, for the caller's address.
          { incoming: { socket: { remoteAddress: from } } }))
  }

  // Up to 30 scrypt hashes one after the other on a loaded machine before the fix: time enough.
  it("counts an address's failures whatever account signs in from it: 10 guesses per 15 minutes, not 27", { timeout: 90_000 }, async () => {
    const login = await lanClient()
    const guesses: Answer[] = []
    const ownLogins: Answer[] = []
    // Someone with an account of their own guesses other names, and signs in now and then.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) guesses.push(await login({ nom: `Nom${round}-${i}`, secret: 'Essai-Ponts-123' }))
      ownLogins.push(await login(KARIM))
    }
    expect(guesses.filter((a) => a.status === 400)).toHaveLength(10)
    expect(guesses.slice(10).every((a) => a.status === 429 && /^Trop de tentatives d'identification depuis cet appareil/.test(a.message))).toBe(true)
    expect(ownLogins[0].status).toBe(200)
    // Another machine is not concerned.
    expect((await login(KARIM, '192.168.1.67')).status).toBe(200)
  })

  it("counts an account's failures whatever other account signs in meanwhile", async () => {
    const login = await lanClient()
    for (let i = 0; i < 4; i++) expect((await login({ nom: COORDINATION.nom, secret: `Essai-Ponts-${i}` })).status).toBe(400)
    expect((await login(KARIM)).status).toBe(200)
    const fifth = await login({ nom: COORDINATION.nom, secret: 'Essai-Ponts-5' })
    expect(fifth.message).toBe(`Trop d'essais manqués : le compte « ${COORDINATION.nom} » est bloqué pendant 1 minute.`)
  })

  it('does not count a person mistyping their own password once and then signing in', { timeout: 60_000 }, async () => {
    const login = await lanClient()
    for (let round = 0; round < 6; round++) {
      expect((await login({ ...KARIM, secret: 'Karim-Ponts-2024' })).status).toBe(400)
      expect((await login(KARIM)).status).toBe(200)
    }
  })
})
