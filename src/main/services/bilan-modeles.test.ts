import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { computeFigures } from '../../shared/bilan/figures'
import { figureLabels } from '../../shared/bilan/figures/labels'
import { mappingSchema, templateInfoSchema } from '../../shared/bilan/mapping/mapping-schema'
import { QUESTIONS } from '../../shared/bilan/questions/bank'
import type { ApercuModele } from '../../shared/contract/bilan-modeles'
import { ApiError } from '../../shared/contract/errors'
import { blankInfo, findBlanks } from '../bilan/docx/blanks'
import { openDocx } from '../bilan/docx/docx-file'
import { parseXml } from '../bilan/docx/xml-tree'
import { fillTemplate } from '../bilan/fill-template'
import { findBuiltinTemplatesFolder } from '../bilan/templates/templates-folder'
import { exportDocument } from '../reads/year-document'

let t: TestWorkspace
let apercu: ApercuModele
const formBytes = readFileSync(join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx'))
const fichier = { nomFichier: 'form.docx', base64: formBytes.toString('base64'), departement: '1', anneeScolaire: '2025-2026' }
const modeles = () => join(dirname(t.path), 'modeles')
const saved = () => (existsSync(modeles()) ? readdirSync(modeles()) : [])

/** Awaited: the import reads its form before its transaction, and refuses later. */
async function refusal(name: 'bilan.modeles.importer.confirmer' | 'bilan.modeles.importer.apercu' | 'bilan.modeles.supprimer', input: unknown): Promise<ApiError> {
  try {
    await t.dispatch(name, input)
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error(`${name} accepted the input`)
}

beforeAll(() => {
  t = tempWorkspace()
  seedAssociation(t)
  // Proposing takes seconds: once here, then reused by the calls below (same bytes).
  apercu = t.call('bilan.modeles.importer.apercu', fichier)
}, 120_000)
afterAll(() => t.cleanup())

describe('bilan.modeles.list', () => {
  it('lists the built-in forms with their department and year', async () => {
    const list = t.call('bilan.modeles.list')
    expect(list.find((m) => m.id === 'caf01-2025-2026')).toEqual({ id: 'caf01-2025-2026', departement: '01', anneeScolaire: '2025-2026', titre: 'Bilan CLAS 2025/2026 – Caf de l’Ain', origine: 'integre' })
    expect(list.filter((m) => m.origine === 'integre')).toHaveLength(4)
  })
})

describe('bilan.modeles.importer.apercu', () => {
  it('shows every blank of the document, in its order, with a worded proposal, and saves nothing', async () => {
    const blanks = findBlanks(parseXml((await openDocx(formBytes)).documentXml)).map(blankInfo)
    expect(apercu.blancs.map((b) => b.key)).toEqual(blanks.map((b) => b.key))
    expect(apercu.resume.blancs).toBe(blanks.length)
    expect(apercu.resume.relies + apercu.resume.vides).toBe(blanks.length)
    expect(apercu.resume.aVerifier).toBe(apercu.resume.peuSurs + apercu.resume.vides)
    expect(apercu.blancs.find((b) => b.key === 'texte:nombre de salaries#1')).toMatchObject({
      kind: 'texte', libelle: 'Nombre de salariés :', proposition: { chiffre: 'intervenants.salarie.nombre' }, propositionLibelle: 'Nombre de salariés', aVerifier: false,
    })
    for (const b of apercu.blancs) expect(b.propositionLibelle, b.key).not.toBe('')
    expect(saved()).toEqual([])
  })

  it('normalizes the department and proposes an id that is free', async () => {
    expect(apercu).toMatchObject({ departement: '01', anneeScolaire: '2025-2026', titre: 'Bilan Clas 2025-2026 – Caf 01', id: 'caf01-2025-2026-form', fichier: { nom: 'form.docx', octets: formBytes.length } })
  })

  it('gives the tables filled row by row, their cells pointing at them', async () => {
    const formations = apercu.tableaux.findIndex((x) => x.repete === 'formations')
    expect(formations).toBeGreaterThanOrEqual(0)
    expect(apercu.tableaux[formations].colonnes.map((c) => c.libelle)).toContain("Nom de l'organisme en charge de la formation")
    const cells = apercu.blancs.filter((b) => b.parLignes === formations)
    expect(cells.length).toBeGreaterThan(4)
    expect(cells.every((c) => c.kind === 'cellule' && c.tableau === apercu.tableaux[formations].tableau)).toBe(true)
  })

  it('offers every figure and every question to choose from, each with the blanks it fits', async () => {
    expect(apercu.choix).toHaveLength(figureLabels().length + QUESTIONS.length)
    expect(apercu.choix.find((c) => 'chiffre' in c.valeur && c.valeur.chiffre === 'enfants.total')).toMatchObject({ libelle: "Nombre total d'enfants", groupe: 'chiffre', accepte: ['texte', 'choix', 'case', 'cellule'] })
    const texte = QUESTIONS.find((q) => q.type === 'texte')!
    expect(apercu.choix.find((c) => 'question' in c.valeur && c.valeur.question === texte.id)).toMatchObject({ groupe: 'question', accepte: ['texte', 'cellule'] })
  })

  it('refuses a file that is not a Word document, pointing at the file', async () => {
    const error = await refusal('bilan.modeles.importer.apercu', { ...fichier, base64: Buffer.from('pas un zip').toString('base64') })
    expect(error).toMatchObject({ code: 'validation', field: 'base64' })
    expect(error.message).toMatch(/^Ce fichier n'est pas un document Word/)
  })

  it('says an empty file is empty, in French, and saves nothing', async () => {
    const before = t.call('bilan.modeles.list')
    for (const name of ['bilan.modeles.importer.apercu', 'bilan.modeles.importer.confirmer'] as const) {
      const error = await refusal(name, { ...fichier, base64: '' })
      expect(error).toMatchObject({ code: 'validation', field: 'base64', message: "Le fichier est vide : ce n'est pas un document Word." })
    }
    expect(t.call('bilan.modeles.list')).toEqual(before)
  })
})

describe('bilan.modeles.importer.confirmer', () => {
  let id: string

  it('saves the form with the proposals and the coordinator’s changes over them', async () => {
    const formations = apercu.tableaux.find((x) => x.repete === 'formations')!
    const cell = apercu.blancs.find((b) => b.tableau === formations.tableau && b.parLignes !== undefined)!
    const result = await t.call('bilan.modeles.importer.confirmer', {
      ...fichier,
      titre: '  Bilan CLAS – Caf de l’Ain  ',
      bindings: [
        { blank: 'texte:nombre de salaries#1', valeur: { chiffre: 'intervenants.total.nombre' } },
        { blank: cell.key, valeur: { chiffre: 'formations.suivie' } },
      ],
      lignesRetirees: [apercu.tableaux.indexOf(formations)],
    })
    const { dossier, resume, aRevoir, ...modele } = result
    expect(modele).toEqual({ id: 'caf01-2025-2026-bilan-clas-ain', departement: '01', anneeScolaire: '2025-2026', titre: 'Bilan CLAS – Caf de l’Ain', origine: 'importe' })
    id = result.id

    const folder = join(modeles(), id)
    expect(dossier).toBe(folder)
    // What to look at: the unsure proposals nobody chose, counted as the summary counts them.
    expect(resume.aVerifier).toBe(resume.peuSurs + resume.vides)
    expect(aRevoir.length).toBeGreaterThan(0)
    expect(aRevoir.map((b) => b.libelle)).not.toContain('Nombre de salariés :')
    // The formations' table is no longer filled row by row: its cells are blanks of their own now.
    const chosen = ['texte:nombre de salaries#1', cell.key]
    const unsure = apercu.blancs.filter((b) => b.aVerifier && (b.parLignes === undefined || b.tableau === formations.tableau) && !chosen.includes(b.key))
    expect(aRevoir.map((b) => b.libelle)).toEqual(unsure.map((b) => b.libelle))
    expect(aRevoir.map((b) => b.valeur)).toEqual(unsure.map((b) => b.proposition))
    expect(readFileSync(join(folder, 'form.docx')).equals(formBytes)).toBe(true)
    const info = templateInfoSchema.parse(JSON.parse(readFileSync(join(folder, 'template.json'), 'utf8')))
    expect(info.source).toBe('Importé depuis « form.docx » le 2025-11-20.')
    const mapping = mappingSchema.parse(JSON.parse(readFileSync(join(folder, 'mapping.json'), 'utf8')))
    expect(mapping.blanks.find((b) => b.blank === 'texte:nombre de salaries#1')).toEqual({ blank: 'texte:nombre de salaries#1', label: 'Nombre de salariés :', valeur: { chiffre: 'intervenants.total.nombre' } })
    expect(mapping.blanks.find((b) => b.blank === cell.key)?.valeur).toEqual({ chiffre: 'formations.suivie' })
    expect(mapping.lignes.some((l) => l.repete === 'formations')).toBe(false)
    // Blanks left alone keep their proposal.
    const collectifs = apercu.blancs.find((b) => b.key === 'texte:nombre de collectifs#1')!
    expect(mapping.blanks.find((b) => b.blank === collectifs.key)?.valeur).toEqual(collectifs.proposition)
    expect(mapping.blanks).toHaveLength(apercu.blancs.length - apercu.blancs.filter((b) => b.parLignes !== undefined && b.tableau !== formations.tableau).length)

    // Filled like a built-in form: the changed blank gets the total of intervenants.
    const doc = exportDocument(t.workspace.context())
    const figures = computeFigures(doc)
    const { report } = await fillTemplate(formBytes, mapping, { figures, reponses: {} })
    expect(report.remplis.find((r) => r.blank === 'texte:nombre de salaries#1')?.texte).toBe(String(figures.values['intervenants.total.nombre']))
  })

  it('is listed as imported, and a second import of the same form gets a new id', async () => {
    expect(t.call('bilan.modeles.list').find((m) => m.id === id)?.origine).toBe('importe')
    const again = await t.call('bilan.modeles.importer.confirmer', { ...fichier, titre: 'Bilan CLAS – Caf de l’Ain', bindings: [] })
    expect(again.id).toBe(`${id}-2`)
  })

  it('refuses a choice that does not fit, naming it, and saves nothing', async () => {
    const before = saved()
    const choix = apercu.blancs.find((b) => b.kind === 'choix')!
    const question = QUESTIONS.find((q) => q.type === 'texte')!
    const covered = apercu.blancs.find((b) => b.parLignes !== undefined)!
    const cases: [unknown, string, RegExp][] = [
      [{ bindings: [{ blank: 'texte:n existe pas#1', valeur: { ignorer: true } }] }, 'bindings[0].blank', /n'existe pas dans ce document/],
      [{ bindings: [{ blank: choix.key, valeur: { question: question.id } }] }, 'bindings[0].valeur', /ne peut pas remplir un choix oui \/ non/],
      [{ bindings: [{ blank: choix.key, valeur: { chiffre: 'enfants.inventes' } }] }, 'bindings[0].valeur', /« enfants\.inventes » n'est ni un chiffre ni une question/],
      [{ bindings: [{ blank: covered.key, valeur: { ignorer: true } }] }, 'bindings[0].blank', /remplie ligne par ligne/],
      [{ bindings: [{ blank: choix.key, valeur: { ignorer: true } }, { blank: choix.key, valeur: { ignorer: true } }] }, 'bindings[1].blank', /choisi deux fois/],
      [{ lignesRetirees: [apercu.tableaux.length] }, 'lignesRetirees[0]', /pas de remplissage ligne par ligne n°/],
      [{ base64: Buffer.from('PK\u0003\u0004 cassé').toString('base64') }, 'base64', /endommagé|incomplet/],
    ]
    for (const [change, field, message] of cases) {
      const error = await refusal('bilan.modeles.importer.confirmer', { ...fichier, ...(change as object) })
      expect(error.field, JSON.stringify(change)).toBe(field)
      expect(error.message).toMatch(message)
      // The file's own problems are said for a person, as the list import does: no field name.
      expect(error.message.startsWith(`${field} : `)).toBe(field !== 'base64')
    }
    expect(saved()).toEqual(before)
  })
})

describe('bilan.modeles.supprimer', () => {
  it('deletes an imported form, and only an imported one', async () => {
    const id = t.call('bilan.modeles.list').find((m) => m.origine === 'importe')!.id
    expect(t.call('bilan.modeles.supprimer', { id })).toEqual({ id, titre: 'Bilan CLAS – Caf de l’Ain' })
    expect(existsSync(join(modeles(), id))).toBe(false)
    expect(t.call('bilan.modeles.list').some((m) => m.id === id)).toBe(false)

    expect(await refusal('bilan.modeles.supprimer', { id: 'caf01-2025-2026' })).toMatchObject({ code: 'validation', field: 'id', message: expect.stringMatching(/fourni avec l'application/) })
    expect(existsSync(join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx'))).toBe(true)
    expect(await refusal('bilan.modeles.supprimer', { id })).toMatchObject({ code: 'not_found', field: 'id' })
  })
})
