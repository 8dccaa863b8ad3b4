import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { holidayOn } from '../../shared/calendar/school-calendar'
import { publicHolidayOn } from '../../shared/calendar/public-holidays'
import { niveauSuivant } from '../../shared/annee-suivante/niveau-suivant'
import { buildDemoDocument } from '../demo/build-demo'
import { ANNEE, seedAssociation, STRUCTURE } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
afterEach(() => t.cleanup())

const rows = (sql: string, ...params: unknown[]) => t.workspace.context().sqlite.prepare(sql).all(...params) as Record<string, unknown>[]
const one = (sql: string, ...params: unknown[]) => t.workspace.context().sqlite.prepare(sql).get(...params) as Record<string, unknown>
const anneeId = (libelle: string) => one('SELECT id FROM annees_scolaires WHERE libelle = ?', libelle).id as string

/** Tables whose rows belong to one year, directly or through a collectif or séance. */
const YEAR_TABLES = [
  'collectifs', 'creneaux', 'collectif_etablissements', 'collectif_intervenants', 'inscriptions', 'seances', 'presences', 'seance_intervenants',
  'actions_parents', 'action_parents_collectifs', 'action_parents_familles', 'concertations', 'formations', 'formation_intervenants',
  'projets_bonus', 'projet_bonus_collectifs', 'depenses', 'reponses', 'budget_lignes', 'budget_parametres', 'bilan_corrections',
]
/** Shared by every year: carried as they are, never copied. */
const SHARED_TABLES = ['structure', 'lieux', 'etablissements', 'intervenants', 'familles', 'enfants']

const dump = (table: string) => new Set(rows(`SELECT * FROM "${table}"`).map((r) => JSON.stringify(r)))

describe('starting the next year of the demonstration association', () => {
  beforeEach(() => {
    t = tempWorkspace('2026-06-20')
    t.call('echange.import', { document: buildDemoDocument() })
    t.call('budget.enregistrer', { lignes: [{ poste: 'commune', previsionnelCentimes: 150_000 }] })
    t.call('bilan.reponses.enregistrer', { questionId: 'suggestions_caf', texte: 'Un second local le mercredi.' })
  })

  it('carries the collectifs, their séances and the children, and nothing else; the past year stays as it was', () => {
    const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'").map((r) => r.name as string)
    for (const table of YEAR_TABLES) expect(tables).toContain(table)
    const before = Object.fromEntries([...YEAR_TABLES, ...SHARED_TABLES].map((table) => [table, dump(table)]))
    const niveaux = new Map(rows('SELECT id, niveau FROM enfants').map((r) => [r.id as string, r.niveau as string]))
    const proposition = t.call('anneeSuivante.preparer')
    expect(proposition).toMatchObject({ anneeCourante: '2025-2026', libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03', vacancesConnues: true, dejaCreee: false })
    expect(proposition.enfants.length).toBeGreaterThan(10)

    const done = t.call('anneeSuivante.demarrer', { libelle: '2026-2027' })
    const leavers = proposition.enfants.filter((e) => !e.reconduit)
    expect(done).toMatchObject({ libelle: '2026-2027', collectifs: proposition.collectifs.length, enfants: proposition.enfants.length - leavers.length, partis: leavers.length })
    expect(done.seances).toBeGreaterThan(0)

    // The past year's rows are all still there, unchanged: what was added belongs to the new year.
    const nouvelle = anneeId('2026-2027')
    for (const table of YEAR_TABLES) {
      const after = dump(table)
      for (const row of before[table]) expect(after.has(row), `${table}: ${row.slice(0, 80)}`).toBe(true)
    }
    // Nothing of the year's activity is carried: no register, action, concertation, formation, bonus project, budget or answer.
    for (const table of ['actions_parents', 'concertations', 'formations', 'projets_bonus', 'reponses', 'budget_lignes', 'budget_parametres', 'bilan_corrections']) {
      expect(one(`SELECT count(*) AS n FROM "${table}" WHERE annee_id = ?`, nouvelle).n, table).toBe(0)
    }
    const newSeances = rows('SELECT s.* FROM seances s JOIN collectifs c ON c.id = s.collectif_id WHERE c.annee_id = ?', nouvelle)
    expect(newSeances).toHaveLength(done.seances)
    expect(newSeances.every((s) => !s.annulee && s.motif_annulation === null && s.note === null)).toBe(true)
    expect(one('SELECT count(*) AS n FROM presences p JOIN seances s ON s.id = p.seance_id JOIN collectifs c ON c.id = s.collectif_id WHERE c.annee_id = ?', nouvelle).n).toBe(0)

    // Shared rows are not copied: lieux, schools, team (with statut), families, association.
    for (const table of SHARED_TABLES.filter((n) => n !== 'enfants')) expect(dump(table), table).toEqual(before[table])
    expect(one('SELECT count(*) AS n FROM enfants').n).toBe(before.enfants.size)

    // Each collectif once more, for the new year, with the same name, lieu, créneaux, schools and team.
    const old = t.call('collectifs.list', {})
    expect(old.map((c) => c.nom).sort()).toEqual(proposition.collectifs.map((c) => c.nom).sort())
    const previous = anneeId('2025-2026')
    for (const c of old) {
      expect(one('SELECT annee_id FROM collectifs WHERE id = ?', c.id).annee_id).toBe(nouvelle)
      const source = one('SELECT id FROM collectifs WHERE annee_id = ? AND nom = ?', previous, c.nom).id as string
      const shape = (id: string) => ({
        lieu: one('SELECT lieu_id, niveau FROM collectifs WHERE id = ?', id),
        creneaux: rows('SELECT position, jour, heure_debut, duree_minutes FROM creneaux WHERE collectif_id = ? ORDER BY position', id),
        ecoles: rows('SELECT etablissement_id, position FROM collectif_etablissements WHERE collectif_id = ? ORDER BY position', id),
        equipe: rows('SELECT intervenant_id, position FROM collectif_intervenants WHERE collectif_id = ? ORDER BY position', id),
      })
      expect(shape(c.id)).toEqual(shape(source))
    }

    // Children one level up, each in the new copy of their collectif; leavers enrolled nowhere this year.
    for (const e of proposition.enfants) {
      const now = one('SELECT niveau FROM enfants WHERE id = ?', e.enfantId).niveau
      const enrolled = rows('SELECT c.nom, i.du, i.au FROM inscriptions i JOIN collectifs c ON c.id = i.collectif_id WHERE i.enfant_id = ? AND c.annee_id = ?', e.enfantId, nouvelle)
      if (!e.reconduit) {
        expect(now).toBe(niveaux.get(e.enfantId))
        expect(enrolled).toEqual([])
        continue
      }
      expect(now).toBe(niveauSuivant(niveaux.get(e.enfantId) as never))
      expect(enrolled.every((i) => i.du === '2026-09-01' && i.au === null)).toBe(true)
      expect(enrolled.map((i) => i.nom).sort()).toEqual(e.collectifProposeIds.map((id) => proposition.collectifs.find((c) => c.id === id)!.nom).sort())
    }

    // The new year is the current one; the answers of last year are offered, not copied.
    expect(t.call('app.status').annee?.libelle).toBe('2026-2027')
    const precedentes = t.call('anneeSuivante.reponsesPrecedentes')
    expect(precedentes.libelle).toBe('2025-2026')
    expect(precedentes.reponses.suggestions_caf).toBe('Un second local le mercredi.')
    expect(Object.keys(precedentes.reponses).length).toBe(one("SELECT count(*) AS n FROM reponses WHERE annee_id = ? AND trim(texte) <> ''", previous).n)
    expect(t.call('budget.lire').budget.lignes).toHaveLength(0)
  })

  it("plans the new year's séances around the zone's school holidays and public holidays of that year", () => {
    const { zone, planification } = t.call('anneeSuivante.preparer')
    t.call('anneeSuivante.demarrer', { libelle: '2026-2027' })
    const dates = rows('SELECT s.date FROM seances s JOIN collectifs c ON c.id = s.collectif_id WHERE c.annee_id = ?', anneeId('2026-2027')).map((r) => r.date as string)
    expect(dates.length).toBeGreaterThan(0)
    for (const d of dates) {
      expect(d >= planification.du && d <= planification.au).toBe(true)
      expect(holidayOn(zone, d).periode, d).toBeNull()
      expect(publicHolidayOn(d), d).toBeNull()
    }
    // Zone A (the demonstration's) has its winter holidays from 13 to 28 February 2027, zone B's follow.
    expect(zone).toBe('A')
    expect(dates.some((d) => d >= '2027-02-13' && d <= '2027-02-28')).toBe(false)
    expect(dates.some((d) => d >= '2027-03-01' && d <= '2027-03-07')).toBe(true)
  })

  it('refuses to start the same year twice, and a year that does not follow', () => {
    t.call('anneeSuivante.demarrer', { libelle: '2026-2027' })
    // The current year is now 2026-2027: its next is 2027-2028.
    expect(() => t.call('anneeSuivante.demarrer', { libelle: '2026-2027' })).toThrow(/l'année qui suit 2026-2027 est 2027-2028/)
    // Back on 2025-2026 (as a year switcher would), its next year is there already: said, and nothing written.
    t.workspace.context().sqlite.prepare('UPDATE annees_scolaires SET courante = (libelle = ?)').run('2025-2026')
    expect(t.call('anneeSuivante.preparer').dejaCreee).toBe(true)
    const collectifs = one('SELECT count(*) AS n FROM collectifs').n
    expect(() => t.call('anneeSuivante.demarrer', { libelle: '2026-2027' })).toThrow(/L'année scolaire 2026-2027 existe déjà dans cette base/)
    expect(one('SELECT count(*) AS n FROM collectifs').n).toBe(collectifs)
  })
})

describe('the coordinator\'s choices', () => {
  beforeEach(() => {
    t = tempWorkspace('2026-06-20')
  })

  function setUp() {
    const seed = seedAssociation(t, 0)
    const college = t.call('collectifs.save', {
      nom: 'Collège lundi', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [],
      creneaux: [{ jour: 1, heureDebut: '17:00', dureeMinutes: 90 }], intervenantIds: [seed.intervenants[0].id],
    })
    const lycee = t.call('collectifs.save', { nom: 'Lycée', niveau: 'lycee', lieuId: seed.lieu.id, etablissementIds: [], creneaux: [], intervenantIds: [] })
    const child = (prenom: string, niveau: string, collectifId: string) =>
      t.call('enfants.save', { prenom, nom: 'Test', niveau: niveau as never, inscriptions: [{ collectifId, du: '2025-11-03' }] })
    const kids = {
      cm1: child('Ada', 'CM1', seed.collectif.id),
      cm2: child('Bilal', 'CM2', seed.collectif.id),
      autre: child('Chloé', 'AUTRE', seed.collectif.id),
      decide: child('Dylan', 'CE2', seed.collectif.id),
      moved: child('Emma', 'CM1', seed.collectif.id),
      troisieme: child('Farid', '3E', college.id),
      terminale: child('Gaëlle', 'TLE', lycee.id),
      redouble: child('Hugo', 'TLE', lycee.id),
    }
    return { seed, college, lycee, kids }
  }

  it('proposes the next level, the collège collectif after CM2, and lets the coordinator untick and move children', () => {
    const { seed, college, lycee, kids } = setUp()
    const p = t.call('anneeSuivante.preparer')
    const of = (id: string) => p.enfants.find((e) => e.enfantId === id)!
    expect(of(kids.cm1.id)).toMatchObject({ niveau: 'CM1', niveauSuivant: 'CM2', reconduit: true, collectifProposeIds: [seed.collectif.id] })
    expect(of(kids.cm2.id)).toMatchObject({ niveau: 'CM2', niveauSuivant: '6E', reconduit: true, collectifProposeIds: [college.id] })
    expect(of(kids.cm2.id).motif).toContain('Passe au collège : proposé dans « Collège lundi »')
    expect(of(kids.autre.id)).toMatchObject({ niveauSuivant: 'AUTRE', reconduit: true })
    expect(of(kids.troisieme.id)).toMatchObject({ niveauSuivant: '2NDE', collectifProposeIds: [lycee.id] })
    expect(of(kids.terminale.id)).toMatchObject({ niveauSuivant: null, reconduit: false })

    const done = t.call('anneeSuivante.demarrer', {
      libelle: '2026-2027',
      choix: [
        { enfantId: kids.decide.id, reconduit: false },
        { enfantId: kids.moved.id, reconduit: true, collectifId: college.id },
        { enfantId: kids.redouble.id, reconduit: true },
      ],
    })
    expect(done).toMatchObject({ collectifs: 3, enfants: 6, partis: 2 })

    const where = (id: string) => t.call('enfants.get', { id })
    const nom = new Map(t.call('collectifs.list', {}).map((c) => [c.id, c.nom]))
    const placed = (id: string) => where(id).inscriptions.map((i) => nom.get(i.collectifId))
    expect(where(kids.cm1.id).niveau).toBe('CM2')
    expect(placed(kids.cm1.id)).toEqual(['CM1-CM2 mardi-jeudi'])
    expect(where(kids.cm2.id).niveau).toBe('6E')
    expect(placed(kids.cm2.id)).toEqual(['Collège lundi'])
    expect(where(kids.autre.id).niveau).toBe('AUTRE')
    expect(placed(kids.moved.id)).toEqual(['Collège lundi'])
    expect(where(kids.moved.id).niveau).toBe('CM2')
    expect(placed(kids.troisieme.id)).toEqual(['Lycée'])
    expect(where(kids.redouble.id).niveau).toBe('TLE')
    expect(placed(kids.redouble.id)).toEqual(['Lycée'])
    // The unticked child and the one who finished terminale keep their level and are in no collectif of the new year.
    for (const gone of [kids.decide, kids.terminale]) {
      const n = one('SELECT count(*) AS n FROM inscriptions i JOIN collectifs c ON c.id = i.collectif_id WHERE i.enfant_id = ? AND c.annee_id = ?', gone.id, anneeId('2026-2027')).n
      expect(n).toBe(0)
    }
    expect(one('SELECT niveau FROM enfants WHERE id = ?', kids.decide.id).niveau).toBe('CE2')
    // A collectif without créneau is carried with no séance planned.
    const lyceeNew = t.call('collectifs.list', {}).find((c) => c.nom === 'Lycée')!
    expect(lyceeNew.seancesPrevues).toBe(0)
  })

  it('proposes, after CM2, the collège collectif of the same lieu that holds this year\'s 6e', () => {
    const { seed, college } = setUp()
    const sixieme = t.call('collectifs.save', { nom: 'Collège sixième', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [], creneaux: [], intervenantIds: [] })
    t.call('enfants.save', { prenom: 'Inès', nom: 'Test', niveau: '6E', inscriptions: [{ collectifId: sixieme.id, du: '2025-11-03' }] })
    const ailleurs = t.call('lieux.save', { nom: 'Autre local', adresse: '1 rue', commune: 'Bourg-en-Bresse', typeLocal: 'municipal' })
    const primaireAilleurs = t.call('collectifs.save', { nom: 'Primaire ailleurs', niveau: 'primaire', lieuId: ailleurs.id, etablissementIds: [], creneaux: [], intervenantIds: [] })
    const loin = t.call('enfants.save', { prenom: 'Jade', nom: 'Test', niveau: 'CM2', inscriptions: [{ collectifId: primaireAilleurs.id, du: '2025-11-03' }] })
    const p = t.call('anneeSuivante.preparer')
    const cm2 = p.enfants.find((e) => e.prenom === 'Bilal')!
    expect(cm2.collectifProposeIds).toEqual([sixieme.id])
    expect(cm2.collectifProposeIds).not.toContain(college.id)
    const parti = t.call('enfants.save', { prenom: 'Karl', nom: 'Test', niveau: 'CE1', inscriptions: [{ collectifId: seed.collectif.id, du: '2025-11-03', au: '2026-02-13' }] })
    const p2 = t.call('anneeSuivante.preparer')
    // Left in February: still proposed, with the date said.
    expect(p2.enfants.find((e) => e.enfantId === parti.id)).toMatchObject({ reconduit: true, motif: 'Inscription terminée le 13/02/2026.' })
    expect(p2.enfants.find((e) => e.prenom === 'Ada')!.motif).toBeUndefined()
    const sansCollege = p.enfants.find((e) => e.enfantId === loin.id)!
    expect(sansCollege.collectifProposeIds).toEqual([primaireAilleurs.id])
    expect(sansCollege.motif).toBe('Passe au collège : aucun collectif collège au même lieu, reste dans « Primaire ailleurs ».')
  })

  it('writes nothing when a choice names a child of no enrolment', () => {
    setUp()
    const before = rows('SELECT count(*) AS n FROM collectifs')
    expect(() => t.call('anneeSuivante.demarrer', { libelle: '2026-2027', choix: [{ enfantId: 'personne', reconduit: true }] })).toThrow(/n'est pas un enfant inscrit en 2025-2026/)
    expect(rows('SELECT count(*) AS n FROM collectifs')).toEqual(before)
    expect(t.call('app.status').annee?.libelle).toBe('2025-2026')
  })
})

describe('past the shipped school calendar', () => {
  it('says so and plans without holidays', () => {
    t = tempWorkspace('2028-06-20')
    t.call('setup.create', { structure: STRUCTURE, anneeScolaire: { ...ANNEE, libelle: '2027-2028', debut: '2027-09-01', fin: '2028-07-01' } })
    const lieu = t.call('lieux.save', { nom: 'Local', adresse: '1 rue', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' })
    t.call('collectifs.save', { nom: 'Mardi', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [], creneaux: [{ jour: 2, heureDebut: '17:00', dureeMinutes: 60 }], intervenantIds: [] })
    const p = t.call('anneeSuivante.preparer')
    expect(p).toMatchObject({ libelle: '2028-2029', vacancesConnues: false })
    expect(p.avertissement).toMatch(/calendrier scolaire 2028-2029 n'est pas livré/)
    const done = t.call('anneeSuivante.demarrer', { libelle: '2028-2029' })
    expect(done.avertissement).toBe(p.avertissement)
    const dates = rows('SELECT s.date FROM seances s JOIN collectifs c ON c.id = s.collectif_id WHERE c.annee_id = ?', anneeId('2028-2029')).map((r) => r.date as string)
    // Tuesday 26 December 2028 would fall in the Christmas holidays: not known, so planned.
    expect(dates).toContain('2028-12-26')
    // Public holidays are still left out: 1 May 2029 is a Tuesday.
    expect(dates).not.toContain('2029-05-01')
  })
})
