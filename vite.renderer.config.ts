import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import { contentHash, listSources, writeStamp, type SourceFile } from './scripts/source-stamp.mjs'
import { RENDERER_SOURCES, rendererStampPath } from './scripts/renderer-sources.mjs'

// The renderer alone, for the browser host. electron-vite cannot build without the Electron
// package (it asks for its version even for the renderer), and `npm install` drops that package
// where the binary cannot be downloaded: the browser host must not depend on it.
const root = import.meta.dirname

/**
 * Records the content of the sources a build was made from (read by ensure-renderer.ts): taken
 * before the build reads them, written only once the build is complete.
 */
function sourceStamp(): Plugin {
  let files: SourceFile[] = []
  let hash = ''
  return {
    name: 'clas-source-stamp',
    apply: 'build',
    buildStart() {
      rmSync(rendererStampPath(root), { force: true })
      files = listSources(root, RENDERER_SOURCES)
      hash = contentHash(files)
    },
    writeBundle() {
      writeStamp(rendererStampPath(root), hash, files)
    },
  }
}

/** Renderer settings shared with electron.vite.config.ts: the same build either way. */
export const rendererOptions: UserConfig = {
  root: resolve(root, 'src/renderer'),
  // Relative asset paths: the same build loads from Electron's file:// and from the HTTP host.
  base: './',
  plugins: [vue(), sourceStamp()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
  },
}

export default defineConfig({ ...rendererOptions, logLevel: 'warn' })
