import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type UserConfig } from 'vite'

// The renderer alone, for the browser host. electron-vite cannot build without the Electron
// package (it asks for its version even for the renderer), and `npm install` drops that package
// where the binary cannot be downloaded: the browser host must not depend on it.
const root = import.meta.dirname

/** Renderer settings shared with electron.vite.config.ts: the same build either way. */
export const rendererOptions: UserConfig = {
  root: resolve(root, 'src/renderer'),
  // Relative asset paths: the same build loads from Electron's file:// and from the HTTP host.
  base: './',
  plugins: [vue()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
  },
}

export default defineConfig({ ...rendererOptions, logLevel: 'warn' })
