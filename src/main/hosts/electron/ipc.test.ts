import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract/errors'
import { CHANNELS } from './channels'
import type { FolderRequest } from './folder-dialog'
import { bindFolderDialog, bindIpc, pushChange, windowClient } from './ipc'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

/** An ipcMain that only records its handler: bindIpc needs nothing else of Electron. */
function fakeIpc(): { ipcMain: IpcMain; invoke(frameUrl: string | null, name: string, input: unknown): Promise<unknown> } {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain
  return {
    ipcMain,
    invoke: (frameUrl, name, input) => {
      const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent
      return handlers.get(CHANNELS.call)!(event, name, input)
    },
  }
}

const APP = 'file:///opt/Clas/resources/app.asar/out/renderer/index.html'

describe('IPC bridge', () => {
  it('answers the app page, and refuses any other sender without calling the services', async () => {
    const calls: string[] = []
    const ipc = fakeIpc()
    bindIpc(ipc.ipcMain, (name) => (calls.push(name), { ok: name }), () => APP)

    expect(await ipc.invoke(`${APP}#/enfants`, 'enfants.list', {})).toEqual({ ok: true, result: { ok: 'enfants.list' } })
    for (const sender of ['https://example.org/', 'file:///tmp/piege.html', 'devtools://devtools/bundled/inspector.html', null]) {
      expect(await ipc.invoke(sender, 'enfants.list', {})).toEqual({ ok: false, error: expect.objectContaining({ message: 'Appel refusé : origine inconnue.' }) })
    }
    expect(calls).toEqual(['enfants.list'])
  })

  it('carries French errors in an envelope and hides unexpected ones', async () => {
    const ipc = fakeIpc()
    bindIpc(ipc.ipcMain, (name) => {
      if (name === 'a') throw new ApiError({ code: 'validation', field: 'nom', message: 'nom : le nom est obligatoire' })
      throw new Error('/home/nadia/secret.sqlite: disk I/O error')
    }, () => APP)
    expect(await ipc.invoke(APP, 'a', {})).toEqual({ ok: false, error: { code: 'validation', field: 'nom', message: 'nom : le nom est obligatoire' } })
    const hidden = await ipc.invoke(APP, 'b', {})
    expect(JSON.stringify(hidden)).not.toContain('secret')
  })

  it('carries the year the window shows with each call, and only with that call', async () => {
    const handlers = new Map<string, Handler>()
    const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain
    const seen: (string | undefined)[] = []
    bindIpc(ipcMain, (_name, _input, caller) => (seen.push(caller?.annee), null), () => APP)
    // One window: its caller (and session) is kept between calls; the year is not.
    const event = { senderFrame: { url: APP }, sender: { id: 7, once: () => undefined } } as unknown as IpcMainInvokeEvent
    await handlers.get(CHANNELS.call)!(event, 'enfants.list', {}, '2024-2025')
    await handlers.get(CHANNELS.call)!(event, 'enfants.list', {})
    expect(seen).toEqual(['2024-2025', undefined])
  })
})

describe('the folder dialog over IPC', () => {
  const handlersOf = () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>()
    return { handlers, ipcMain: { handle: (channel: string, h: Handler) => handlers.set(channel, h) } as unknown as IpcMain }
  }
  const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent

  it('opens the dialog for the app page only, on its own channel, and answers the path or null', async () => {
    const { handlers, ipcMain } = handlersOf()
    const asked: FolderRequest[] = []
    let answer: string | null = '/home/nadia/Documents'
    bindFolderDialog(ipcMain, async (_event, request) => (asked.push(request), answer), () => APP)
    const invoke = (url: string | null, request: unknown) => handlers.get(CHANNELS.chooseFolder)!(from(url), request)

    expect(await invoke(`${APP}#/parametres/cloture`, { usage: 'cloture', depuis: '' })).toBe('/home/nadia/Documents')
    answer = null
    expect(await invoke(APP, { usage: 'sauvegardes' })).toBeNull()
    for (const sender of ['https://example.org/', 'file:///tmp/piege.html', 'devtools://devtools/bundled/inspector.html', null]) {
      expect(await invoke(sender, { usage: 'cloture' })).toBeNull()
    }
    // Something else than an object is read as an empty request (chooseFolder then opens nothing).
    await invoke(APP, 'cloture')
    expect(asked).toEqual([{ usage: 'cloture', depuis: '' }, { usage: 'sauvegardes' }, {}])
    expect(handlers.has(CHANNELS.call)).toBe(false)
  })

  it('answers null when the dialog fails to open', async () => {
    const { handlers, ipcMain } = handlersOf()
    bindFolderDialog(ipcMain, () => Promise.reject(new Error('no display')), () => APP)
    expect(await handlers.get(CHANNELS.chooseFolder)!(from(APP), { usage: 'cloture' })).toBeNull()
  })
})

describe('changes pushed to the windows', () => {
  it('tells every other live window the call name, and not the window that wrote', () => {
    const sent: [number, string, string][] = []
    const window = (id: number, destroyed = false) => ({ id, isDestroyed: () => destroyed, send: (channel: string, name: string) => sent.push([id, channel, name]) })
    pushChange([window(1), window(2), window(3, true)], 'registre.setPresence', windowClient(1))
    expect(sent).toEqual([[2, CHANNELS.change, 'registre.setPresence']])
    pushChange([window(1), window(2)], 'echange.import')
    expect(sent.slice(1)).toEqual([[1, CHANNELS.change, 'echange.import'], [2, CHANNELS.change, 'echange.import']])
  })
})
