import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeFigures, type Figures } from '../../shared/bilan/figures'
import { formatFigure } from '../../shared/bilan/figures/format-figure'
import type { ElementFormulaire, Formulaire } from '../../shared/contract/bilan'
import { ApiError } from '../../shared/contract/errors'
import type { Fichier } from '../../shared/contract/registres'
import { tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { fillTemplate } from '../bilan/fill-template'
import { findBuiltinTemplatesFolder } from '../bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping } from '../bilan/templates/template-store'
import { findSoffice } from '../bilan/pdf/libreoffice'
import { buildDemoDocument } from '../demo/build-demo'
import { bilanFileName } from '../reads/bilan-inputs'
import { exportDocument } from '../reads/year-document'

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
  // After the demo year's end: the figures are those of the whole year, as the SQL below counts.
  t = tempWorkspace('2026-11-25')
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

/** The text of a filled .docx as a reader sees it, one line a paragraph. */
async function docxText(file: Fichier): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
  const xml = await zip.file('word/document.xml')!.async('string')
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
}

const CAF01 = 'caf01-2025-2026'
type Case = Extract<ElementFormulaire, { type: 'case' }>
const cases = (f: Formulaire) => f.groupes.flatMap((g) => g.elements).filter((e): e is Case => e.type === 'case')
const caseOf = (f: Formulaire, predicate: (c: Case) => boolean) => {
  const found = cases(f).find(predicate)
  if (!found) throw new Error('case absente du formulaire')
  return found
}
const boundTo = (key: string) => (c: Case) => c.liaison.type === 'chiffres' && c.liaison.chiffres.length === 1 && c.liaison.chiffres[0].cle === key
const askingQuestion = (id: string) => (c: Case) => c.liaison.type === 'question' && c.liaison.question.id === id

function refusal(fn: () => unknown): ApiError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('accepté à tort')
}

describe('the Bilan screen\'s calls on the demo association', () => {
  let w: TestWorkspace
  const formulaire = (modeleId = CAF01) => w.call('bilan.formulaire', { modeleId }) as unknown as Promise<Formulaire>
  const document = (format: 'docx' | 'pdf', modeleId = CAF01) => w.call('bilan.document', { modeleId, format }) as unknown as Promise<Fichier>

  beforeAll(() => {
    w = tempWorkspace()
    w.call('echange.import', { document: buildDemoDocument() })
  })
  afterAll(() => w.cleanup())

  it('shows each blank of the form in document order, under its heading, with its value and where it comes from', async () => {
    const f = await formulaire()
    // Today is 20 November 2025 in this workspace: the figures are taken as of that day.
    const figures = computeFigures(exportDocument(w.workspace.context()), '2025-11-20')
    expect(f.annee).toBe('2025-2026')
    expect(f.date).toBe('2025-11-20')
    expect(f.groupes.map((g) => g.titre)).toEqual([
      'Bilan CLAS 2025/2026', '1. Moyens humains mobilisés', '2. Les formations réalisées', '3. Le public',
      '4. Synthèse territoriale de la mise en œuvre du projet Clas', 'Axe d’intervention auprès des enfants et des jeunes',
      'Axe d’intervention auprès des parents', 'Axe de concertation et de coordination avec l’école / le collège', 'Conclusion / Suggestion',
    ])
    const salaries = caseOf(f, boundTo('intervenants.salarie.nombre'))
    expect(salaries).toMatchObject({
      genre: 'texte', libelle: 'Nombre de salariés :', statut: 'rempli', raison: null,
      valeur: formatFigure(figures.values['intervenants.salarie.nombre'], 'entier'),
      provenance: figures.sources['intervenants.salarie.nombre'],
    })
    expect(salaries.provenance).toMatch(/^calculé depuis \d+ séances tenues/)
    // A repeated figure is one table with its rows, as the form receives them.
    const formations = f.groupes[2].elements.find((e) => e.type === 'tableau')
    expect(formations).toMatchObject({ repete: 'formations', statut: 'rempli', provenance: figures.sources.formations })
    expect(formations?.type === 'tableau' && formations.lignes.map((l) => l[1])).toEqual(figures.rows.formations.map((r) => r.intitule))
    // A question shows this form's words, the bank's, and the other forms'.
    const conclusion = caseOf(f, askingQuestion('conclusion_perspectives'))
    expect(conclusion.libelle).toMatch(/^Globalement, quelle conclusion/)
    const titres = w.call('bilan.modeles.list').filter((m) => m.id !== CAF01).map((m) => m.titre)
    expect(conclusion.liaison.type === 'question' && conclusion.liaison.question.autresFormulations.map((a) => a.modele).sort()).toEqual(titres.sort())
  })

  it('takes the figures as of the date chosen, within the year, and says when the form is of another year or CAF', async () => {
    const doc = exportDocument(w.workspace.context())
    const f = (await w.call('bilan.formulaire', { modeleId: CAF01, date: '2026-02-10' })) as unknown as Formulaire
    expect(f.date).toBe('2026-02-10')
    expect(f.ecartModele).toBeNull()
    expect(f.seancesSansRegistre).toEqual(computeFigures(doc, '2026-02-10').seancesSansRegistre)
    expect(w.call('bilan.chiffres', { date: '2026-02-10' })).toEqual(computeFigures(doc, '2026-02-10'))
    expect(() => w.call('bilan.chiffres', { date: '2027-01-15' })).toThrow(
      "date : le 15/01/2027 est hors de l'année scolaire 2025-2026 (du 01/09/2025 au 03/07/2026) : choisissez une date de l'année.",
    )
    const caf47 = (await w.call('bilan.formulaire', { modeleId: 'caf47-2021-2022' })) as unknown as Formulaire
    expect(caf47.ecartModele).toBe('Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données sont de 2025-2026 (CAF 01).')
  })

  it('reports as missing exactly what the filled document lacks, and counts the rest as filled', async () => {
    const f = await formulaire()
    const template = listTemplates(findBuiltinTemplatesFolder(), '/nulle-part').find((t) => t.info.id === CAF01)!
    const { answers } = await import('../reads/bilan-inputs').then((m) => m.bilanAnswers(w.workspace.context()))
    const { report } = await fillTemplate(readForm(template), readMapping(template), answers)
    const byStatut = (...s: string[]) => cases(f).filter((c) => s.includes(c.statut)).map((c) => c.cle).sort()
    expect(byStatut('manquant')).toEqual(report.manquants.map((m) => m.blank).sort())
    expect(byStatut('rempli', 'corrige')).toEqual(report.remplis.map((m) => m.blank).sort())
    expect(f.manquants.map((m) => m.cle)).toEqual(f.groupes.flatMap((g) => g.elements).filter((e) => e.statut === 'manquant').map((e) => e.cle))
    expect(f.manquants.length).toBeGreaterThan(5)
    expect(caseOf(f, askingQuestion('suggestions_caf'))).toMatchObject({ statut: 'manquant', valeur: null, raison: 'Pas encore de réponse.', provenance: 'sans réponse' })
    const ignored = cases(f).filter((c) => c.statut === 'ignore').length
    const tables = f.groupes.flatMap((g) => g.elements).filter((e) => e.type === 'tableau')
    expect(tables.length).toBe(3)
    expect(f.compte.total).toBe(cases(f).length - ignored + tables.reduce((n, t) => n + (t.type === 'tableau' ? Math.max(1, t.lignes.length * t.colonnes.length) : 0), 0))
    expect(f.compte.remplies).toBe(f.compte.total - f.manquants.length)
    // The places the mapping leaves empty are said too, as the filler reports them (footnotes aside).
    expect(f.laissees.map((m) => m.cle).sort()).toEqual(report.vides.map((m) => m.blank).sort())
    expect(f.laissees.length).toBeGreaterThan(0)
    // A built-in mapping is reviewed: nothing is to check.
    expect(f.aVerifier).toEqual([])
    expect(report.aVerifier).toEqual([])
  })

  it('saves an answer, which fills every form asking the question, and removes it when emptied', async () => {
    const texte = 'Nous garderons les ateliers du samedi matin avec les familles du quartier.'
    expect(w.call('bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: `  ${texte}\n` })).toEqual({ questionId: 'suggestions_caf', texte })
    const after = await formulaire()
    expect(caseOf(after, askingQuestion('suggestions_caf'))).toMatchObject({ statut: 'rempli', valeur: texte, provenance: 'réponse saisie' })
    expect(await docxText(await document('docx'))).toContain(texte)

    w.call('bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: '   ' })
    expect(w.workspace.context().sqlite.prepare("SELECT count(*) AS n FROM reponses WHERE question_id = 'suggestions_caf'").get()).toEqual({ n: 0 })
    expect(caseOf(await formulaire(), askingQuestion('suggestions_caf')).statut).toBe('manquant')
    expect(await docxText(await document('docx'))).not.toContain(texte)
  })

  it('writes a corrected figure instead of the computed one, says so, and puts the computed one back', async () => {
    const key = 'intervenants.salarie.nombre'
    const computed = caseOf(await formulaire(), boundTo(key)).valeur
    expect(computed).not.toBe('37')
    const exported = () => {
      const { exporteLe: _e, ...doc } = w.call('echange.export')
      return doc
    }
    const before = exported()

    w.call('bilan.corrections.enregistrer', { cle: key, valeur: ' 37 ' })
    const corrected = caseOf(await formulaire(), boundTo(key))
    expect(corrected).toMatchObject({ statut: 'corrige', valeur: '37', provenance: `corrigé à la main (calculé : ${computed})` })
    expect(corrected.liaison.type === 'chiffres' && corrected.liaison.chiffres[0]).toMatchObject({ calcule: computed, correction: '37' })
    expect(await docxText(await document('docx'))).toMatch(/Nombre de salariés\s: 37\b/)
    // Corrections stay out of the exchange format v1.
    expect(exported()).toEqual(before)

    w.call('bilan.corrections.enregistrer', { cle: key, valeur: null })
    expect(caseOf(await formulaire(), boundTo(key))).toMatchObject({ statut: 'rempli', valeur: computed })
    const text = await docxText(await document('docx'))
    expect(text).not.toMatch(/Nombre de salariés\s: 37\b/)
    expect(text).toMatch(new RegExp(`Nombre de salariés\\s: ${computed}\\b`))
  })

  it('refuses an unknown question, figure or form with a French message naming the field, and writes nothing', () => {
    const counts = tableCounts(w)
    const cases: [() => unknown, string, RegExp][] = [
      [() => w.call('bilan.reponses.enregistrer', { questionId: 'question_inventee', texte: 'x' }), 'questionId', /n'est pas une question du bilan/],
      [() => w.call('bilan.reponses.enregistrer', { questionId: 'ecarts_previsionnel_reel_existe', texte: 'peut-être' }), 'texte', /répondez par oui ou non/],
      [() => w.call('bilan.corrections.enregistrer', { cle: 'enfants.inventes', valeur: '3' }), 'cle', /n'est pas un chiffre du bilan/],
      [() => w.call('bilan.corrections.enregistrer', { cle: 'territoire.quartierPrioritaire', valeur: 'souvent' }), 'valeur', /oui ou non/],
      [() => w.call('bilan.formulaire', { modeleId: 'caf99-2030-2031' }), 'modeleId', /aucun formulaire « caf99-2030-2031 »/],
      [() => w.call('bilan.document', { modeleId: 'caf99-2030-2031', format: 'docx' }), 'modeleId', /aucun formulaire/],
    ]
    for (const [fn, field, message] of cases) {
      const error = refusal(fn)
      expect(error.code).toBe('validation')
      expect(error.field).toBe(field)
      expect(error.message).toMatch(new RegExp(`^${field} : `))
      expect(error.message).toMatch(message)
    }
    expect(tableCounts(w)).toEqual(counts)
  })

  it('names the file after the year and the association', async () => {
    const file = await document('docx')
    expect(file.nomFichier).toBe('Bilan CLAS 2025-2026 - Association Les Ponts.docx')
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(bilanFileName('2025-2026', 'Les Ponts / Bourg: "centre"', 'pdf')).toBe('Bilan CLAS 2025-2026 - Les Ponts Bourg centre.pdf')
  })

  it('previews the filled form as HTML without scripts, outside addresses or images', async () => {
    w.call('bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: 'Un <script>alert(1)</script> et un lien https://exemple.org' })
    const { html } = await (w.call('bilan.apercu', { modeleId: CAF01 }) as unknown as Promise<{ html: string }>)
    expect(html).toMatch(/Nombre de salariés\s: \d/)
    expect(html).toContain('Un &lt;script&gt;alert(1)&lt;/script&gt; et un lien https://exemple.org')
    expect(html).not.toMatch(/<script|<img|<style|href="(?!#)|\son\w+=/i)
    // The boxes the filler ticked show ticked.
    expect(html).toMatch(/<input type="checkbox" disabled checked>/)
    w.call('bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: '' })
  })

  it('says in French when the PDF cannot be made for want of LibreOffice and Chromium', async () => {
    const path = process.env.PATH
    process.env.PATH = ''
    try {
      await expect(document('pdf')).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/Ni LibreOffice ni Chromium ne sont installés/) })
    } finally {
      process.env.PATH = path
    }
  })

  it.skipIf(!findSoffice())('makes the PDF with LibreOffice', async () => {
    const file = await document('pdf')
    expect(file.nomFichier).toBe('Bilan CLAS 2025-2026 - Association Les Ponts.pdf')
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
  }, 180_000)
})
