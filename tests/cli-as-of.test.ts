import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from './helpers/run-cli'
import { Workspace } from '../src/main/workspace'
import { documentBuilder } from './helpers/echange-document'

let dir: string
let db: string


/** Rows read straight from the database file. */
function read<T>(query: string, ...params: unknown[]): T[] {
  const w = new Workspace(db)
  try {
    return w.context().sqlite.prepare(query).all(...params) as T[]
  } finally {
    w.close()
  }
}

// The current year's séances held by a date: not cancelled, dated on or before it.
const heldBy = (date: string) => read<{ id: string; date: string; collectif_id: string; n: number }>(
  `SELECT s.id, s.date, s.collectif_id, (SELECT count(*) FROM presences p WHERE p.seance_id = s.id) AS n
   FROM seances s JOIN collectifs c ON c.id = s.collectif_id JOIN annees_scolaires a ON a.id = c.annee_id AND a.courante = 1
   WHERE coalesce(s.annulee, 0) = 0 AND s.date <= ? ORDER BY s.date, s.heure_debut`, date)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clas-cli-as-of-'))
  db = join(dir, 'demo.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
  // An earlier school year in the same database: the demo's stays the current one.
  const b = documentBuilder({ libelle: '2024-2025', debut: '2024-09-02', fin: '2025-07-04' })
  const c = b.collectif('Ancien collectif')
  const e = b.enfant({ dans: [c] })
  b.seance(c, '2024-11-05', { presents: [e] })
  b.seance(c, '2024-11-07', { presents: [e] })
  b.seance(c, '2024-11-14')
  const older = b.build()
  const { structure: _keep, ...rest } = older
  const current = JSON.parse((await run('export', '--db', db)).out) as typeof older
  writeFileSync(join(dir, 'ancien.json'), JSON.stringify({ ...rest, structure: current.structure }))
  expect((await run('import', '--db', db, '--in', join(dir, 'ancien.json'))).code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('clas figures --date', () => {
  it('counts only the séances held by that date, and lists those without a register', async () => {
    const { code, out, err } = await run('figures', '--db', db, '--date', '2025-12-04', '--json')
    expect(code).toBe(0)
    expect(err).toBe('')
    const json = JSON.parse(out) as Record<string, unknown>
    const held = heldBy('2025-12-04')
    expect(held.length).toBeGreaterThan(0)
    expect(json.date).toBe('2025-12-04')
    expect(json['dates.fin']).toBe(held.at(-1)!.date)
    expect(json['collectifs.nombre']).toBe(new Set(held.map((s) => s.collectif_id)).size)
    expect((json.seancesSansRegistre as { id: string }[]).map((s) => s.id)).toEqual(held.filter((s) => s.n === 0).map((s) => s.id))
    // Mid-year, fewer weeks than at the year's end.
    const end = JSON.parse((await run('figures', '--db', db, '--date', '2026-07-03', '--json')).out) as Record<string, number>
    expect(json.semaines as number).toBeLessThan(end.semaines)
  })

  it('says in the listing how many past séances have no register', async () => {
    const date = '2026-03-10'
    const empty = heldBy(date).filter((s) => s.n === 0)
    const { out } = await run('figures', '--db', db, '--date', date)
    expect(out).toMatch(/^Chiffres du bilan, année 2025-2026, au 10\/03\/2026 \(séances tenues jusqu'à ce jour\)\n/)
    if (empty.length === 0) expect(out).not.toContain('sans registre')
    else expect(out).toContain(`${empty.length > 1 ? `${empty.length} séances passées` : '1 séance passée'} sans registre (comptées comme tenues) : remplissez leur registre ou annulez-les.`)
  })

  it('refuses a date that is not one, or outside the school year, in French', async () => {
    const bad = await run('figures', '--db', db, '--date', '15-03-2026')
    expect(bad.code).toBe(2)
    expect(bad.err).toBe("date : « 15-03-2026 » n'est pas une date reconnue")
    const impossible = await run('figures', '--db', db, '--date', '30/02/2026')
    expect(impossible.err).toBe("date : le 30 février 2026 n'existe pas")
    // What a date field holds while « 2026-01-15 » is being typed.
    expect((await run('figures', '--db', db, '--date', '0020-01-15')).err).toBe("date : l'année 20 n'est pas une année sur quatre chiffres (JJ/MM/AAAA)")
    const outside = await run('figures', '--db', db, '--date', '2027-01-15')
    expect(outside.code).toBe(1)
    expect(outside.err).toBe("date : le 15/01/2027 est hors de l'année scolaire 2025-2026 (du 01/09/2025 au 03/07/2026) : choisissez une date de l'année.")
  })
})

describe('--year: another school year of the same database', () => {
  it('gives that year’s figures, compliance and export', async () => {
    const figures = JSON.parse((await run('figures', '--db', db, '--year', '2024-2025', '--json')).out) as Record<string, unknown>
    expect(figures).toMatchObject({ 'dates.debut': '2024-11-05', 'dates.fin': '2024-11-14', 'collectifs.nombre': 1, 'enfants.total': 1, semaines: 2 })
    expect((figures.seancesSansRegistre as { date: string }[]).map((s) => s.date)).toEqual(['2024-11-14'])
    const compliance = await run('compliance', '--db', db, '--year', '2024-2025', '--date', '2025-01-10')
    expect(compliance.out).toMatch(/^Conformité au référentiel national, année 2024-2025, au 10\/01\/2025/)
    expect(compliance.out).toContain('Collectif « Ancien collectif »')
    const exported = JSON.parse((await run('export', '--db', db, '--year', '2024-2025')).out) as { anneeScolaire: { libelle: string }; seances: unknown[] }
    expect(exported.anneeScolaire.libelle).toBe('2024-2025')
    expect(exported.seances).toHaveLength(3)
    // Without --year, the current year.
    expect(JSON.parse((await run('export', '--db', db)).out).anneeScolaire.libelle).toBe('2025-2026')
  })

  it('refuses a year the database does not hold, or that is not a year, in French', async () => {
    const missing = await run('figures', '--db', db, '--year', '2019-2020')
    expect(missing.code).toBe(1)
    expect(missing.err).toBe('Aucune année scolaire 2019-2020 dans cette base (années présentes : 2024-2025, 2025-2026).')
    const bad = await run('compliance', '--db', db, '--year', '2025')
    expect(bad.code).toBe(2)
    expect(bad.err).toBe("--year : « 2025 » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2024-2025).")
  })
})

describe('clas bilan --date, and a form of another year', () => {
  it('fills with the figures as of the date and says when the form is of another year or CAF', async () => {
    const out47 = join(dir, 'bilan47.docx')
    const r = await run('bilan', '--db', db, '--template', 'caf47-2021-2022', '--out', out47, '--date', '2025-12-04')
    expect(r.code).toBe(0)
    expect(r.out).toContain('chiffres au 04/12/2025')
    expect(r.out).toContain('\nAttention : Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données sont de 2025-2026 (CAF 01).')
    expect(readFileSync(out47).subarray(0, 2).toString()).toBe('PK')
    // The association's own form of the year: no warning.
    const own = await run('bilan', '--db', db, '--template', 'caf01-2025-2026', '--out', join(dir, 'bilan01.docx'), '--date', '2025-12-04')
    expect(own.code).toBe(0)
    expect(own.out).not.toContain('Ce formulaire est celui de')
    // The older year's data on the form of its year, nationally: no warning either.
    const older = await run('bilan', '--db', db, '--year', '2024-2025', '--template', 'bilan-2024-2025', '--out', join(dir, 'bilan2024.docx'))
    expect(older.out).toMatch(/^Bilan 2024-2025 écrit/)
    expect(older.out).not.toContain('Ce formulaire est celui de')
  })

  it('refuses a bad date before writing anything', async () => {
    const target = join(dir, 'jamais.docx')
    const r = await run('bilan', '--db', db, '--template', 'caf01-2025-2026', '--out', target, '--date', '2026-13-01')
    expect(r.code).toBe(2)
    expect(r.err).toBe("date : le mois 13 n'existe pas (JJ/MM/AAAA)")
    expect(() => readFileSync(target)).toThrow()
  })
})
