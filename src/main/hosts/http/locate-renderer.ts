import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = () => dirname(fileURLToPath(import.meta.url))

/** The repository root when running from sources (it has `src/renderer`), else null. */
export function findSourceRoot(start = here()): string | null {
  let dir = start
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'src', 'renderer', 'index.html')) && existsSync(join(dir, 'package.json'))) return dir
    dir = dirname(dir)
  }
  return null
}

/**
 * The built renderer: `out/renderer` of the repository when running from sources, or the
 * `renderer` folder beside the bundled main process (`out/main` → `out/renderer`). Never the
 * source `src/renderer`, whose index.html only works under Vite's dev server.
 */
export function findRendererDir(start = here()): string | null {
  const root = findSourceRoot(start)
  const candidate = root ? join(root, 'out', 'renderer') : join(start, '..', 'renderer')
  return existsSync(join(candidate, 'index.html')) ? candidate : null
}
