import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { nameScore, searchWords } from '../../shared/domain/name-search'

const score = (typed: string, name: string) => nameScore(searchWords(typed), name)

describe('nameScore: every word typed, in any order, case and accents aside', () => {
  it('finds a name from the starts of its words, in either order', () => {
    expect(score('ines dia', 'Inès Diallo')).toBeGreaterThan(0)
    expect(score('dia ines', 'Inès Diallo')).toBeGreaterThan(0)
    expect(score('INÈS', 'Ines Diallo')).toBeGreaterThan(0)
    expect(score('ÉLODIE', 'elodie Roux')).toBeGreaterThan(0)
  })

  it('needs every word typed', () => {
    expect(score('ines martin', 'Inès Diallo')).toBe(0)
    expect(score('inès diallo x', 'Inès Diallo')).toBe(0)
  })

  it('ranks a whole word above a word start, and a word start above a middle', () => {
    expect(score('diallo', 'Inès Diallo')).toBeGreaterThan(score('dial', 'Inès Diallo'))
    expect(score('dial', 'Inès Diallo')).toBeGreaterThan(score('all', 'Inès Diallo'))
    expect(score('all', 'Inès Diallo')).toBeGreaterThan(0)
  })

  it('matches one or two letters only at the start of a word', () => {
    expect(score('d', 'Inès Diallo')).toBeGreaterThan(0)
    expect(score('l', 'Inès Diallo')).toBe(0)
    expect(score('al', 'Inès Diallo')).toBe(0)
  })

  it('reads hyphens and apostrophes as the person may type them', () => {
    expect(score('jean baptiste', 'Jean-Baptiste Roux')).toBeGreaterThan(0)
    expect(score('jeanbaptiste', 'Jean-Baptiste Roux')).toBeGreaterThan(0)
    expect(score('ndiaye', "Awa N'Diaye")).toBeGreaterThan(0)
    expect(score("n'diaye", 'Awa NDiaye')).toBeGreaterThan(0)
    expect(score('coeur', 'Lina Sacré-Cœur')).toBeGreaterThan(0)
  })

  it('finds nothing for nothing typed', () => {
    expect(searchWords('  - ’ ')).toEqual([])
    expect(nameScore([], 'Inès Diallo')).toBe(0)
  })
})

describe('recherche.globale', () => {
  let t: TestWorkspace
  let seed: ReturnType<typeof seedAssociation>
  beforeEach(() => {
    t = tempWorkspace()
    seed = seedAssociation(t, 2)
  })
  afterEach(() => t.cleanup())

  function addDiallos() {
    const famille = t.call('familles.save', { nom: 'Diallo' })
    const ines = t.call('enfants.save', { prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', familleId: famille.id, inscriptions: [{ collectifId: seed.collectif.id, du: '2025-11-03' }] })
    const yanis = t.call('enfants.save', { prenom: 'Yanis', nom: 'Diallo', niveau: '6E', familleId: famille.id, inscriptions: [] })
    const mamadou = t.call('intervenants.save', { prenom: 'Mamadou', nom: 'Diallo', statut: 'benevole' })
    return { famille, ines, yanis, mamadou }
  }

  it('finds children, families and intervenants, each with its detail and its page', () => {
    const { famille, ines, yanis, mamadou } = addDiallos()
    const { resultats, autres } = t.call('recherche.globale', { texte: 'diallo' })
    expect(autres).toBe(0)
    expect(resultats).toEqual([
      { kind: 'enfant', id: ines.id, label: 'Inès Diallo', detail: 'CM1 · CM1-CM2 mardi-jeudi', path: `/enfants/${ines.id}` },
      { kind: 'enfant', id: yanis.id, label: 'Yanis Diallo', detail: '6e · non inscrit', path: `/enfants/${yanis.id}` },
      { kind: 'famille', id: famille.id, label: 'Diallo', detail: '2 enfants', path: `/familles/${famille.id}` },
      { kind: 'intervenant', id: mamadou.id, label: 'Mamadou Diallo', detail: 'Bénévole', path: `/equipe/intervenants/${mamadou.id}` },
    ])
  })

  it('takes the words in any order, accents and case aside, best match first', () => {
    const { ines } = addDiallos()
    expect(t.call('recherche.globale', { texte: 'ines dia' }).resultats.map((r) => r.label)).toEqual(['Inès Diallo'])
    expect(t.call('recherche.globale', { texte: 'DIALLO Inès' }).resultats.map((r) => r.id)).toEqual([ines.id])
    expect(t.call('recherche.globale', { texte: 'claire' }).resultats).toEqual([
      { kind: 'intervenant', id: seed.intervenants[0].id, label: 'Claire Martin', detail: 'Salarié', path: `/equipe/intervenants/${seed.intervenants[0].id}` },
    ])
    // « Diallo » whole beats « Dial… » started: the family named exactly so comes before the longer names.
    t.call('familles.save', { nom: 'Dialloux' })
    expect(t.call('recherche.globale', { texte: 'diallo' }).resultats.at(-1)?.label).toBe('Dialloux')
  })

  it('gives at most 20 results and says how many more there are', () => {
    for (let i = 0; i < 23; i++) t.call('familles.save', { nom: `Martin ${String(i + 1).padStart(2, '0')}` })
    const { resultats, autres } = t.call('recherche.globale', { texte: 'martin' })
    // 23 families and the intervenante Claire Martin, all as good: children first, then families, then the team.
    expect(resultats).toHaveLength(20)
    expect(autres).toBe(4)
    expect([resultats[0].label, resultats[19].label]).toEqual(['Martin 01', 'Martin 20'])
  })

  it('answers nothing for an empty search, without needing anything else', () => {
    expect(t.call('recherche.globale', { texte: '   ' })).toEqual({ resultats: [], autres: 0 })
  })

  it('leaves out the children of past years only', () => {
    addDiallos()
    const doc = t.call('echange.export')
    t.call('echange.import', {
      document: {
        ...doc, anneeScolaire: { ...doc.anneeScolaire, libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' },
        collectifs: [], enfants: [], seances: [], actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
      },
    })
    const labels = t.call('recherche.globale', { texte: 'diallo' }).resultats.map((r) => r.label)
    expect(labels).not.toContain('Inès Diallo')
    expect(labels).toContain('Mamadou Diallo')
  })
})

describe('recherche.globale: beyond people, the collectifs, schools, lieux, partners and actions with parents', () => {
  let t: TestWorkspace
  let seed: ReturnType<typeof seedAssociation>
  beforeEach(() => {
    t = tempWorkspace()
    seed = seedAssociation(t, 1)
  })
  afterEach(() => t.cleanup())

  const find = (texte: string) => t.call('recherche.globale', { texte }).resultats.map((r) => [r.kind, r.label, r.detail, r.path])

  it('finds a collectif, a school and a lieu by their names', () => {
    expect(find('cm1 mardi')).toEqual([['collectif', 'CM1-CM2 mardi-jeudi', 'Primaire · Local du Vieux Moulin', `/collectifs/${seed.collectif.id}`]])
    expect(find('jean moulin')).toEqual([['etablissement', 'École Jean Moulin', 'École · Bourg-en-Bresse', '/lieux-etablissements']])
    expect(find('vieux moulin')).toEqual([['lieu', 'Local du Vieux Moulin', 'Local associatif · Bourg-en-Bresse', '/lieux-etablissements']])
  })

  it('finds a partner once however many concertations name it, opening the latest; and an action by its title or objective', () => {
    const first = t.call('concertations.save', { date: '2025-10-10', avec: 'territoire', partenaire: 'Médiathèque Vailland', type: 'reunion_amont', formalise: false })
    const last = t.call('concertations.save', { date: '2026-01-15', avec: 'territoire', partenaire: 'MEDIATHEQUE  vailland', type: 'reunion_amont', formalise: false })
    expect(first.id).not.toBe(last.id)
    expect(find('mediatheque')).toEqual([['partenaire', 'Médiathèque Vailland', '2 concertations, la dernière le 15/01/2026', `/concertations/${last.id}`]])

    const action = t.call('actionsParents.save', { date: '2025-12-12', objectifs: ['convivialite'], collectifIds: [], nbParents: 8, intitule: 'Goûter de Noël' })
    expect(find('gouter noel')).toEqual([['action', 'Goûter de Noël', 'le 12/12/2025', `/actions-parents/${action.id}`]])
    expect(find('convivialité')[0]).toEqual(['action', 'Goûter de Noël', 'le 12/12/2025', `/actions-parents/${action.id}`])
  })
})
