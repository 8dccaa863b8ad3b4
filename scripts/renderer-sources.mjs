// What the interface is built from, and where its build records which content it was made from:
// written by the build (vite.renderer.config.ts), read by the hosts that rebuild it when stale
// (src/main/hosts/http/ensure-renderer.ts). A change elsewhere (the main process, tests) leaves
// the interface as it is.
import { join } from 'node:path'

export const RENDERER_SOURCES = ['src/renderer', 'src/shared', 'vite.renderer.config.ts', 'node_modules/.package-lock.json']

export const rendererStampPath = (root) => join(root, 'out', 'renderer-stamp.json')
