import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell, utilityProcess, webContents } from 'electron'
import type { Dispatch } from '../../api/dispatch'
import { OTHER_PROGRAM_WRITE } from '../../changes/change-feed'
import { ServiceClient } from '../utility/service-client'
import { chooseFolder } from './folder-dialog'
import { bindFolderDialog, bindIpc, pushChange } from './ipc'
import { guardNavigation, hardenSession, secureWebPreferences, type HardenedSession } from './security'
import { askBeforeUnload } from './unload-guard'
import { utilityChannel } from './utility-channel'

// One instance: two windows writing the same registers would fight over the file.
if (!app.requestSingleInstanceLock()) app.quit()
// Date and time fields in French (jj/mm/aaaa, 16:45) whatever the system's language.
app.commandLine.appendSwitch('lang', 'fr-FR')

const here = fileURLToPath(new URL('.', import.meta.url))
let mainWindow: BrowserWindow | null = null
const rendererUrl = () => process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href

/** In development better-sqlite3 is built for Node; start.mjs builds a copy for Electron. */
function nativeBinding(): string | undefined {
  const path = process.env.CLAS_NATIVE_BINDING
  return !app.isPackaged && path && existsSync(path) ? path : undefined
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280, height: 820, minWidth: 900, minHeight: 600, show: false, title: 'Clas',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  guardNavigation(mainWindow.webContents, rendererUrl, (url) => void shell.openExternal(url))
  const win = mainWindow
  askBeforeUnload(win.webContents, (question) => dialog.showMessageBoxSync(win, question))
  void mainWindow.loadURL(rendererUrl())
}

/**
 * Without LibreOffice, the bilan's PDF is printed by Electron's Chromium, in a hidden window that
 * runs no script and is destroyed right after (asked by the utility process, which has no window).
 */
async function printHtml(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false } })
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
  } finally {
    win.destroy()
  }
}

/** A utility process that keeps dying is not started again and again: the windows say it. */
const MAX_RESTARTS = 3

/**
 * The database and every call run in a utility process (hosts/utility, the same database
 * service as `clas serve`): this process only drives the windows and forwards their calls, so
 * a long read or a large import never freezes them. Its writes are pushed to every window.
 */
function startService(): { dispatch: Dispatch; stop(): void } {
  let client: ServiceClient
  let restarts = 0
  let stopping = false
  const start = () => {
    const child = utilityProcess.fork(join(here, 'utility.js'), [], { serviceName: 'Clas — données', stdio: 'inherit' })
    // The closing folder, once built, opens in the system's file manager.
    client = new ServiceClient(utilityChannel(child), printHtml, (path) => shell.openPath(path))
    client.onChange((appel, origine) => pushChange(webContents.getAllWebContents(), appel, origine))
    client.onCrash((code) => {
      console.error(`Le processus des données s'est arrêté (code ${code}).`)
      if (stopping || ++restarts > MAX_RESTARTS) return
      // A new process on the same file: every screen reads again (sessions are closed: the windows ask to identify again).
      start()
      pushChange(webContents.getAllWebContents(), OTHER_PROGRAM_WRITE)
    })
    void client.start({
      dbPath: process.env.CLAS_DB ?? join(app.getPath('userData'), 'clas.sqlite'),
      dataDir: process.env.CLAS_DATA_DIR ?? app.getPath('userData'),
      today: process.env.CLAS_TODAY,
      nativeBinding: nativeBinding(),
    }).catch((error: unknown) => console.error(error))
  }
  start()
  return {
    // Through the client of the moment: a restarted process takes over the same IPC binding.
    dispatch: (name, input, caller) => client.dispatch(name, input, caller),
    stop: () => {
      stopping = true
      client.stop()
    },
  }
}

app.whenReady().then(() => {
  hardenSession(session.defaultSession as unknown as HardenedSession)
  // A base that will not open (damaged, locked, newer, missing) still gets a window: the page
  // says why and offers to restore a backup; the file itself is never overwritten.
  const service = startService()
  bindIpc(ipcMain, service.dispatch, rendererUrl)
  // « Choisir… » beside a folder field: the native dialog, modal to the window that asked.
  bindFolderDialog(ipcMain, (event, request) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    return window ? chooseFolder(dialog, window, request) : Promise.resolve(null)
  }, rendererUrl)
  app.on('will-quit', () => service.stop())
  createWindow()
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
})

app.on('window-all-closed', () => app.quit())
