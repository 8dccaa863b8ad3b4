import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder holding the built renderer (`out/renderer`), looked up from this module. */
export function findRendererDir(start = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = start
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'out', 'renderer'), join(dir, 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate
    }
    dir = dirname(dir)
  }
  return null
}

/** The repository root when running from sources (it has `src/renderer`), else null. */
export function findSourceRoot(start = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = start
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'src', 'renderer', 'index.html')) && existsSync(join(dir, 'package.json'))) return dir
    dir = dirname(dir)
  }
  return null
}
