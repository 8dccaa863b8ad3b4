import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import type { CallInput } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
let second: { id: string }
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 2)
  second = t.call('collectifs.save', {
    nom: '6e-5e lundi-jeudi', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [],
    creneaux: [{ jour: 1, heureDebut: '17:00', dureeMinutes: 90 }], intervenantIds: [],
  })
})
afterEach(() => t.cleanup())

const withoutDate = <T extends { exporteLe?: string }>({ exporteLe: _e, ...doc }: T) => doc

function tne(over: Partial<CallInput<'projetsBonus.save'>> = {}): CallInput<'projetsBonus.save'> {
  return {
    type: 'tne', intitule: 'Ateliers Pronote', collectifIds: [seed.collectif.id, second.id], touteAnnee: true,
    depenses: [
      { nature: 'materiel', libelle: 'Tablettes', montantEuros: 1250 },
      { nature: 'intervenants_exterieurs', libelle: 'Médiatrice numérique', montantEuros: 312.5 },
    ],
    ...over,
  }
}

function refusal(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call was accepted')
}

describe('projetsBonus.save and list', () => {
  it('creates a project, gives it back as saved, and lands it in the export', () => {
    const saved = t.call('projetsBonus.save', tne())
    expect(saved).toEqual({ id: saved.id, ...tne() })
    expect(t.call('projetsBonus.list')).toEqual([saved])
    expect(t.call('echange.export').projetsBonus).toEqual([saved])
  })

  it('edits in place: same id, collectifs and expenses replaced in the order given', () => {
    const first = t.call('projetsBonus.save', tne())
    const edited = t.call('projetsBonus.save', {
      id: first.id, type: 'parents', intitule: 'Café des parents numérique', collectifIds: [second.id], touteAnnee: false,
      depenses: [
        { nature: 'autre', libelle: 'Goûters', montantEuros: 45.9 },
        { nature: 'materiel', libelle: 'Tablettes', montantEuros: 1250 },
        { nature: 'sorties_culturelles', libelle: 'Médiathèque', montantEuros: 0 },
      ],
    })
    expect(edited.id).toBe(first.id)
    expect(t.call('projetsBonus.list')).toEqual([edited])
    expect(edited.depenses.map((d) => d.libelle)).toEqual(['Goûters', 'Tablettes', 'Médiathèque'])
    expect(edited.collectifIds).toEqual([second.id])
    expect(tableCounts(t)).toMatchObject({ projets_bonus: 1, projet_bonus_collectifs: 1, depenses: 3 })
  })

  it('keeps a project without collectif nor expense', () => {
    const saved = t.call('projetsBonus.save', tne({ collectifIds: [], depenses: [] }))
    expect(t.call('projetsBonus.list')).toEqual([saved])
    expect(saved).toMatchObject({ collectifIds: [], depenses: [] })
  })

  it('lists the projects by intitulé', () => {
    t.call('projetsBonus.save', tne({ intitule: 'Théâtre', type: 'enfants' }))
    t.call('projetsBonus.save', tne({ intitule: 'Atelier ENT' }))
    expect(t.call('projetsBonus.list').map((p) => p.intitule)).toEqual(['Atelier ENT', 'Théâtre'])
  })

  it('says in French that a project deleted meanwhile cannot be saved', () => {
    const saved = t.call('projetsBonus.save', tne())
    t.call('projetsBonus.supprimer', { id: saved.id })
    const counts = tableCounts(t)
    const error = refusal(() => t.call('projetsBonus.save', { ...tne(), id: saved.id }))
    expect(error.code).toBe('not_found')
    expect(error.message).toBe('Projet bonus introuvable : il a peut-être été supprimé.')
    expect(tableCounts(t)).toEqual(counts)
  })

  it('refuses a collectif or a project of another school year, and writes nothing', () => {
    const old = t.call('projetsBonus.save', tne())
    // A new year imported: it becomes the current one, and last year's collectifs stay behind.
    const doc = t.call('echange.export')
    t.call('echange.import', {
      document: {
        ...doc, anneeScolaire: { ...doc.anneeScolaire, libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' },
        collectifs: [], enfants: [], seances: [], actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
      },
    })
    expect(t.call('projetsBonus.list')).toEqual([])
    const before = tableCounts(t)
    const collectif = refusal(() => t.call('projetsBonus.save', tne()))
    expect([collectif.code, collectif.field]).toEqual(['conflict', 'collectifIds[0]'])
    expect(collectif.message).toMatch(/appartient à une autre année scolaire que 2026-2027/)
    const projet = refusal(() => t.call('projetsBonus.save', { ...tne({ collectifIds: [] }), id: old.id }))
    expect([projet.code, projet.field]).toEqual(['conflict', 'id'])
    const suppression = refusal(() => t.call('projetsBonus.supprimer', { id: old.id }))
    expect(suppression.code).toBe('conflict')
    expect(suppression.message).toMatch(/autre année scolaire que 2026-2027/)
    expect(tableCounts(t)).toEqual(before)
  })
})

describe('projetsBonus.supprimer and annulation.annuler', () => {
  it('deletes the project with its collectifs and expenses; the undo gives back the same export', () => {
    t.call('projetsBonus.save', tne({ intitule: 'Théâtre', type: 'enfants', depenses: [{ nature: 'sorties_culturelles', libelle: 'Spectacle', montantEuros: 180 }] }))
    const projet = t.call('projetsBonus.save', tne())
    const before = withoutDate(t.call('echange.export'))
    const counts = tableCounts(t)

    const undo = t.call('projetsBonus.supprimer', { id: projet.id })
    expect(undo.libelle).toBe('le projet bonus « Ateliers Pronote »')
    expect(t.call('projetsBonus.list').map((p) => p.intitule)).toEqual(['Théâtre'])
    expect(tableCounts(t)).toMatchObject({ projets_bonus: 1, projet_bonus_collectifs: 2, depenses: 1 })

    expect(t.call('annulation.annuler', { jeton: undo.jeton })).toEqual({ libelle: undo.libelle })
    expect(tableCounts(t)).toEqual(counts)
    expect(withoutDate(t.call('echange.export'))).toEqual(before)
  })

  it('says in French that an unknown project cannot be found, and writes nothing', () => {
    const counts = tableCounts(t)
    const error = refusal(() => t.call('projetsBonus.supprimer', { id: 'projet-inconnu' }))
    expect(error.code).toBe('not_found')
    expect(error.message).toBe('Projet bonus introuvable : il a peut-être été supprimé.')
    expect(tableCounts(t)).toEqual(counts)
  })
})
