import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeFigures, type Figures } from '../../shared/bilan/figures'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { buildDemoDocument } from '../demo/build-demo'
import { exportDocument } from './echange'

/**
 * The figures of the demo association, read back from the real SQLite file, against the same
 * figures recomputed with plain SQL: two independent routes to the same numbers.
 */
let t: TestWorkspace
let figures: Figures
const sql = <T>(query: string) => t.workspace.context().sqlite.prepare(query).all() as T[]
const one = <T>(query: string) => sql<T>(query)[0]

// The current year's held séances (not cancelled) and their collectifs.
const HELD = `
  seances s JOIN collectifs c ON c.id = s.collectif_id
  JOIN annees_scolaires a ON a.id = c.annee_id AND a.courante = 1
  WHERE coalesce(s.annulee, 0) = 0`

beforeAll(() => {
  t = tempWorkspace()
  t.call('echange.import', { document: buildDemoDocument() })
  figures = t.call('bilan.chiffres')
})
afterAll(() => t.cleanup())

describe('bilan.chiffres on the demo association', () => {
  it('is computeFigures of the exported year', () => {
    expect(figures).toEqual(computeFigures(exportDocument(t.workspace.context())))
    expect(figures.annee).toBe('2025-2026')
  })

  it('counts the children enrolled in the year as SQL does', () => {
    const enrolled = `
      FROM enfants e JOIN inscriptions i ON i.enfant_id = e.id JOIN collectifs c ON c.id = i.collectif_id
      JOIN annees_scolaires a ON a.id = c.annee_id AND a.courante = 1
      WHERE i.du <= a.fin AND (i.au IS NULL OR i.au >= a.debut)`
    const total = one<{ n: number }>(`SELECT count(DISTINCT e.id) AS n ${enrolled}`).n
    expect(total).toBeGreaterThan(30)
    expect(figures.values['enfants.total']).toBe(total)
    const byNiveau = sql<{ niveau: string; n: number }>(`SELECT e.niveau, count(DISTINCT e.id) AS n ${enrolled} GROUP BY e.niveau`)
    expect(byNiveau.length).toBeGreaterThan(3)
    for (const { niveau, n } of byNiveau) expect(figures.values[`enfants.niveau.${niveau}`], niveau).toBe(n)
    const familles = one<{ n: number }>(`SELECT count(DISTINCT coalesce(e.famille_id, 'sans-' || e.id)) AS n ${enrolled}`).n
    expect(figures.values['familles.nombre']).toBe(familles)
  })

  it('counts held séances, their weeks and their dates as SQL does', () => {
    // SQLite's %w: 0 = Sunday; the Monday of a date is date - ((%w + 6) % 7) days.
    const weeks = one<{ n: number }>(`SELECT count(DISTINCT date(s.date, '-' || ((cast(strftime('%w', s.date) AS integer) + 6) % 7) || ' days')) AS n FROM ${HELD}`).n
    const span = one<{ debut: string; fin: string; collectifs: number; cancelled: number }>(
      `SELECT min(s.date) AS debut, max(s.date) AS fin, count(DISTINCT s.collectif_id) AS collectifs,
              (SELECT count(*) FROM seances WHERE annulee = 1) AS cancelled FROM ${HELD}`)
    // The demo has cancelled séances, so leaving them out is put to the test.
    expect(span.cancelled).toBeGreaterThan(0)
    expect(figures.values.semaines).toBe(weeks)
    expect(figures.values['dates.debut']).toBe(span.debut)
    expect(figures.values['dates.fin']).toBe(span.fin)
    expect(figures.values['collectifs.nombre']).toBe(span.collectifs)
    const perCollectif = sql<{ nom: string; seances: number; weeks: number }>(
      `SELECT c.nom, count(*) AS seances, count(DISTINCT date(s.date, '-' || ((cast(strftime('%w', s.date) AS integer) + 6) % 7) || ' days')) AS weeks
       FROM ${HELD} GROUP BY c.id`)
    for (const { nom, seances, weeks: w } of perCollectif) {
      const row = figures.rows.collectifs.find((r) => r.nom === nom)
      expect(row?.semaines, nom).toBe(w)
      expect(row?.seancesParSemaine, nom).toBe(Math.round((seances / w) * 10) / 10)
    }
  })

  it('counts intervenants and their hours by statut as SQL does', () => {
    const rows = sql<{ statut: string; n: number; heures: number }>(`
      WITH present AS (
        SELECT si.intervenant_id AS id, sum(s.duree_minutes) AS minutes
        FROM seance_intervenants si JOIN seances s ON s.id = si.seance_id JOIN collectifs c ON c.id = s.collectif_id
        JOIN annees_scolaires a ON a.id = c.annee_id AND a.courante = 1
        WHERE coalesce(s.annulee, 0) = 0 GROUP BY si.intervenant_id)
      SELECT i.statut, count(*) AS n, sum(p.minutes / 60.0 + coalesce(i.heures_hors_seances, 0)) AS heures
      FROM present p JOIN intervenants i ON i.id = p.id GROUP BY i.statut`)
    expect(rows.map((r) => r.statut).sort()).toEqual(['benevole', 'salarie', 'volontaire'])
    for (const { statut, n, heures } of rows) {
      expect(figures.values[`intervenants.${statut}.nombre`], statut).toBe(n)
      expect(figures.values[`intervenants.${statut}.heures`], statut).toBeCloseTo(heures, 2)
      expect(figures.values[`intervenants.${statut}.etp`], statut).toBeCloseTo(heures / 1607, 2)
    }
    expect(figures.values['intervenants.total.nombre']).toBe(rows.reduce((s, r) => s + r.n, 0))
  })

  it('counts parent actions by format as SQL does', () => {
    const rows = sql<{ format: string; n: number; parents: number }>(`
      SELECT ap.format, count(*) AS n, sum(ap.nb_parents) AS parents FROM actions_parents ap
      JOIN annees_scolaires a ON a.id = ap.annee_id AND a.courante = 1 WHERE ap.format IS NOT NULL GROUP BY ap.format`)
    expect(rows.length).toBeGreaterThan(2)
    for (const { format, n, parents } of rows) {
      expect(figures.values[`parents.format.${format}.seances`], format).toBe(n)
      expect(figures.values[`parents.format.${format}.parents`], format).toBe(parents)
    }
  })

  it('gives each figure its provenance', () => {
    expect(Object.keys(figures.sources).sort()).toEqual([...Object.keys(figures.values), ...Object.keys(figures.rows)].sort())
    const held = one<{ n: number }>(`SELECT count(*) AS n FROM ${HELD}`).n
    expect(figures.sources.semaines).toBe(`calculé depuis ${held} séances tenues`)
  })
})
