import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * From a clone, the browser host serves `out/renderer`: build it when it is missing or older
 * than the renderer's and the contract's sources, so that `npm start` always shows current code.
 */
export function ensureRendererBuilt(root: string, log: (line: string) => void): void {
  const index = join(root, 'out', 'renderer', 'index.html')
  const sources = [join(root, 'src', 'renderer'), join(root, 'src', 'shared')]
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return
  log("Préparation de l'interface (première fois ou après une mise à jour)…")
  const bin = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [bin, 'build', '--config', join(root, 'vite.renderer.config.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error("La construction de l'interface a échoué (vite build).")
}
