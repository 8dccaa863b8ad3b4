import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ANNEE, STRUCTURE } from '../../../../tests/helpers/association'
import { COORDINATION } from '../../../../tests/helpers/accounts'
import { ApiError } from '../../../shared/contract/errors'
import type { Caller } from '../../access/sessions'
import { createDispatcher } from '../../api/dispatch'
import { Workspace } from '../../workspace'
import type { FromService, ToService } from './messages'
import { SERVICE_STOPPED_MESSAGE, ServiceClient, type ChildChannel } from './service-client'

const entry = fileURLToPath(new URL('./entry.ts', import.meta.url))

/** The utility process as the tests start it: a plain Node child, the same messages as Electron's parentPort. */
function forkService(): { child: ChildProcess; channel: ChildChannel } {
  const child = fork(entry, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return {
    child,
    channel: {
      send: (message: ToService) => void (child.connected && child.send(message)),
      onMessage: (listener) => child.on('message', (m) => listener(m as FromService)),
      onExit: (listener) => child.once('exit', (code) => listener(code)),
    },
  }
}

let dir: string
let running: ChildProcess[] = []
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'clas-utility-'))))
afterEach(() => {
  running.forEach((c) => c.kill('SIGKILL'))
  running = []
  rmSync(dir, { recursive: true, force: true })
})

async function started() {
  const { child, channel } = forkService()
  running.push(child)
  const client = new ServiceClient(channel)
  const ready = await client.start({ dbPath: join(dir, 'clas.sqlite'), dataDir: dir, today: '2025-11-20' })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, client, ready, exited }
}

const refusal = (promise: unknown) => Promise.resolve(promise).then(() => { throw new Error('expected a refusal') }, (error: unknown) => error as ApiError)

describe('the utility process, over child_process.fork', () => {
  it('answers calls on a real file, refuses bad ones in French, and tells each write', async () => {
    const { client, ready, exited } = await started()
    expect(ready).toEqual({ probleme: null })
    const changes: [string, string | undefined][] = []
    client.onChange((appel, origine) => changes.push([appel, origine]))
    const fenetre: Caller = { token: null, client: 'fenetre-1' }

    await client.dispatch('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE }, fenetre)
    const lieu = (await client.dispatch('lieux.save', { nom: 'Local du Vieux Moulin', adresse: '', commune: 'Bourg', typeLocal: 'associatif' }, fenetre)) as { id: string }
    expect(await client.dispatch('lieux.list', {}, fenetre)).toMatchObject([{ id: lieu.id, nom: 'Local du Vieux Moulin' }])

    const bad = await refusal(client.dispatch('lieux.save', { nom: '', adresse: '', commune: 'Bourg', typeLocal: 'associatif' }, fenetre))
    expect(bad).toBeInstanceOf(ApiError)
    expect(bad).toMatchObject({ code: 'validation', field: 'nom' })
    expect(bad.message).toMatch(/^nom : /)
    expect(await refusal(client.dispatch('lieux.inventer', {}, fenetre))).toMatchObject({ code: 'unknown_call', message: 'Appel inconnu : « lieux.inventer ».' })

    // Writes only, with the window that made them; the refused one is not told.
    await new Promise((r) => setTimeout(r, 50))
    expect(changes).toEqual([['setup.create', 'fenetre-1'], ['lieux.save', 'fenetre-1']])

    client.stop()
    expect(await exited).toBe(0)
    // In the file itself, read by another connection.
    const workspace = new Workspace(join(dir, 'clas.sqlite'), { today: () => '2025-11-20' })
    try {
      expect(createDispatcher(workspace)('lieux.list', {})).toMatchObject([{ nom: 'Local du Vieux Moulin' }])
    } finally {
      workspace.close()
    }
  })

  it("keeps the session's token with the window's process, on the caller", async () => {
    const { client } = await started()
    await client.dispatch('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE }, { token: null })
    const fenetre: Caller = { token: null }
    // The first account opens a session for whoever created it.
    await client.dispatch('comptes.save', { nom: COORDINATION.nom, role: 'coordinateur', type: 'mot_de_passe', secret: COORDINATION.secret }, fenetre)
    expect(fenetre.token).toMatch(/^[\w-]{43}$/)
    expect(await client.dispatch('lieux.list', {}, fenetre)).toEqual([])
    expect(await refusal(client.dispatch('lieux.list', {}, { token: null }))).toMatchObject({ code: 'unauthorized', message: 'Session expirée ou fermée : identifiez-vous.' })
    await client.dispatch('session.fermer', {}, fenetre)
    expect(fenetre.token).toBeNull()
  })

  it('reports a crash of the child: the call under way is refused in French, and the host is told', async () => {
    const { child, client } = await started()
    const crashes: (number | null)[] = []
    client.onCrash((code) => crashes.push(code))
    const pending = client.dispatch('app.status', {}, { token: null })
    child.kill('SIGKILL')
    expect(await refusal(pending)).toMatchObject({ code: 'unavailable', message: SERVICE_STOPPED_MESSAGE })
    expect(crashes).toEqual([null])
    expect(await refusal(client.dispatch('app.status', {}, { token: null }))).toMatchObject({ code: 'unavailable' })
  })
})
