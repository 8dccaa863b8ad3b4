import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { createDispatcher } from '../../api/dispatch'
import { BackupSettingsStore } from '../../backup/backup-settings'
import { startAutomaticBackups } from '../../backup/schedule'
import { DatabaseOpenError } from '../../store/database-error'
import { Workspace } from '../../workspace'
import { bindIpc } from './ipc'
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './security'

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
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererUrl())) event.preventDefault()
  })
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the outside (CAF site, documentation) open in the user's browser, never in the app.
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void mainWindow.loadURL(rendererUrl())
}

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  let workspace: Workspace
  try {
    workspace = new Workspace(process.env.CLAS_DB ?? join(app.getPath('userData'), 'clas.sqlite'), {
      nativeBinding: nativeBinding(),
      backups: new BackupSettingsStore(process.env.CLAS_DATA_DIR ?? app.getPath('userData')),
    })
  } catch (error) {
    const message = error instanceof DatabaseOpenError ? error.message : `Impossible d'ouvrir la base de données : ${(error as Error).message}`
    dialog.showErrorBox('Clas', message)
    app.quit()
    return
  }
  bindIpc(ipcMain, createDispatcher(workspace, { onInternalError: (name, e) => console.error(`[${name}]`, e) }), rendererUrl)
  const stopBackups = startAutomaticBackups(workspace, { onError: (message) => console.error(message) })
  app.on('will-quit', () => {
    stopBackups()
    workspace.close()
  })
  createWindow()
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
})

app.on('window-all-closed', () => app.quit())
