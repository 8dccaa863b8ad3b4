import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { readParagraphs } from '../../src/main/bilan/docx/paragraphs'
import { cellAt, readTables } from '../../src/main/bilan/docx/tables'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'
import type { Niveau } from '../../src/shared/domain/lists'
import { documentBuilder } from '../helpers/echange-document'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

/**
 * Issue 17: forms that draw their own groups of children. Small Word forms are written here with
 * the `docx` library, imported the way the import screen does (the base's quartiers known), filled
 * from a real SQLite base, and the filled .docx read back cell by cell against counts worked out
 * below from the children as typed into the test, not by the code under test.
 */

const AS_OF = '2026-03-10'
const START_YEAR = 2025

interface Spec {
  prenom: string
  naissance?: string
  sexe?: 'F' | 'M'
  niveau: Niveau
  /** The family's quartier as typed; null: a family without quartier; undefined: no family at all. */
  quartier?: string | null
  du?: string
}

// A deterministic spread of children: every age from 4 to 19, both sexes and some unknown, levels
// of every cycle, quartiers typed with different case, accents and dashes.
const QUARTIERS: (string | null | undefined)[] = ['Saragosse', 'Ousse des Bois', 'SARAGOSSE', 'Ousse-des-Bois', 'saragossé', 'Hameau', null, undefined]
const NIVEAUX: Niveau[] = ['CP', 'CE1', 'CE2', 'CM1', 'CM2', '6E', '5E', '4E', '3E', '2NDE', '1RE', 'TLE']
const SPECS: Spec[] = Array.from({ length: 46 }, (_, i): Spec => ({
  prenom: `Enfant${i + 1}`,
  naissance: i % 11 === 3 ? undefined : `${2006 + (i * 7) % 16}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
  sexe: i % 13 === 5 ? undefined : i % 3 === 0 ? 'M' : 'F',
  niveau: NIVEAUX[(i * 5) % NIVEAUX.length],
  quartier: QUARTIERS[(i * 3) % QUARTIERS.length],
  // Two enrolled after the figures' date: not counted as of it.
  du: i === 7 || i === 20 ? '2026-04-01' : '2025-09-15',
}))

// What the counts are, worked out on the specs themselves.
const enrolled = SPECS.filter((s) => s.du! <= AS_OF)
const ageOf = (s: Spec) => (s.naissance ? START_YEAR - Number(s.naissance.slice(0, 4)) : null)
const simple = (q: string | null | undefined) => (q ? q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/-/g, ' ') : null)
const inAge = (min: number | null, max: number | null) => (s: Spec) => ageOf(s) !== null && (min === null || ageOf(s)! >= min) && (max === null || ageOf(s)! <= max)
const isSexe = (x: 'F' | 'M') => (s: Spec) => s.sexe === x
const inQuartier = (q: string) => (s: Spec) => simple(s.quartier) === q
const inNiveaux = (...n: Niveau[]) => (s: Spec) => n.includes(s.niveau)
const count = (...preds: ((s: Spec) => boolean)[]) => String(enrolled.filter((s) => preds.every((p) => p(s))).length)

// Forms, each a heading and one table of rows × columns (a column heading may span sub-columns).
type Header = { text: string; sub?: string[] }
async function form(title: string, columns: Header[], rows: string[], corner = ''): Promise<string> {
  const twoRows = columns.some((c) => c.sub)
  const cell = (text: string, extra: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...extra })
  const header = [
    new TableRow({ children: [cell(corner, twoRows ? { rowSpan: 2 } : {}), ...columns.map((c) => (c.sub ? cell(c.text, { columnSpan: c.sub.length }) : cell(c.text, twoRows ? { rowSpan: 2 } : {})))] }),
    ...(twoRows ? [new TableRow({ children: columns.flatMap((c) => (c.sub ?? []).map((s) => cell(s))) })] : []),
  ]
  const width = columns.reduce((n, c) => n + (c.sub?.length ?? 1), 0)
  const body = rows.map((r) => new TableRow({ children: [cell(r), ...Array.from({ length: width }, () => cell(''))] }))
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }), new Table({ rows: [...header, ...body] })] }] })
  return (await Packer.toBuffer(doc)).toString('base64')
}

let t: TestWorkspace
beforeAll(() => {
  t = tempWorkspace(AS_OF)
  const b = documentBuilder()
  const a = b.collectif('Collectif du mardi')
  for (const s of SPECS) {
    const famille = s.quartier === undefined ? undefined : b.famille(s.quartier === null ? {} : { quartier: s.quartier })
    b.enfant({ prenom: s.prenom, nom: 'Test', dateNaissance: s.naissance, sexe: s.sexe, niveau: s.niveau, familleId: famille?.id, dans: [a], du: s.du })
  }
  t.call('echange.import', { document: b.build() })
})
afterAll(() => t.cleanup())

/** Imports the form as the import screen confirms it, fills it, and reads its one table back. */
async function fill(base64: string, nomFichier: string) {
  const modele = await t.call('bilan.modeles.importer.confirmer', { nomFichier, base64, departement: '64', anneeScolaire: '2025-2026' })
  const fichier = await t.call('bilan.document', { modeleId: modele.id, format: 'docx' })
  const root = parseXml((await openDocx(Buffer.from(fichier.base64, 'base64'))).documentXml)
  const paragraphs = readParagraphs(root)
  const [table] = readTables(root)
  const text = (row: number, col: number) => paragraphs.filter((p) => p.cell === cellAt(table, row, col)?.el).map((p) => p.text).join(' ').trim()
  const vue = await t.call('bilan.formulaire', { modeleId: modele.id })
  return { text, vue }
}

describe('forms that bring their own categories, filled from a real base (issue 17)', () => {
  it('age bands split G / F, one row per named quartier, a row left unread, row and column totals', async () => {
    const bands: [string, number | null, number | null][] = [['6-10 ans', 6, 10], ['11-16 ans', 11, 16], ['+ de 17 ans', 17, null]]
    const columns = [...bands.map(([text]) => ({ text, sub: ['G', 'F'] })), { text: 'Total' }]
    const rows = ['Ousse des Bois', 'Saragosse', 'Territoires en veille active', 'Total']
    const { text, vue } = await fill(await form('Nombre par tranche d’âge et par sexe', columns, rows, 'Quartier'), 'pau.docx')
    const quartiers = ['ousse des bois', 'saragosse']
    quartiers.forEach((q, r) => {
      bands.forEach(([, min, max], k) => {
        expect(text(2 + r, 1 + 2 * k), `${q} ${min}-${max} G`).toBe(count(inQuartier(q), inAge(min, max), isSexe('M')))
        expect(text(2 + r, 2 + 2 * k), `${q} ${min}-${max} F`).toBe(count(inQuartier(q), inAge(min, max), isSexe('F')))
      })
      expect(text(2 + r, 7), `${q} total`).toBe(count(inQuartier(q)))
    })
    // « Territoires en veille active » is no quartier of the base: nothing written, never the nearest band.
    for (let c = 1; c <= 7; c++) expect(text(4, c)).toBe('')
    expect(vue.aVerifier.filter((v) => v.cle.startsWith('cellule:t0:r4:'))).toHaveLength(7)
    expect(vue.aVerifier.find((v) => v.cle === 'cellule:t0:r4:c1')?.raison).toMatch(/Territoires en veille active/)
    // The total row counts every enrolled child of the band and sex, whatever the quartier.
    bands.forEach(([, min, max], k) => expect(text(5, 1 + 2 * k)).toBe(count(inAge(min, max), isSexe('M'))))
    expect(text(5, 7)).toBe(String(enrolled.length))
    // Children without birth date or sex, or whose family has no quartier: the totals do not add up, said « à vérifier ».
    expect(vue.aVerifier.find((v) => v.cle === 'cellule:t0:r2:c7')?.raison).toMatch(/n’est pas la somme/)
    const manque = (m: string) => vue.enfantsManquants.find((x) => x.manque === m)
    expect(manque('dateNaissance')?.enfants.map((e) => e.nom).sort()).toEqual(enrolled.filter((s) => !s.naissance).map((s) => `${s.prenom} Test`).sort())
    // A child without sex but known to be 5 fits no band of the form: missing from none of its cells.
    const sansSexe = enrolled.filter((s) => !s.sexe && (ageOf(s) === null || ageOf(s)! >= 6))
    expect(sansSexe.length).toBeLessThan(enrolled.filter((s) => !s.sexe).length)
    expect(manque('sexe')?.enfants.map((e) => e.nom).sort()).toEqual(sansSexe.map((s) => `${s.prenom} Test`).sort())
    expect(manque('quartier')?.enfants.map((e) => e.nom).sort()).toEqual(enrolled.filter((s) => !s.quartier).map((s) => `${s.prenom} Test`).sort())
  })

  it('sexes as filles / garçons in columns, age bands as rows including « moins de 6 ans » and « 17 ans et plus »', async () => {
    const rows = ['Moins de 6 ans', '6 à 10 ans', '11 à 16 ans', '17 ans et plus', 'Total']
    const { text, vue } = await fill(await form('Public accueilli', [{ text: 'Filles' }, { text: 'Garçons' }, { text: 'Total' }], rows, 'Âge au 31 décembre'), 'ages.docx')
    const bands: [number | null, number | null][] = [[null, 5], [6, 10], [11, 16], [17, null]]
    bands.forEach(([min, max], r) => {
      expect(text(1 + r, 1)).toBe(count(inAge(min, max), isSexe('F')))
      expect(text(1 + r, 2)).toBe(count(inAge(min, max), isSexe('M')))
      expect(text(1 + r, 3)).toBe(count(inAge(min, max)))
    })
    expect([text(5, 1), text(5, 2), text(5, 3)]).toEqual([count(isSexe('F')), count(isSexe('M')), String(enrolled.length)])
    expect(vue.aVerifier.filter((v) => !v.raison?.includes('somme'))).toEqual([])
  })

  it('groups of levels, with a total that adds up', async () => {
    const columns = ['CP-CE1', 'CE2-CM2', '6e-5e', '4e-3e', 'Lycée', 'Total'].map((text) => ({ text }))
    const { text, vue } = await fill(await form('Répartition par niveau scolaire', columns, ['Nombre d’enfants']), 'niveaux.docx')
    expect([1, 2, 3, 4, 5, 6].map((c) => text(1, c))).toEqual([
      count(inNiveaux('CP', 'CE1')), count(inNiveaux('CE2', 'CM1', 'CM2')), count(inNiveaux('6E', '5E')), count(inNiveaux('4E', '3E')),
      count(inNiveaux('2NDE', '1RE', 'TLE')), String(enrolled.length),
    ])
    // Every enrolled child is of one of the levels: the total is the sum, nothing to check.
    expect(vue.aVerifier).toEqual([])
    expect(vue.enfantsManquants).toEqual([])
  })

  it('named quartiers as rows, sexes as F / M, matched whatever the case and accents of the families', async () => {
    const { text } = await fill(await form('Enfants par quartier', [{ text: 'F' }, { text: 'M' }, { text: 'Total' }], ['SARAGOSSE', 'ousse des bois', 'Hameau']), 'quartiers.docx')
    for (const [r, q] of ['saragosse', 'ousse des bois', 'hameau'].entries()) {
      expect([text(1 + r, 1), text(1 + r, 2), text(1 + r, 3)]).toEqual([count(inQuartier(q), isSexe('F')), count(inQuartier(q), isSexe('M')), count(inQuartier(q))])
    }
    expect(Number(count(inQuartier('saragosse')))).toBeGreaterThan(5)
  })

  it('levels by age with G / F: « Primaire », « Collège » against bands of the form’s own', async () => {
    const columns = [{ text: 'Primaire', sub: ['G', 'F'] }, { text: 'Collège', sub: ['G', 'F'] }]
    const { text } = await fill(await form('Enfants par cycle', columns, ['6-10 ans', '11-15 ans']), 'cycles.docx')
    const primaire = inNiveaux('CP', 'CE1', 'CE2', 'CM1', 'CM2')
    const college = inNiveaux('6E', '5E', '4E', '3E')
    expect([text(2, 1), text(2, 2), text(2, 3), text(2, 4)]).toEqual([
      count(primaire, inAge(6, 10), isSexe('M')), count(primaire, inAge(6, 10), isSexe('F')), count(college, inAge(6, 10), isSexe('M')), count(college, inAge(6, 10), isSexe('F')),
    ])
    expect([text(3, 1), text(3, 2), text(3, 3), text(3, 4)]).toEqual([
      count(primaire, inAge(11, 15), isSexe('M')), count(primaire, inAge(11, 15), isSexe('F')), count(college, inAge(11, 15), isSexe('M')), count(college, inAge(11, 15), isSexe('F')),
    ])
  })

  it('a heading it cannot read gets « à vérifier » and no value, the others their own band', async () => {
    const columns = ['6-10 ans', '11-16 ans', 'Ados du dispositif passerelle'].map((text) => ({ text }))
    const base64 = await form('Tranches d’âge', columns, ['Nombre d’enfants'])
    // The import screen says why before anything is saved.
    const apercu = t.call('bilan.modeles.importer.apercu', { nomFichier: 'illisible.docx', base64, departement: '64', anneeScolaire: '2025-2026' })
    expect(apercu.blancs.find((b) => b.key === 'cellule:t0:r1:c3')).toMatchObject({ aVerifier: true, proposition: { ignorer: true }, note: expect.stringMatching(/Ados du dispositif passerelle/) })
    expect(apercu.blancs.find((b) => b.key === 'cellule:t0:r1:c2')).toMatchObject({ aVerifier: false, proposition: { chiffre: 'enfants?age=11-16' } })
    const { text, vue } = await fill(base64, 'illisible.docx')
    expect([text(1, 1), text(1, 2)]).toEqual([count(inAge(6, 10)), count(inAge(11, 16))])
    expect(text(1, 3)).toBe('')
    expect(vue.aVerifier).toEqual([expect.objectContaining({ cle: 'cellule:t0:r1:c3', valeur: '', raison: expect.stringMatching(/Ados du dispositif passerelle/) })])
  })
})
