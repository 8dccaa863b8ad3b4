import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from './channels'

// The renderer gets one function and nothing else of Node or Electron.
contextBridge.exposeInMainWorld('clas', {
  call: (name: string, input: unknown, annee?: string) => ipcRenderer.invoke(CHANNELS.call, name, input, annee),
})
