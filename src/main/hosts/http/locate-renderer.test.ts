import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findRendererDir } from './locate-renderer'

const dirs: string[] = []
const tree = (files: string[]) => {
  const root = mkdtempSync(join(tmpdir(), 'clas-loc-'))
  dirs.push(root)
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), '')
  }
  return root
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('findRendererDir', () => {
  it('serves the built renderer of a clone, never the source index.html', () => {
    const root = tree(['package.json', 'src/renderer/index.html', 'src/main/hosts/http/server.ts'])
    expect(findRendererDir(join(root, 'src/main/hosts/http'))).toBeNull()
    tree([])
    mkdirSync(join(root, 'out/renderer'), { recursive: true })
    writeFileSync(join(root, 'out/renderer/index.html'), '')
    expect(findRendererDir(join(root, 'src/main/hosts/http'))).toBe(join(root, 'out/renderer'))
  })

  it('finds the renderer beside the bundled main process', () => {
    const app = tree(['out/main/index.js', 'out/renderer/index.html'])
    expect(findRendererDir(join(app, 'out/main'))).toBe(join(app, 'out/main/../renderer'))
  })
})
