// Where the desktop shell can run, and the better-sqlite3 binary built for it.
// Plain JavaScript: used by npm's postinstall and start, before anything is compiled.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

/** The Electron binary and its version, or null where the download failed or was skipped. */
export function findElectron() {
  try {
    const binary = require('electron')
    const { version } = require('electron/package.json')
    return typeof binary === 'string' && existsSync(binary) ? { binary, version } : null
  } catch {
    return null
  }
}

const electronCopy = join(root, 'node_modules', '.clas-electron', 'better-sqlite3')
/** better-sqlite3 compiled for Electron, kept apart so that Node (tests, CLI) keeps its own. */
export const electronBindingPath = join(electronCopy, 'build', 'Release', 'better_sqlite3.node')

/** Builds the Electron copy of better-sqlite3: a prebuilt binary if one exists, else node-gyp. */
export function buildElectronBinding(version) {
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  rmSync(electronCopy, { recursive: true, force: true })
  cpSync(source, electronCopy, { recursive: true, filter: (p) => !p.includes(`${sep}build${sep}`) && !p.endsWith(`${sep}build`) })
  const run = (cmd, args) => spawnSync(cmd, args, { cwd: electronCopy, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0
  const prebuild = require.resolve('prebuild-install/bin.js')
  const ok =
    run(process.execPath, [prebuild, '--runtime', 'electron', '--target', version]) ||
    run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'])
  return ok && existsSync(electronBindingPath)
}
