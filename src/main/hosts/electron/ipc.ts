import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { ApiError, type Envelope } from '../../../shared/contract/errors'
import type { Dispatch } from '../../api/dispatch'
import type { Caller } from '../../access/sessions'
import { CHANNELS } from './channels'
import type { FolderRequest } from './folder-dialog'
import { isAppUrl } from './security'

/** How a window is named as the origin of a change (see pushChange). */
export const windowClient = (webContentsId: number) => `fenetre-${webContentsId}`

/** What pushChange needs of a window's webContents. */
export interface ChangeReceiver {
  id: number
  isDestroyed(): boolean
  send(channel: string, name: string): void
}

/**
 * Tells every window but the one that wrote (it refreshed itself) that a write happened: the
 * call's name only, never its data.
 */
export function pushChange(windows: ChangeReceiver[], appel: string, origine?: string): void {
  for (const contents of windows) {
    if (contents.isDestroyed() || windowClient(contents.id) === origine) continue
    contents.send(CHANNELS.change, appel)
  }
}

/**
 * Binds the contract to IPC. Errors travel as an envelope because Electron strips the
 * properties of thrown errors; a call from any frame other than the app's page is refused.
 * Each window holds its own session, kept here in the main process (the page never sees the
 * token): closing the window ends it.
 */
export function bindIpc(ipcMain: IpcMain, dispatch: Dispatch, appUrl: () => string): void {
  const callers = new Map<number, Caller>()
  const callerOf = (event: IpcMainInvokeEvent): Caller => {
    const sender = event.sender as IpcMainInvokeEvent['sender'] | undefined
    // No window to tie a session to: this call gets none, and keeps none.
    if (!sender) return { token: null }
    let caller = callers.get(sender.id)
    if (!caller) {
      // The window names itself by its id: its own writes are not pushed back to it.
      caller = { token: null, client: windowClient(sender.id) }
      callers.set(sender.id, caller)
      sender.once('destroyed', () => callers.delete(sender.id))
    }
    return caller
  }
  ipcMain.handle(CHANNELS.call, async (event: IpcMainInvokeEvent, name: unknown, input: unknown, annee?: unknown): Promise<Envelope<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(frameUrl, appUrl())) return { ok: false, error: { code: 'validation', message: 'Appel refusé : origine inconnue.' } }
    try {
      // Awaited: a read-only call may answer with a promise (a file being built).
      // The year the window shows (its year switcher), set for this call only: the dispatcher reads it at once.
      const caller = callerOf(event)
      if (typeof annee === 'string' && annee !== '') caller.annee = annee
      else delete caller.annee
      return { ok: true, result: await dispatch(String(name), input, caller) }
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: "Une erreur inattendue s'est produite." })
      return { ok: false, error: apiError.toBody() }
    }
  })
}

/**
 * The folder dialog over IPC: opened for the app's page only (any other sender gets null and
 * no dialog), modal to the window that asked. `choose` is chooseFolder bound to Electron's
 * dialog and the sender's window (main.ts); the answer is the path, or null when cancelled.
 */
export function bindFolderDialog(ipcMain: IpcMain, choose: (event: IpcMainInvokeEvent, request: FolderRequest) => Promise<string | null>, appUrl: () => string): void {
  ipcMain.handle(CHANNELS.chooseFolder, async (event: IpcMainInvokeEvent, request: unknown): Promise<string | null> => {
    if (!isAppUrl(event.senderFrame?.url ?? '', appUrl())) return null
    try {
      return await choose(event, typeof request === 'object' && request !== null ? (request as FolderRequest) : {})
    } catch {
      // A dialog that failed to open is a cancelled one: the person can still type the path.
      return null
    }
  })
}
