import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../src/main/hosts/cli/main'
import { seedAssociation, tableCounts } from './helpers/association'
import { associationWorkbook } from './helpers/list-files'
import { tempWorkspace, type TestWorkspace } from './helpers/workspace'

let t: TestWorkspace
let list: string
beforeEach(async () => {
  t = tempWorkspace()
  seedAssociation(t)
  list = join(t.dir, 'Inscrits 2025-2026.xlsx')
  writeFileSync(list, await associationWorkbook())
})
afterEach(() => t.cleanup())

/** Runs the CLI on the test's database file, the test's own connection closed meanwhile. */
async function run(...argv: string[]) {
  const before = tableCounts(t)
  t.workspace.close()
  const out: string[] = []
  const err: string[] = []
  try {
    const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
    return { code, out: out.join('\n'), err: err.join('\n'), before }
  } finally {
    t.reopen()
  }
}

describe('clas children import', () => {
  it('--dry-run shows the columns, the rows in error and the duplicates, and writes nothing', async () => {
    const r = await run('children', 'import', '--db', t.path, '--in', list, '--dry-run')
    expect(r.code).toBe(0)
    expect(r.out).toContain('feuille « Inscrits 2025-2026 » ; en-têtes lus ligne 4.')
    expect(r.out).toMatch(/Nom du responsable légal\s+← colonne G « Nom »/)
    expect(r.out).toMatch(/Niveau \(classe\)\s+← colonne E « Classe »/)
    expect(r.out).toContain('Lignes en erreur, non importées (3) :')
    expect(r.out).toContain('Ligne 9 : niveau « CM3 » inconnu (colonne E « Classe »)')
    expect(r.out).toContain('Enfants déjà connus, non créés (2) :')
    expect(r.out).toContain('Ligne 10 : même enfant que la ligne 5')
    expect(r.out).toContain("Simulation (--dry-run) : rien n'a été écrit. L'import créerait 3 enfants, 2 familles et 1 établissement.")
    expect(tableCounts(t)).toEqual(r.before)
  })

  it('imports the valid rows, then creates nothing new from the same file', async () => {
    const first = await run('children', 'import', '--db', t.path, '--in', list)
    expect(first.code).toBe(0)
    expect(first.out).toContain('Importé : 3 enfants créés, 2 familles créées, 1 établissement créé ; 3 lignes en erreur laissées de côté, 2 doublons ignorés.')
    const after = tableCounts(t)
    expect(after.enfants - first.before.enfants).toBe(3)
    const names = t.call('enfants.list').map((e) => `${e.prenom} ${e.nom}`)
    expect(names).toEqual(expect.arrayContaining(['Inès DIALLO', 'Moussa Diallo', 'Zoé Lefèvre']))

    const second = await run('children', 'import', '--db', t.path, '--in', list)
    expect(second.code).toBe(0)
    expect(second.out).toContain('Importé : 0 enfant créé, 0 famille créée, 0 établissement créé')
    expect(tableCounts(t)).toEqual(after)
  })

  it('exits with 1 and writes nothing when the file cannot be read', async () => {
    const broken = join(t.dir, 'abimé.xlsx')
    writeFileSync(broken, (await associationWorkbook()).subarray(0, 2000))
    const r = await run('children', 'import', '--db', t.path, '--in', broken)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Ce fichier Excel est illisible.*rien n'a été importé/)
    expect(tableCounts(t)).toEqual(r.before)

    const missing = await run('children', 'import', '--db', t.path, '--in', join(t.dir, 'absent.csv'))
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/Fichier introuvable/)
  })
})
