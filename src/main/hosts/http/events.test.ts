import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COORDINATION, createAccounts } from '../../../../tests/helpers/accounts'
import { seedAssociation } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import { createDispatcher } from '../../api/dispatch'
import { SessionStore } from '../../access/sessions'
import { ChangeFeed } from '../../changes/change-feed'
import { watchOtherWrites } from '../../changes/other-writes'
import { Workspace } from '../../workspace'
import { startHttpServer, type RunningServer } from './server'

let t: TestWorkspace
let server: RunningServer
const streams: AbortController[] = []
let stopWatching = () => {}

beforeEach(() => (t = tempWorkspace()))
afterEach(async () => {
  streams.forEach((s) => s.abort())
  stopWatching()
  await server?.close()
  t.cleanup()
})

/** A real server on a free port, with the feed and sessions a host has. */
async function serve() {
  const changes = new ChangeFeed()
  const dispatch = createDispatcher(t.workspace, { checkOutput: true, sessions: new SessionStore(), changes })
  server = await startHttpServer({ dispatch, port: 0, changes })
  stopWatching = watchOtherWrites(() => t.workspace.context().sqlite, changes, 50)
  return changes
}

const call = (name: string, input: unknown, { client, cookie }: { client?: string; cookie?: string } = {}) =>
  fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client ? { 'x-clas-client': client } : {}), ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  })

/** A page's event stream: what it received so far, and a wait for the next event. */
async function listen(client: string, cookie?: string) {
  const controller = new AbortController()
  streams.push(controller)
  const response = await fetch(`${server.url}api/evenements?client=${client}`, { headers: cookie ? { cookie } : {}, signal: controller.signal })
  let text = ''
  let ended = false
  if (response.ok) {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          text += value
        }
      } catch {
        // aborted by the test
      }
      ended = true
    })()
    // The stream says it is open before any event: from then on it hears every write.
    await until(() => text.includes(': ouvert'))
  }
  const events = () => [...text.matchAll(/event: change\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1]) as unknown)
  return { response, events, text: () => text, ended: () => ended }
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('waited too long')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('changes pushed to the other pages (GET /api/evenements)', () => {
  it("tells every other page of a write, by the call's name only, and not the page that made it", async () => {
    const seed = seedAssociation(t, 2)
    await serve()
    const a = await listen('page-a')
    const b = await listen('page-b')
    expect(a.response.headers.get('content-type')).toMatch(/^text\/event-stream/)

    const res = await call('enfants.save', { id: seed.enfants[0].id, prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', inscriptions: [{ collectifId: seed.collectif.id, du: '2025-11-03' }] }, { client: 'page-b' })
    expect(res.status).toBe(200)
    await until(() => a.events().length === 1)
    expect(a.events()).toEqual([{ appel: 'enfants.save' }])
    // Nothing of the child travels with it.
    expect(a.text()).not.toMatch(/Inès|Diallo|CM1|prenom/)
    // The page that wrote refreshed itself already; reads are not told at all.
    await call('enfants.list', {}, { client: 'page-a' })
    await new Promise((r) => setTimeout(r, 100))
    expect(b.events()).toEqual([])
    expect(a.events()).toHaveLength(1)
  })

  it('tells of a write made by another program on the same file (the CLI)', async () => {
    seedAssociation(t, 1)
    await serve()
    const a = await listen('page-a')
    // The watcher has read the file's version once since it started.
    await new Promise((r) => setTimeout(r, 120))
    const other = new Workspace(t.path, { today: () => '2025-11-20' })
    try {
      createDispatcher(other)('lieux.save', { nom: 'Salle des fêtes', adresse: '', commune: 'Bourg', typeLocal: 'municipal' })
    } finally {
      other.close()
    }
    await until(() => a.events().length > 0)
    expect(a.events()).toEqual([{ appel: 'echange.import' }])
  })

  it('gives nothing to a page without a session on a protected base, and ends a stream whose session closed', async () => {
    const seed = seedAssociation(t, 1)
    await createAccounts(t, [seed.collectif.id])
    await serve()
    const anonymous = await listen('page-x')
    expect(anonymous.response.status).toBe(401)
    expect(await anonymous.response.json()).toEqual({ error: { code: 'unauthorized', message: 'Session expirée ou fermée : identifiez-vous.' } })

    const login = await call('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    const cookie = /clas_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0]
    const other = await call('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    const otherCookie = /clas_session=[^;]*/.exec(other.headers.get('set-cookie') ?? '')![0]
    const a = await listen('page-a', cookie)
    expect(a.response.status).toBe(200)

    expect((await call('lieux.save', { nom: 'Gymnase', adresse: '', commune: 'Bourg', typeLocal: 'municipal' }, { cookie: otherCookie })).status).toBe(200)
    await until(() => a.events().length === 1)
    // Logging in and out is no change of data: not told.
    expect((await call('session.fermer', {}, { cookie })).status).toBe(200)
    expect((await call('lieux.save', { nom: 'Médiathèque', adresse: '', commune: 'Bourg', typeLocal: 'municipal' }, { cookie: otherCookie })).status).toBe(200)
    await until(() => a.ended())
    expect(a.events()).toEqual([{ appel: 'lieux.save' }])
  })
})
