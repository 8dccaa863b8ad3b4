import { EventEmitter } from 'node:events'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COORDINATION, createAccounts } from '../../../../tests/helpers/accounts'
import { seedAssociation } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import type { Envelope } from '../../../shared/contract/errors'
import { CHANNELS } from './channels'
import { bindIpc } from './ipc'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>
const APP = 'file:///opt/Clas/resources/app.asar/out/renderer/index.html'

/** An ipcMain and windows (webContents) reduced to what bindIpc uses: an id and a `destroyed` event. */
function fakeElectron() {
  let handler: Handler | undefined
  const ipcMain = { handle: (channel: string, h: Handler) => channel === CHANNELS.call && (handler = h) } as unknown as IpcMain
  const window = (id: number) => {
    const sender = Object.assign(new EventEmitter(), { id })
    return {
      invoke: (name: string, input: unknown = {}) => handler!({ sender, senderFrame: { url: APP } } as unknown as IpcMainInvokeEvent, name, input),
      close: () => sender.emit('destroyed'),
    }
  }
  return { ipcMain, window }
}

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

describe('IPC sessions', () => {
  it('keeps one session per window in the main process, and forgets it when the window closes', async () => {
    seedAssociation(t, 1)
    await createAccounts(t, [])
    const electron = fakeElectron()
    bindIpc(electron.ipcMain, t.dispatch, () => APP)
    const first = electron.window(1)
    const second = electron.window(2)

    expect(await first.invoke('enfants.list')).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Session expirée ou fermée : identifiez-vous.' } })
    const login = await first.invoke('session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    expect(login).toMatchObject({ ok: true, result: { compte: { nom: 'Nadia Benali' } } })
    // The page never gets the token.
    expect(JSON.stringify(login)).not.toMatch(/token|[\w-]{43}/)
    expect(await first.invoke('enfants.list')).toMatchObject({ ok: true })
    expect(await second.invoke('enfants.list')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })

    first.close()
    const reopened = electron.window(1)
    expect(await reopened.invoke('enfants.list')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })
})
