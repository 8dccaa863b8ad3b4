import { statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureRendererBuilt } from './ensure-renderer'
import { findSourceRoot } from './locate-renderer'

describe('ensureRendererBuilt', () => {
  it('rebuilds the interface when a source is newer than the build, and only then', () => {
    const root = findSourceRoot()!
    const index = join(root, 'out', 'renderer', 'index.html')
    const lines: string[] = []
    ensureRendererBuilt(root, (l) => lines.push(l))
    const built = statSync(index).mtimeMs
    // Up to date: nothing is rebuilt.
    ensureRendererBuilt(root, (l) => lines.push(l))
    expect(statSync(index).mtimeMs).toBe(built)
    // A source touched after the build: rebuilt.
    const source = join(root, 'src', 'renderer', 'src', 'main.ts')
    const later = new Date(Math.max(Date.now(), built + 1_000))
    utimesSync(source, later, later)
    ensureRendererBuilt(root, (l) => lines.push(l))
    expect(statSync(index).mtimeMs).toBeGreaterThan(built)
    expect(lines.at(-1)).toMatch(/Préparation de l'interface/)
  }, 120_000)
})
