import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'
import { Workspace } from '../src/main/workspace'

let dir: string
let db: string


/** Rows read straight from the database file. */
function read<T>(query: string): T[] {
  const w = new Workspace(db)
  try {
    return w.context().sqlite.prepare(query).all() as T[]
  } finally {
    w.close()
  }
}
const count = (query: string) => read<{ n: number }>(query)[0].n

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-figures-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas figures', () => {
  it('--json prints one JSON object keyed as in the spec, and nothing else', async () => {
    const { code, out, err } = await run('figures', '--db', db, '--json')
    expect(code).toBe(0)
    expect(err).toBe('')
    const json = JSON.parse(out) as Record<string, unknown>
    const enrolled = count(`SELECT count(DISTINCT i.enfant_id) AS n FROM inscriptions i JOIN collectifs c ON c.id = i.collectif_id
      JOIN annees_scolaires a ON a.id = c.annee_id AND a.courante = 1 WHERE i.du <= a.fin AND (i.au IS NULL OR i.au >= a.debut)`)
    expect(json['enfants.total']).toBe(enrolled)
    expect(json['collectifs.nombre']).toBe(count('SELECT count(DISTINCT collectif_id) AS n FROM seances WHERE coalesce(annulee, 0) = 0'))
    expect(typeof json['intervenants.benevole.heures']).toBe('number')
    expect(json['dates.debut']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const table of ['collectifs', 'formations', 'lieux', 'etablissements']) expect(Array.isArray(json[table]), table).toBe(true)
    const collectifs = json.collectifs as { nom: string; semaines: number }[]
    expect(collectifs).toHaveLength(json['collectifs.nombre'] as number)
    // Every collectif of the demo ran.
    expect(collectifs.map((c) => c.nom).sort()).toEqual(read<{ nom: string }>('SELECT nom FROM collectifs').map((r) => r.nom).sort())
    // Flat scalar keys plus the four tables: no envelope, no provenance.
    for (const key of Object.keys(json)) expect(key).not.toMatch(/^(annee|values|rows|sources)$/)
  })

  it('without --json lists the figures by family, with French labels and values', async () => {
    const { code, out } = await run('figures', '--db', db)
    expect(code).toBe(0)
    const json = JSON.parse((await run('figures', '--db', db, '--json')).out) as Record<string, number | string>
    expect(out).toMatch(/^Chiffres du bilan, année 2025-2026/)
    for (const title of ['Identification', 'Calendrier de mise en œuvre', 'Public concerné', 'Moyens humains', 'Synthèse territoriale']) {
      expect(out).toContain(`\n${title}\n`)
    }
    expect(out).toContain(`  Nombre total d'enfants : ${json['enfants.total']}\n`)
    const [y, m, d] = String(json['dates.debut']).split('-')
    expect(out).toContain(`  Date de la première séance : ${d}/${m}/${y}\n`)
    expect(out).toContain(`  Assiduité moyenne des enfants : ${json['assiduite.moyenne']}\u00a0%\n`)
    expect(out).toContain(`  Nombre d'heures des bénévoles : ${String(json['intervenants.benevole.heures']).replace('.', ',')}\n`)
    expect(out).toMatch(/Milieu rural : Non\n/)
    // Public concerné comes after Collectifs, Moyens humains after Fréquentation.
    expect(out.indexOf('\nPublic concerné\n')).toBeGreaterThan(out.indexOf('\nCollectifs\n'))
    expect(out.indexOf('\nMoyens humains\n')).toBeGreaterThan(out.indexOf('\nFréquentation\n'))
  })

  it('refuses a database without an association, in French, exit code 1', async () => {
    new Workspace(join(dir, 'vide.sqlite')).close()
    const { code, err, out } = await run('figures', '--db', join(dir, 'vide.sqlite'), '--json')
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/[Aa]ssociation|année/)
  })

  it('refuses an unknown option with the usage', async () => {
    const { code, err } = await run('figures', '--db', db, '--from', '2026-01-01')
    expect(code).toBe(2)
    expect(err).toContain('Option inconnue : --from')
  })
})
