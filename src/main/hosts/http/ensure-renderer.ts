import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { RENDERER_SOURCES, rendererStampPath } from '../../../../scripts/renderer-sources.mjs'
import { currentHash, readStamp, writeStamp } from '../../../../scripts/source-stamp.mjs'

/**
 * From a clone, the browser host serves `out/renderer`: build it when it is missing or was built
 * from other sources than today's, told by their content, so that `npm start` always shows current
 * code and a pull or a checkout that changed nothing of the interface costs no rebuild.
 */
export function ensureRendererBuilt(root: string, log: (line: string) => void): void {
  const index = join(root, 'out', 'renderer', 'index.html')
  const stampPath = rendererStampPath(root)
  const built = readStamp(stampPath)
  const { hash, files, stamped } = currentHash(root, RENDERER_SOURCES, stampPath)
  if (existsSync(index) && built?.hash === hash) {
    // Same content, files rewritten: note their new marks so that the next start reads nothing.
    if (!stamped) writeStamp(stampPath, hash, files)
    return
  }
  log("Préparation de l'interface (première fois ou après une mise à jour)…")
  const bin = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [bin, 'build', '--config', join(root, 'vite.renderer.config.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error("La construction de l'interface a échoué (vite build).")
}
