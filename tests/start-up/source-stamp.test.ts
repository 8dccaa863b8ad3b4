import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { currentHash, writeStamp } from '../../scripts/source-stamp.mjs'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clas-stamp-'))
  mkdirSync(join(root, 'src', 'a'), { recursive: true })
  writeFileSync(join(root, 'src', 'a', 'one.ts'), 'export const one = 1\n')
  writeFileSync(join(root, 'src', 'two.ts'), 'export const two = 2\n')
  writeFileSync(join(root, 'config.ts'), 'export default {}\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const entries = ['src', 'config.ts', 'absent']
const stampPath = () => join(root, 'stamp.json')
function stampNow() {
  const now = currentHash(root, entries, stampPath())
  writeStamp(stampPath(), now.hash, now.files)
  return now.hash
}

describe('source stamp', () => {
  it('trusts its stamp while no file moved, and tells an edit from a rewrite by content', () => {
    const hash = stampNow()
    expect(currentHash(root, entries, stampPath())).toMatchObject({ hash, stamped: true })

    // Rewritten, same bytes, later mtime: the content is read again and found the same.
    const later = new Date(Date.now() + 5_000)
    writeFileSync(join(root, 'src', 'two.ts'), 'export const two = 2\n')
    utimesSync(join(root, 'src', 'two.ts'), later, later)
    expect(currentHash(root, entries, stampPath())).toMatchObject({ hash, stamped: false })

    // Same size, other content: another hash.
    writeFileSync(join(root, 'src', 'two.ts'), 'export const two = 3\n')
    expect(currentHash(root, entries, stampPath()).hash).not.toBe(hash)
  })

  it('counts added and removed files and the salt, and leaves test files out', () => {
    const hash = stampNow()
    writeFileSync(join(root, 'src', 'a', 'one.test.ts'), 'test')
    expect(currentHash(root, entries, stampPath())).toMatchObject({ hash, stamped: true })
    expect(currentHash(root, entries, stampPath(), 'autre outil').hash).not.toBe(hash)
    writeFileSync(join(root, 'src', 'a', 'three.ts'), '')
    expect(currentHash(root, entries, stampPath()).hash).not.toBe(hash)
    rmSync(join(root, 'src', 'a', 'three.ts'))
    rmSync(join(root, 'config.ts'))
    expect(currentHash(root, entries, stampPath()).hash).not.toBe(hash)
  })
})
