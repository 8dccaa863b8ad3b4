// The command line's built JavaScript: `out/cli/<hash>/main.js`, bundled by esbuild from
// src/main and src/shared (packages stay in node_modules), one chunk per command so that each is
// loaded only when called. Made at install and by `npm run build`; made again on the first call
// after the sources changed (an edit, a pull), so that the command line never runs stale code.
// Each build lives in a folder named by its sources' content hash, written under a temporary
// name and renamed whole: processes started together (the e2e workers) never see half a build.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { currentHash, writeStamp } from '../scripts/source-stamp.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// The installed libraries' versions are part of the build (node_modules/.package-lock.json is
// rewritten by every install that changes them).
const SOURCES = ['src/main', 'src/shared', 'node_modules/.package-lock.json']
const ENTRY = join(root, 'src', 'main', 'hosts', 'cli', 'main.ts')
const EXTERNAL = ['better-sqlite3', 'exceljs', 'pdfmake', 'mammoth', 'jszip', 'electron', 'esbuild', 'tsx']
/** Builds older than this, other than the current one, are removed when a new one is made. */
const KEEP_OLD_BUILDS_MS = 10 * 60 * 1000

/** Where the builds and their stamp live (CLAS_CLI_OUT: elsewhere, for the tests). */
export function cliBuildPaths(outDir = process.env.CLAS_CLI_OUT || join(root, 'out', 'cli')) {
  return { outDir, stamp: join(outDir, 'stamp.json'), entry: (hash) => join(outDir, hash, 'main.js') }
}

// This file's own text is part of the hash: a change to how the CLI is built rebuilds it.
const salt = () => readFileSync(fileURLToPath(import.meta.url), 'utf8')

/**
 * The URL of the current build's entry, building it first when the sources changed since;
 * null when it cannot be built (esbuild missing or failing): the caller then runs the sources.
 */
export async function currentCliBuild({ outDir, log = () => {} } = {}) {
  const paths = cliBuildPaths(outDir)
  const { hash, files, stamped } = currentHash(root, SOURCES, paths.stamp, salt())
  const entry = paths.entry(hash)
  if (stamped && existsSync(entry)) return pathToFileURL(entry).href
  if (!existsSync(entry)) {
    log('Préparation de la ligne de commande (première fois ou après une mise à jour)…')
    try {
      await buildInto(paths.outDir, hash)
    } catch (error) {
      log(`La ligne de commande n'a pas pu être préparée (${error.message}) : elle tourne depuis les sources.`)
      return null
    }
  }
  try {
    writeStamp(paths.stamp, hash, files, salt())
  } catch {
    // A read-only checkout still runs the build; the next call hashes the content again.
  }
  return pathToFileURL(entry).href
}

async function buildInto(outDir, hash) {
  const { build } = await import('esbuild')
  mkdirSync(outDir, { recursive: true })
  const temporary = join(outDir, `.building-${process.pid}-${Date.now()}`)
  try {
    await build({
      entryPoints: { main: ENTRY },
      outdir: temporary,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // The libraries are bundled too (loading hundreds of files is most of a start), except
      // the native one and the heavy ones, which the code loads on first use.
      external: EXTERNAL,
      // Bundled CommonJS libraries require Node's own modules.
      banner: { js: "import { createRequire as __clasRequire } from 'node:module'; const require = __clasRequire(import.meta.url);" },
      logLevel: 'silent',
    })
    try {
      renameSync(temporary, join(outDir, hash))
    } catch (error) {
      // Another process made the same build meanwhile: keep theirs.
      if (!existsSync(join(outDir, hash))) throw error
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
  removeOldBuilds(outDir, hash)
}

function removeOldBuilds(outDir, keep) {
  const now = Date.now()
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name)
    if (name === keep || name === 'stamp.json' || name.endsWith('.tmp')) continue
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(path, { recursive: true, force: true })
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
