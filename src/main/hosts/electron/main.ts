import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { createDispatcher } from '../../api/dispatch'
import { BackupSettingsStore } from '../../backup/backup-settings'
import { startAutomaticBackups } from '../../backup/schedule'
import { useHtmlPrinter } from '../../bilan/pdf/bilan-pdf'
import { DatabaseHost } from '../../recovery/database-host'
import { SessionStore } from '../../access/sessions'
import { bindIpc } from './ipc'
import { guardNavigation, hardenSession, secureWebPreferences, type HardenedSession } from './security'
import { askBeforeUnload } from './unload-guard'
import { useFolderOpener } from '../../year-end/open-folder'

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

app.whenReady().then(() => {
  hardenSession(session.defaultSession as unknown as HardenedSession)
  // One store for the app's life: sessions stay open when the base is reopened after a recovery.
  const sessions = new SessionStore()
  // A base that will not open (damaged, locked, newer, missing) still gets a window: the page
  // says why and offers to restore a backup; the file itself is never overwritten.
  const host = new DatabaseHost(process.env.CLAS_DB ?? join(app.getPath('userData'), 'clas.sqlite'), {
    nativeBinding: nativeBinding(),
    backups: new BackupSettingsStore(process.env.CLAS_DATA_DIR ?? app.getPath('userData')),
    dispatcher: (workspace) => createDispatcher(workspace, { sessions, onInternalError: (name, e) => console.error(`[${name}]`, e) }),
  })
  bindIpc(ipcMain, host.dispatch, rendererUrl)
  // Without LibreOffice, the bilan's PDF is printed by Electron's Chromium, in a hidden window
  // that runs no script and is destroyed right after.
  useHtmlPrinter(async (html) => {
    const win = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false } })
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
    } finally {
      win.destroy()
    }
  })
  // The closing folder, once built, opens in the system's file manager.
  useFolderOpener((path) => shell.openPath(path))
  let stopBackups = () => {}
  host.onOpened((workspace) => (stopBackups = startAutomaticBackups(workspace, { onError: (message) => console.error(message) })))
  app.on('will-quit', () => {
    stopBackups()
    host.close()
  })
  createWindow()
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
})

app.on('window-all-closed', () => app.quit())
