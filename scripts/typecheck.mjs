// `npm run typecheck`: tsc over the main process and the shared code, vue-tsc over the renderer.
// Electron's types come with its npm package; where its download failed, npm removed the
// package, so the three files that import Electron are checked only where it is installed
// (always in CI, which installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './electron-env.mjs'

const bin = (name) => join(root, 'node_modules', '.bin', name)
const withElectron = existsSync(join(root, 'node_modules', 'electron', 'electron.d.ts'))
if (!withElectron) console.log("Types d'Electron absents (paquet non installé) : le shell de bureau n'est pas vérifié ici.")
const steps = [
  [bin('tsc'), ['--noEmit', '-p', withElectron ? 'tsconfig.node.json' : 'tsconfig.node-no-electron.json']],
  [bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
]
for (const [cmd, args] of steps) {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}
