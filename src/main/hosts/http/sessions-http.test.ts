import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BENEVOLE, COORDINATION, createAccounts } from '../../../../tests/helpers/accounts'
import { ANNEE, seedAssociation, STRUCTURE } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import { serveCommand } from '../cli/commands/serve'
import { lanAllowedHosts } from './lan'
import { LoginLimiter } from './login-limit'
import { createHttpApp, SESSION_COOKIE } from './server'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => {
  vi.unstubAllEnvs()
  t.cleanup()
})

type Options = { lan?: boolean; limiter?: LoginLimiter }
function client({ lan = false, limiter }: Options = {}) {
  const app = createHttpApp({ dispatch: t.dispatch, allowedHosts: ['127.0.0.1', 'localhost', '192.168.1.10'], lan, loginLimiter: limiter })
  return (name: string, body: unknown, { headers = {}, from = '127.0.0.1', cookie }: { headers?: Record<string, string>; from?: string; cookie?: string } = {}) =>
    app.request(
      `http://127.0.0.1/api/${name}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: '127.0.0.1:4780', ...(cookie ? { cookie } : {}), ...headers },
        body: JSON.stringify(body),
      },
      // What @hono/node-server gives the app: the socket, for the caller's address.
      { incoming: { socket: { remoteAddress: from } } },
    )
}

const sessionCookie = (res: Response) => res.headers.get('set-cookie') ?? ''
const cookieValue = (res: Response) => /clas_session=([^;]*)/.exec(sessionCookie(res))?.[1] ?? ''
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

describe('HTTP host with accounts', () => {
  it('answers everything while the base has no account, as before', async () => {
    const post = client()
    expect((await post('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })).status).toBe(200)
    expect((await post('lieux.list', {})).status).toBe(200)
  })

  it('opens the session at setup with an account, in an HttpOnly, SameSite=Strict cookie', async () => {
    const post = client()
    const res = await post('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE, compte: COORDINATION })
    expect(res.status).toBe(200)
    expect(sessionCookie(res)).toMatch(/^clas_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/)
    expect(sessionCookie(res)).not.toMatch(/Secure|Max-Age|Expires/)
    expect((await post('lieux.list', {}, { cookie: `${SESSION_COOKIE}=${cookieValue(res)}` })).status).toBe(200)
    expect((await post('lieux.list', {})).status).toBe(401)
  })

  it('refuses anonymous calls (401, French), lets the lock screen log in, and clears the cookie on logout', async () => {
    const seed = seedAssociation(t, 2)
    await createAccounts(t, [seed.collectif.id])
    const post = client()
    const anonymousCall = await post('enfants.list', {})
    expect(anonymousCall.status).toBe(401)
    expect(await errorOf(anonymousCall)).toEqual({ code: 'unauthorized', message: 'Session expirée ou fermée : identifiez-vous.' })
    const export_ = await post('echange.export', {})
    expect(export_.status).toBe(401)
    expect(await export_.text()).not.toContain('Prénom1')
    expect((await post('app.status', {})).status).toBe(200)

    const wrong = await post('session.ouvrir', { nom: COORDINATION.nom, secret: 'Ponts-2025-cord' })
    expect(wrong.status).toBe(400)
    expect(sessionCookie(wrong)).toBe('')

    const login = await post('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    expect(login.status).toBe(200)
    const cookie = `${SESSION_COOKIE}=${cookieValue(login)}`
    const list = await post('enfants.list', {}, { cookie })
    expect(list.status).toBe(200)
    expect(list.headers.get('cache-control')).toBe('no-store')

    const logout = await post('session.fermer', {}, { cookie })
    expect(sessionCookie(logout)).toMatch(/^clas_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict/)
    expect((await post('enfants.list', {}, { cookie })).status).toBe(401)
  })

  it("refuses a bénévole's call outside her collectifs and her deletions (403)", async () => {
    const seed = seedAssociation(t, 2)
    await createAccounts(t, [])
    const post = client()
    const login = await post('session.ouvrir', { nom: BENEVOLE.nom, secret: BENEVOLE.secret })
    const cookie = `${SESSION_COOKIE}=${cookieValue(login)}`
    const seance = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const mark = await post('registre.setPresence', { seanceId: seance.id, enfantId: seed.enfants[0].id, statut: 'present' }, { cookie })
    expect(mark.status).toBe(403)
    expect((await errorOf(mark)).message).toMatch(/^Votre compte bénévole ne permet pas de modifier les séances d'un collectif qui ne vous est pas confié/)
    const deletion = await post('lieux.supprimer', { id: seed.lieu.id }, { cookie })
    expect(deletion.status).toBe(403)
    expect(t.call('lieux.list')).toHaveLength(1)
  })

  it('refuses a POST another site made the browser send (CSRF), even with the cookie', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const post = client()
    const cookie = `${SESSION_COOKIE}=${cookieValue(await post('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret }))}`
    const forged: Record<string, string>[] = [{ origin: 'http://attaquant.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'http://127.0.0.1:9999' }]
    for (const headers of forged) {
      const res = await post('lieux.list', {}, { cookie, headers })
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect((await errorOf(res)).message).toBe("Appel refusé : il ne vient pas d'une page de Clas.")
    }
    expect((await post('lieux.list', {}, { cookie, headers: { origin: 'http://127.0.0.1:4780', 'sec-fetch-site': 'same-origin' } })).status).toBe(200)
  })

  it('limits logins per network address (10 per 15 minutes), whatever the names tried, and lets other addresses in', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    let now = 0
    const post = client({ limiter: new LoginLimiter(10, 15 * 60_000, () => now) })
    for (let i = 0; i < 10; i++) expect((await post('session.ouvrir', { nom: `Nom${i}`, secret: 'Essai-123' }, { from: '192.168.1.66' })).status).toBe(400)
    const blocked = await post('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret }, { from: '192.168.1.66' })
    expect(blocked.status).toBe(429)
    expect((await errorOf(blocked)).message).toBe("Trop de tentatives d'identification depuis cet appareil : réessayez dans 15 minutes.")
    expect(sessionCookie(blocked)).toBe('')
    expect((await post('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret }, { from: '192.168.1.67' })).status).toBe(200)
    now += 15 * 60_000
    expect((await post('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret }, { from: '192.168.1.66' })).status).toBe(200)
    // On the laptop itself, the accounts' lock-out is the limit: no address-wide block.
    for (let i = 0; i < 11; i++) expect((await post('session.ouvrir', { nom: `Nom${i}`, secret: 'Essai-123' }, { from: '127.0.0.1' })).status).toBe(400)
  })

  it('in LAN mode, keeps the names from other machines and refuses them a PIN', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const post = client({ lan: true })
    const etat = (await (await post('session.etat', {}, { from: '192.168.1.20' })).json()) as { result: { comptes: unknown[] } }
    expect(etat.result.comptes).toEqual([])
    const pin = await post('session.ouvrir', { nom: BENEVOLE.nom, secret: BENEVOLE.secret }, { from: '192.168.1.20' })
    expect(pin.status).toBe(403)
    expect((await post('session.ouvrir', { nom: BENEVOLE.nom, secret: BENEVOLE.secret }, { from: '127.0.0.1' })).status).toBe(200)
  })
})

describe('clas serve --lan', () => {
  it('refuses to start on a base without a coordinator’s account, and says why in French', async () => {
    vi.stubEnv('CLAS_DATA_DIR', t.dir)
    seedAssociation(t, 1)
    const out: string[] = []
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) }
    await expect(serveCommand({ db: t.path, lan: true, port: '0' }, io)).rejects.toThrow(/^Le mode réseau \(--lan\) demande un compte de coordination/)
    expect(out).toEqual([])
  })

  it('accepts, as Host, only this machine’s names and addresses', () => {
    expect(lanAllowedHosts(['192.168.1.10', 'fd00::5'], 'Portable-Clas')).toEqual(['127.0.0.1', 'localhost', 'portable-clas', 'portable-clas.local', '192.168.1.10', '[fd00::5]'])
  })
})
