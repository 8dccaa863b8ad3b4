import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS } from './channels'

// The renderer gets two functions and nothing else of Node or Electron.
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
})
