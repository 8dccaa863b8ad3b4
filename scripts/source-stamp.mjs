// Whether a build is still that of its sources, told by their content, in a few milliseconds.
// Plain JavaScript: the command line (bin/clas.mjs) reads it before anything is compiled.
//
// A stamp beside a build records the hash of the sources' content and, per file, its size, mtime
// and inode. While none of these moved, the stamp's hash stands without reading any file (a stat
// per file); otherwise the content is hashed again, so that a pull or a checkout that rewrote
// files without changing them does not count as a change, and an edit always does.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Test files are never part of a build: editing one must not make a build stale. */
const isTest = (name) => /\.test\.[cm]?[jt]s$/.test(name)

/**
 * The files of `entries` (folders or files, relative to `root`), sorted, test files left out,
 * each with what tells a rewrite without reading it.
 */
export function listSources(root, entries) {
  const files = []
  const add = (path) => {
    const info = statSync(path, { throwIfNoEntry: false })
    if (info) files.push({ rel: relative(root, path).split(sep).join('/'), path, mark: `${info.size}:${info.mtimeMs}:${info.ino}` })
  }
  // Folders are told from files by the listing itself: one stat per file, none per folder.
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (!isTest(entry.name)) add(path)
    }
  }
  for (const entry of entries) {
    const path = join(root, entry)
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) visit(path)
    else if (!isTest(entry)) add(path)
  }
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

/** The hash of the files' names and content, and of `salt` (what else the build depends on). */
export function contentHash(files, salt = '') {
  const hash = createHash('sha256').update(salt)
  for (const file of files) hash.update(`\0${file.rel}\0`).update(readFileSync(file.path))
  return hash.digest('hex').slice(0, 20)
}

/** The stamp at `path`, or null when there is none or it cannot be read. */
export function readStamp(path) {
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8'))
    return typeof stamp.hash === 'string' && stamp.marks && typeof stamp.marks === 'object' ? stamp : null
  } catch {
    return null
  }
}

/** Writes a stamp whole or not at all (another process may read it meanwhile). */
export function writeStamp(path, hash, files, salt = '') {
  const marks = Object.fromEntries(files.map((f) => [f.rel, f.mark]))
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify({ hash, salt, marks }))
  renameSync(temporary, path)
}

/**
 * The content hash of the sources now: the stamp's own when no file was added, removed or
 * rewritten since it was written (no file read), else computed from the content.
 * `files` is the listing it was taken from, for a new stamp.
 */
export function currentHash(root, entries, stampPath, salt = '') {
  const files = listSources(root, entries)
  const stamp = existsSync(stampPath) ? readStamp(stampPath) : null
  if (stamp && stamp.salt === salt && sameMarks(stamp.marks, files)) return { hash: stamp.hash, files, stamped: true }
  return { hash: contentHash(files, salt), files, stamped: false }
}

function sameMarks(marks, files) {
  if (Object.keys(marks).length !== files.length) return false
  return files.every((f) => marks[f.rel] === f.mark)
}
