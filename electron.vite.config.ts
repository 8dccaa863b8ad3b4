import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererOptions } from './vite.renderer.config'

// The desktop shell's entries live under src/main/hosts/electron so that the folder layout
// shows it as one host among three (Electron, HTTP, CLI) over the same services.
export default defineConfig({
  main: {
    build: {
      // The utility process's entry beside the main one (out/main/utility.js): main.ts forks it.
      rollupOptions: { input: { index: resolve('src/main/hosts/electron/main.ts'), utility: resolve('src/main/hosts/utility/entry.ts') } },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve('src/main/hosts/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      externalizeDeps: true,
    },
  },
  renderer: rendererOptions,
})
