// `npm run build`: the desktop app (electron-vite) where Electron is installed, else the
// interface alone (the browser host's), then the command line's build either way. electron-vite
// cannot build without the Electron package, which `npm install` drops where its download fails.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { currentCliBuild } from '../bin/cli-build.mjs'
import { findElectron, root } from './electron-env.mjs'

const run = (script, args) => spawnSync(process.execPath, [join(root, 'node_modules', ...script), ...args], { cwd: root, stdio: 'inherit' }).status
const status = findElectron()
  ? run(['electron-vite', 'bin', 'electron-vite.js'], ['build'])
  : (console.log("Electron n'est pas installé : seule l'interface du navigateur est construite."), run(['vite', 'bin', 'vite.js'], ['build', '--config', 'vite.renderer.config.ts']))
if (status !== 0) process.exit(status ?? 1)
if (!(await currentCliBuild({ log: (line) => console.log(line) }))) process.exit(1)
