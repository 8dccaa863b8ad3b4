import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import type { CallInput } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 2)
})
afterEach(() => t.cleanup())

const withoutDate = <T extends { exporteLe?: string }>({ exporteLe: _e, ...doc }: T) => doc

function famille(nom: string) {
  return t.call('familles.save', { nom })
}

function cafe(over: Partial<CallInput<'actionsParents.save'>> = {}): CallInput<'actionsParents.save'> {
  return {
    date: '2025-11-20', dureeMinutes: 90, objectifs: ['information_inscription', 'convivialite'], format: 'cafe_parents',
    collectifIds: [seed.collectif.id], nbParents: 7, intitule: 'Café de rentrée', ...over,
  }
}

/** The refusal a call ends in: its code, field and message. */
function refusal(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call was accepted')
}

describe('actionsParents.save, get and list', () => {
  it('creates an action, gives it back as saved, and lands it in the export', () => {
    const diallo = famille('Diallo')
    const saved = t.call('actionsParents.save', cafe({ familleIds: [diallo.id], nbEnfants: 4, bonus: 'parents', note: 'Goûter partagé' }))
    expect(saved).toEqual({ id: saved.id, ...cafe(), familleIds: [diallo.id], nbEnfants: 4, bonus: 'parents', note: 'Goûter partagé' })
    expect(t.call('actionsParents.get', { id: saved.id })).toEqual(saved)
    expect(t.call('echange.export').actionsParents).toEqual([saved])
  })

  it('edits in place: same id, new values, lists replaced, optional fields cleared', () => {
    const [a, b] = [famille('Diallo'), famille('Martin')]
    const first = t.call('actionsParents.save', cafe({ familleIds: [a.id, b.id], nbEnfants: 3, note: 'à revoir' }))
    const edited = t.call('actionsParents.save', {
      id: first.id, date: '2025-12-02', objectifs: ['codes_ecole'], format: 'reunion', collectifIds: [], familleIds: [b.id], nbParents: 11,
    })
    expect(edited).toEqual({ id: first.id, date: '2025-12-02', objectifs: ['codes_ecole'], format: 'reunion', collectifIds: [], familleIds: [b.id], nbParents: 11 })
    expect(t.call('actionsParents.list')).toEqual([edited])
  })

  it('keeps « familles not recorded » apart from « no famille »', () => {
    const sans = t.call('actionsParents.save', cafe())
    const aucune = t.call('actionsParents.save', cafe({ familleIds: [] }))
    expect(t.call('actionsParents.get', { id: sans.id })).not.toHaveProperty('familleIds')
    expect(t.call('actionsParents.get', { id: aucune.id }).familleIds).toEqual([])
  })

  it('counts an objective ticked twice once', () => {
    const saved = t.call('actionsParents.save', cafe({ objectifs: ['convivialite', 'codes_ecole', 'convivialite'] }))
    expect(saved.objectifs).toEqual(['convivialite', 'codes_ecole'])
  })

  it('lists the most recent first', () => {
    const nov = t.call('actionsParents.save', cafe({ date: '2025-11-20' }))
    const mars = t.call('actionsParents.save', cafe({ date: '2026-03-10' }))
    const sept = t.call('actionsParents.save', cafe({ date: '2025-09-12' }))
    expect(t.call('actionsParents.list').map((a) => a.id)).toEqual([mars.id, nov.id, sept.id])
  })

  it('says in French that an unknown action cannot be found', () => {
    const error = refusal(() => t.call('actionsParents.get', { id: 'action-inconnue' }))
    expect(error.code).toBe('not_found')
    expect(error.message).toBe('Action avec les parents introuvable : elle a peut-être été supprimée.')
  })
})

describe('actionsParents.save refuses, naming the field, and writes nothing', () => {
  const cases: [string, () => CallInput<'actionsParents.save'>, string, RegExp][] = [
    ['a date before the year', () => cafe({ date: '2025-08-31' }), 'date', /^date : l'action doit tomber dans l'année scolaire 2025-2026 \(du lundi 1 septembre 2025 au vendredi 3 juillet 2026\)$/],
    ['a date after the year', () => cafe({ date: '2026-07-04' }), 'date', /année scolaire 2025-2026/],
    ['an unknown collectif', () => cafe({ collectifIds: [seed.collectif.id, 'collectif-inconnu'] }), 'collectifIds[1]', /^collectifIds\[1\] : « collectif-inconnu » ne correspond à aucun collectif$/],
    ['an unknown famille', () => cafe({ familleIds: ['famille-inconnue'] }), 'familleIds[0]', /^familleIds\[0\] : « famille-inconnue » ne correspond à aucune? famille$/],
    ['no objective', () => cafe({ objectifs: [] }), 'objectifs', /au moins un objectif/],
  ]
  for (const [what, input, field, message] of cases) {
    it(what, () => {
      t.call('actionsParents.save', cafe({ date: '2025-10-01' }))
      const before = tableCounts(t)
      const snapshot = withoutDate(t.call('echange.export'))
      const error = refusal(() => t.call('actionsParents.save', input()))
      expect(error.code).toBe('validation')
      expect(error.field).toBe(field)
      expect(error.message).toMatch(message)
      expect(tableCounts(t)).toEqual(before)
      expect(withoutDate(t.call('echange.export'))).toEqual(snapshot)
    })
  }

  it('refuses a collectif or an action of another school year', () => {
    const old = t.call('actionsParents.save', cafe())
    // A new year imported: it becomes the current one, and last year's collectif stays behind.
    const doc = t.call('echange.export')
    t.call('echange.import', {
      document: {
        ...doc, anneeScolaire: { ...doc.anneeScolaire, libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' },
        collectifs: [], enfants: [], seances: [], actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
      },
    })
    const before = tableCounts(t)
    const collectif = refusal(() => t.call('actionsParents.save', cafe({ date: '2026-11-19' })))
    expect([collectif.code, collectif.field]).toEqual(['conflict', 'collectifIds[0]'])
    expect(collectif.message).toMatch(/appartient à une autre année scolaire que 2026-2027/)
    const action = refusal(() => t.call('actionsParents.save', { ...cafe({ date: '2026-11-19', collectifIds: [] }), id: old.id }))
    expect([action.code, action.field]).toEqual(['conflict', 'id'])
    expect(tableCounts(t)).toEqual(before)
    expect(t.call('actionsParents.list')).toEqual([])
  })
})

describe('actionsParents.supprimer and annulation.annuler', () => {
  it('deletes the action with its links, and the undo gives back the same export', () => {
    const [a, b] = [famille('Diallo'), famille('Martin')]
    t.call('actionsParents.save', cafe({ date: '2025-10-02', intitule: undefined, format: 'reunion' }))
    const action = t.call('actionsParents.save', cafe({ familleIds: [a.id, b.id], nbEnfants: 5, bonus: 'tne' }))
    const before = withoutDate(t.call('echange.export'))
    const counts = tableCounts(t)

    const undo = t.call('actionsParents.supprimer', { id: action.id })
    expect(undo.libelle).toBe("l'action « Café de rentrée » du jeudi 20 novembre 2025")
    expect(t.call('actionsParents.list').map((x) => x.id)).not.toContain(action.id)
    expect(tableCounts(t)).toMatchObject({ action_parents_collectifs: 1, action_parents_familles: 0 })

    expect(t.call('annulation.annuler', { jeton: undo.jeton })).toEqual({ libelle: undo.libelle })
    expect(tableCounts(t)).toEqual(counts)
    expect(withoutDate(t.call('echange.export'))).toEqual(before)
  })

  it('names an action without intitulé by its format, or by nothing', () => {
    const reunion = t.call('actionsParents.save', cafe({ intitule: undefined, format: 'reunion', date: '2025-12-01' }))
    const nue = t.call('actionsParents.save', cafe({ intitule: '  ', format: undefined, date: '2025-12-02' }))
    expect(t.call('actionsParents.supprimer', { id: reunion.id }).libelle).toBe("l'action « Réunion » du lundi 1 décembre 2025")
    expect(t.call('actionsParents.supprimer', { id: nue.id }).libelle).toBe("l'action avec les parents du mardi 2 décembre 2025")
  })

  it('refuses to delete an unknown action and writes nothing', () => {
    t.call('actionsParents.save', cafe())
    const counts = tableCounts(t)
    expect(refusal(() => t.call('actionsParents.supprimer', { id: 'action-inconnue' })).code).toBe('not_found')
    expect(tableCounts(t)).toEqual(counts)
  })
})
