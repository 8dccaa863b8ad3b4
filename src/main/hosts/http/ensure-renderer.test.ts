import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererStampPath } from '../../../../scripts/renderer-sources.mjs'
import { ensureRendererBuilt } from './ensure-renderer'
import { findSourceRoot } from './locate-renderer'

describe('ensureRendererBuilt', () => {
  it('rebuilds the interface when its sources changed in content, not when they were only rewritten', () => {
    const root = findSourceRoot()!
    const index = join(root, 'out', 'renderer', 'index.html')
    const lines: string[] = []
    ensureRendererBuilt(root, (l) => lines.push(l))
    const built = statSync(index).mtimeMs
    // Up to date: nothing is rebuilt.
    ensureRendererBuilt(root, (l) => lines.push(l))
    expect(statSync(index).mtimeMs).toBe(built)
    // A source rewritten with the same content (a pull, a checkout): still nothing rebuilt.
    const source = join(root, 'src', 'renderer', 'src', 'main.ts')
    const later = new Date(Math.max(Date.now(), built + 1_000))
    utimesSync(source, later, later)
    const before = lines.length
    ensureRendererBuilt(root, (l) => lines.push(l))
    expect(lines.slice(before)).toEqual([])
    expect(statSync(index).mtimeMs).toBe(built)
    // A build made from other sources, one of them changed since (its mark moved): rebuilt.
    const stampPath = rendererStampPath(root)
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { hash: string; marks: Record<string, string> }
    writeFileSync(stampPath, JSON.stringify({ ...stamp, hash: 'autre-contenu', marks: { ...stamp.marks, 'src/renderer/src/main.ts': '1:1:1' } }))
    ensureRendererBuilt(root, (l) => lines.push(l))
    expect(statSync(index).mtimeMs).toBeGreaterThan(built)
    expect(lines.at(-1)).toMatch(/Préparation de l'interface/)
    expect(JSON.parse(readFileSync(stampPath, 'utf8')).hash).toBe(stamp.hash)
  }, 180_000)
})
