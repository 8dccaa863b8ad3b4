// `npm start`: the desktop app where Electron is installed; otherwise the same app served to the
// browser on 127.0.0.1, said in one French line.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildElectronBinding, electronBindingPath, findElectron, root } from './electron-env.mjs'

const electron = findElectron()
let child

if (electron) {
  if (!existsSync(electronBindingPath)) buildElectronBinding(electron.version)
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  child = spawn(process.execPath, [bin, 'preview'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CLAS_NATIVE_BINDING: electronBindingPath },
  })
} else {
  console.log("Le bureau Electron n'est pas installé sur cette machine : Clas s'ouvre dans votre navigateur, sur 127.0.0.1.")
  const args = [join(root, 'bin', 'clas.mjs'), 'serve']
  if (!process.env.CI) args.push('--open')
  child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' })
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
