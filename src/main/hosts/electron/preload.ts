import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS } from './channels'

// The renderer gets three functions and nothing else of Node or Electron.
contextBridge.exposeInMainWorld('clas', {
  call: (name: string, input: unknown, annee?: string) => ipcRenderer.invoke(CHANNELS.call, name, input, annee),
  onChange: (listener: (name: string) => void) => {
    // Only the name string crosses: never the IPC event (it would hand the page the sender).
    const heard = (_event: IpcRendererEvent, name: unknown) => {
      if (typeof name === 'string') listener(name)
    }
    ipcRenderer.on(CHANNELS.change, heard)
    return () => void ipcRenderer.off(CHANNELS.change, heard)
  },
  // The native folder dialog: the chosen path, or null. Only a purpose and the field's path cross.
  choisirDossier: (usage: string, depuis?: string) => ipcRenderer.invoke(CHANNELS.chooseFolder, { usage, depuis }),
})
