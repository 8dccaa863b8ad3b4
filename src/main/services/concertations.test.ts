import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { documentBuilder } from '../../../tests/helpers/echange-document'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { concertationWindow } from './concertations'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 1)
})
afterEach(() => t.cleanup())

/** The ApiError a call throws (fails the test when it does not throw one). */
function refusal(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call was expected to be refused')
}

const amont = () => ({ date: '2025-09-25', avec: 'ecole' as const, etablissementId: seed.ecole.id, type: 'reunion_amont' as const, formalise: true, note: 'Liste des enfants repérés' })
const mediatheque = () => ({ date: '2025-10-14', avec: 'territoire' as const, partenaire: '  Médiathèque municipale ', type: 'projet_commun' as const, formalise: false })

describe('concertations.save', () => {
  it('records a school meeting and a partner meeting, listed by date and exported as entered', () => {
    const partenaire = t.call('concertations.save', mediatheque())
    const ecole = t.call('concertations.save', amont())
    expect(partenaire).toEqual({ id: partenaire.id, date: '2025-10-14', avec: 'territoire', partenaire: 'Médiathèque municipale', type: 'projet_commun', formalise: false })
    expect(ecole).toEqual({ ...amont(), id: ecole.id })
    expect(t.call('concertations.list')).toEqual([ecole, partenaire])
    expect(t.call('echange.export').concertations).toEqual([ecole, partenaire])
    expect(t.call('concertations.get', { id: partenaire.id })).toEqual(partenaire)
  })

  it('keeps only what the kind of concertation uses, and updates in place', () => {
    const saved = t.call('concertations.save', { ...amont(), partenaire: 'Mairie' })
    expect(saved).not.toHaveProperty('partenaire')
    const moved = t.call('concertations.save', { ...saved, avec: 'territoire', partenaire: 'Centre social', note: '   ' })
    expect(moved).toEqual({ id: saved.id, date: saved.date, avec: 'territoire', partenaire: 'Centre social', type: 'reunion_amont', formalise: true })
    expect(t.call('concertations.list')).toEqual([moved])
  })

  it('refuses a school meeting without an existing établissement, naming the field, and writes nothing', () => {
    const before = tableCounts(t)
    const { etablissementId: _e, ...sansEtablissement } = amont()
    const missing = refusal(() => t.call('concertations.save', sansEtablissement))
    expect(missing.field).toBe('etablissementId')
    expect(missing.message).toBe("etablissementId : choisissez l'établissement scolaire rencontré")
    const unknown = refusal(() => t.call('concertations.save', { ...amont(), etablissementId: 'ecole-fermee' }))
    expect(unknown.field).toBe('etablissementId')
    expect(unknown.message).toMatch(/« ecole-fermee » ne correspond à aucun établissement/)
    expect(tableCounts(t)).toEqual(before)
  })

  it('refuses a partner meeting without a partner, even one made of spaces', () => {
    for (const partenaire of [undefined, '   ']) {
      const error = refusal(() => t.call('concertations.save', { ...mediatheque(), partenaire }))
      expect(error.field).toBe('partenaire')
      expect(error.message).toMatch(/^partenaire : indiquez le partenaire du territoire/)
    }
    expect(t.call('concertations.list')).toEqual([])
  })

  it('accepts a few months around the year and refuses a date further off', () => {
    // 2025-2026 runs from 1 September 2025 to 3 July 2026 in the seed.
    expect(concertationWindow({ debut: '2025-09-01', fin: '2026-07-03' })).toEqual({ du: '2025-05-01', au: '2026-10-03' })
    expect(concertationWindow({ debut: '2025-08-31', fin: '2026-05-31' })).toEqual({ du: '2025-04-30', au: '2026-08-31' })
    for (const date of ['2025-05-01', '2026-10-03']) expect(t.call('concertations.save', { ...amont(), date }).date).toBe(date)
    for (const date of ['2025-04-30', '2026-10-04', '2024-09-25']) {
      const error = refusal(() => t.call('concertations.save', { ...amont(), date }))
      expect(error.field).toBe('date')
      expect(error.message).toMatch(/trop loin de l'année scolaire 2025-2026 ; ses concertations tombent entre le 01\/05\/2025 et le 03\/10\/2026$/)
    }
    expect(t.call('concertations.list')).toHaveLength(2)
  })

  it('refuses to overwrite a concertation of another school year', () => {
    const old = t.call('concertations.save', amont())
    const next = documentBuilder({ libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
    next.etablissement({ id: seed.ecole.id, nom: 'École Jean Moulin', commune: 'Bourg-en-Bresse' })
    t.call('echange.import', { document: next.build() })
    expect(t.call('concertations.list')).toEqual([])
    const error = refusal(() => t.call('concertations.save', { ...old, date: '2026-09-20' }))
    expect(error.code).toBe('conflict')
    expect(error.field).toBe('id')
    expect(refusal(() => t.call('concertations.get', { id: old.id })).code).toBe('not_found')
  })
})

describe('concertations.supprimer', () => {
  it('deletes, names what it deleted, and puts it back once on undo', () => {
    const kept = t.call('concertations.save', mediatheque())
    const gone = t.call('concertations.save', { ...amont(), type: 'reunion_bilan', date: '2026-06-16' })
    const undo = t.call('concertations.supprimer', { id: gone.id })
    expect(undo.libelle).toBe('la concertation « Réunion bilan » du mardi 16 juin 2026 avec École Jean Moulin')
    expect(t.call('concertations.list')).toEqual([kept])
    expect(t.call('annulation.annuler', { jeton: undo.jeton })).toEqual({ libelle: undo.libelle })
    expect(t.call('concertations.list')).toEqual([kept, gone])
    expect(() => t.call('annulation.annuler', { jeton: undo.jeton })).toThrow(/ne peut plus être annulée/)
  })

  it('names the partner of a meeting with the territory', () => {
    const c = t.call('concertations.save', mediatheque())
    expect(t.call('concertations.supprimer', { id: c.id }).libelle).toBe('la concertation « Projet commun » du mardi 14 octobre 2025 avec Médiathèque municipale')
  })

  it('answers « introuvable » for a concertation that is not there', () => {
    const error = refusal(() => t.call('concertations.supprimer', { id: 'nulle-part' }))
    expect(error.code).toBe('not_found')
    expect(error.message).toMatch(/^Concertation introuvable/)
  })
})

describe('concertations.partenaires', () => {
  it('gives each partner once, in its latest spelling, in French order, school meetings aside', () => {
    expect(t.call('concertations.partenaires')).toEqual([])
    t.call('concertations.save', { ...mediatheque(), partenaire: 'mediatheque  municipale', date: '2025-09-30' })
    t.call('concertations.save', mediatheque())
    t.call('concertations.save', { ...mediatheque(), partenaire: 'Centre social Amédée', date: '2025-11-05' })
    t.call('concertations.save', { ...mediatheque(), partenaire: 'Écrivains publics', date: '2025-11-06' })
    t.call('concertations.save', { ...mediatheque(), partenaire: 'Mairie', date: '2025-11-07' })
    t.call('concertations.save', amont())
    expect(t.call('concertations.partenaires')).toEqual(['Centre social Amédée', 'Écrivains publics', 'Mairie', 'Médiathèque municipale'])
  })

  it("is the bilan's « Lesquels ? », to the letter", () => {
    t.call('concertations.save', { ...mediatheque(), partenaire: 'mediatheque  municipale', date: '2025-09-30' })
    t.call('concertations.save', mediatheque())
    t.call('concertations.save', { ...mediatheque(), partenaire: 'Écrivains publics', date: '2025-11-06' })
    const listed = t.call('concertations.partenaires')
    expect(listed).toEqual(['Écrivains publics', 'Médiathèque municipale'])
    expect(t.call('bilan.chiffres').values['concertation.territoire.partenaires']).toBe(listed.join(', '))
    // The screen's list of the year's partners is the same rule (`distinctPartners`) on `concertations.list`.
  })
})
