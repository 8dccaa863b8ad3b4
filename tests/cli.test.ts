import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'
import { Workspace } from '../src/main/workspace'
import type { EchangeDocument } from '../src/shared/exchange/schema'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))


/** Everything a database holds, read directly from the file. */
function dump(path: string) {
  const w = new Workspace(path)
  try {
    const { sqlite } = w.context()
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
    return Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
  } finally {
    w.close()
  }
}

describe('clas demo / export / import', () => {
  it('creates the demo, exports it, imports it elsewhere', async () => {
    const a = join(dir, 'a.sqlite')
    expect(await run('demo', '--db', a)).toMatchObject({ code: 0 })
    const again = await run('demo', '--db', a)
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/contient déjà une association/)

    const file = join(dir, 'doc.json')
    expect((await run('export', '--db', a, '--out', file)).code).toBe(0)
    const doc = JSON.parse(readFileSync(file, 'utf8')) as EchangeDocument
    expect(doc.format).toBe('clas-echange')
    expect(doc.enfants.length).toBeGreaterThanOrEqual(36)

    const b = join(dir, 'b.sqlite')
    const imported = await run('import', '--db', b, '--in', file)
    expect(imported.code).toBe(0)
    expect(imported.err).toMatch(/Importé \(2025-2026\)/)
    const back = await run('export', '--db', b)
    const { exporteLe: _x, ...second } = JSON.parse(back.out) as EchangeDocument
    const { exporteLe: _y, ...first } = doc
    expect(second).toEqual(first)
  })

  it('refuses an invalid document with the JSON path, exit code 1, and leaves a database with data unchanged', async () => {
    const db = join(dir, 'asso.sqlite')
    await run('demo', '--db', db)
    const before = dump(db)
    const file = join(dir, 'doc.json')
    await run('export', '--db', db, '--out', file)
    const doc = JSON.parse(readFileSync(file, 'utf8'))
    doc.enfants[3].niveau = 'CM3'
    doc.seances[0].presences[0].statut = 'malade'
    doc.enfants[0].nom = 'Changé'
    writeFileSync(file, JSON.stringify(doc))
    const result = await run('import', '--db', db, '--in', file)
    expect(result.code).toBe(1)
    expect(result.err).toContain("enfants[3].niveau : « CM3 » n'est pas un niveau scolaire")
    expect(result.err).toContain('seances[0].presences[0].statut')
    expect(result.err).toMatch(/rien n'a été importé/)
    expect(dump(db)).toEqual(before)

    const fresh = join(dir, 'nouvelle.sqlite')
    const refusedNew = await run('import', '--db', fresh, '--in', file)
    expect(refusedNew.code).toBe(1)
    expect(refusedNew.err).toContain("enfants[3].niveau : « CM3 » n'est pas un niveau scolaire")
    // A refused import leaves no base behind where there was none.
    expect(existsSync(fresh)).toBe(false)
    expect(existsSync(`${fresh}-wal`)).toBe(false)

    writeFileSync(file, '{ "format": "clas-echange", ')
    const notJson = await run('import', '--db', db, '--in', file)
    expect(notJson.code).toBe(1)
    expect(notJson.err).toMatch(/n'est pas un fichier JSON valide/)
    expect(dump(db)).toEqual(before)
  })

  it('explains command-line mistakes in French', async () => {
    expect(await run('exporter')).toMatchObject({ code: 2, err: expect.stringMatching(/Commande inconnue : « exporter »/) })
    expect(await run('export', '--sortie', 'x.json')).toMatchObject({ code: 2, err: expect.stringMatching(/Option inconnue : --sortie/) })
    expect(await run('import', '--db', join(dir, 'x.sqlite'))).toMatchObject({ code: 2, err: expect.stringMatching(/--in FICHIER/) })
    // a base made but not set up yet (a missing file is refused: tests/cli-database-file.test.ts)
    new Workspace(join(dir, 'vide.sqlite')).close()
    expect((await run('export', '--db', join(dir, 'vide.sqlite'))).err).toMatch(/pas encore configurée/)
  })

  it('runs as the installed `clas` command (bin/clas.mjs), with CLAS_DB', () => {
    const db = join(dir, 'env.sqlite')
    const env = { ...process.env, CLAS_DB: db }
    const demo = spawnSync(process.execPath, ['bin/clas.mjs', 'demo'], { env, encoding: 'utf8' })
    expect(demo.status).toBe(0)
    const out = spawnSync(process.execPath, ['bin/clas.mjs', 'export'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(out.status).toBe(0)
    expect(JSON.parse(out.stdout).structure.departementCaf).toBe('01')
    const bad = spawnSync(process.execPath, ['bin/clas.mjs', 'import', '--in', join(dir, 'absent.json')], { env, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/Impossible de lire le fichier/)
  })
})
