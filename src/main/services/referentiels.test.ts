import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/contract/errors'
import { documentBuilder } from '../../../tests/helpers/echange-document'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace()))
afterEach(() => t.cleanup())

const exported = () => {
  const { exporteLe: _e, ...doc } = t.call('echange.export')
  return doc
}

/** Runs a call that must be refused; returns its error after checking nothing moved in the file. */
function refused(run: () => unknown): ApiError {
  const counts = tableCounts(t)
  const before = exported()
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ApiError)
  expect(tableCounts(t)).toEqual(counts)
  expect(exported()).toEqual(before)
  return caught as ApiError
}

/**
 * Two families (the Diallo with two children, one of them enrolled), an action with parents
 * naming both, an école of a collectif, of a child and of a concertation, and a collège used by nobody.
 */
function importYear() {
  const b = documentBuilder()
  const ecole = b.etablissement({ nom: 'École Jean Moulin', commune: 'Bourg-en-Bresse', rep: true })
  const college = b.etablissement({ nom: 'Collège Louis Pasteur', type: 'college', commune: 'Bourg-en-Bresse', email: 'ce.0010001a@ac-lyon.fr' })
  const collectif = b.collectif('CM1-CM2', { etablissementIds: [ecole.id] })
  const diallo = b.famille({ nom: 'Diallo', telephone: '06 12 34 56 78', langueParlee: 'peul', besoinInterprete: true })
  const martin = b.famille({ nom: 'Martin', email: 'martin@example.org' })
  const ines = b.enfant({ prenom: 'Inès', nom: 'Diallo', familleId: diallo.id, etablissementId: ecole.id, dans: [collectif] })
  const awa = b.enfant({ prenom: 'Awa', nom: 'Diallo', familleId: diallo.id })
  const leo = b.enfant({ prenom: 'Léo', nom: 'Martin', familleId: martin.id, dans: [collectif] })
  const action = b.actionParents({ collectifIds: [collectif.id], familleIds: [martin.id, diallo.id], nbParents: 2 })
  const concertation = b.concertation({ etablissementId: ecole.id, date: '2025-10-10' })
  t.call('echange.import', { document: b.build() })
  return { ecole, college, collectif, diallo, martin, ines, awa, leo, action, concertation }
}

describe('familles.supprimer', () => {
  it('deletes the family, keeps its children without a family, and the undo puts everything back as it was', () => {
    const y = importYear()
    const before = exported()
    const counts = tableCounts(t)

    const undo = t.call('familles.supprimer', { id: y.diallo.id })
    expect(undo.libelle).toBe('la famille « Diallo »')
    const after = exported()
    expect(after.familles.map((f) => f.nom)).toEqual(['Martin'])
    const enfant = (id: string) => after.enfants.find((e) => e.id === id)
    expect(enfant(y.ines.id)).toBeDefined()
    expect(enfant(y.ines.id)?.familleId).toBeUndefined()
    expect(enfant(y.awa.id)?.familleId).toBeUndefined()
    expect(enfant(y.leo.id)?.familleId).toBe(y.martin.id)
    expect(enfant(y.ines.id)?.inscriptions).toEqual(before.enfants.find((e) => e.id === y.ines.id)?.inscriptions)
    expect(after.actionsParents[0].familleIds).toEqual([y.martin.id])
    expect(after.enfants).toHaveLength(3)

    expect(t.call('annulation.annuler', { jeton: undo.jeton })).toEqual({ libelle: 'la famille « Diallo »' })
    expect(exported()).toEqual(before)
    expect(tableCounts(t)).toEqual(counts)
  })

  it('deletes a family without children, and a second undo is refused', () => {
    seedAssociation(t, 1)
    const f = t.call('familles.save', { nom: 'Haddad' })
    const undo = t.call('familles.supprimer', { id: f.id })
    expect(t.call('familles.list')).toEqual([])
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(t.call('familles.list')).toEqual([f])
    expect(() => t.call('annulation.annuler', { jeton: undo.jeton })).toThrow(/ne peut plus être annulée/)
  })

  it('says in French that an unknown family is not there, and writes nothing', () => {
    importYear()
    const error = refused(() => t.call('familles.supprimer', { id: 'famille-inconnue' }))
    expect(error.code).toBe('not_found')
    expect(error.message).toBe('Famille introuvable : elle a peut-être été supprimée.')
  })
})

describe('etablissements.supprimer', () => {
  it('deletes an établissement nobody uses, and the undo restores an identical export', () => {
    const y = importYear()
    const before = exported()
    const undo = t.call('etablissements.supprimer', { id: y.college.id })
    expect(undo.libelle).toBe("l'établissement « Collège Louis Pasteur »")
    expect(exported().etablissements.map((e) => e.nom)).toEqual(['École Jean Moulin'])
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(exported()).toEqual(before)
  })

  it('refuses while a collectif, a child and a concertation refer to it, naming each, and writes nothing', () => {
    const y = importYear()
    const error = refused(() => t.call('etablissements.supprimer', { id: y.ecole.id }))
    expect(error.code).toBe('conflict')
    expect(error.message).toBe(
      "« École Jean Moulin » est encore lié au collectif « CM1-CM2 », à l'enfant Inès Diallo et à la concertation du 10/10/2025 : retirez-le de leurs fiches avant de le supprimer.",
    )
  })

  it('names three children at most, then how many more, and accepts once nothing refers to it', () => {
    const seed = seedAssociation(t, 5)
    const error = refused(() => t.call('etablissements.supprimer', { id: seed.ecole.id }))
    expect(error.message).toBe(
      '« École Jean Moulin » est encore lié au collectif « CM1-CM2 mardi-jeudi » et à 5 enfants (Prénom1 NomA, Prénom2 NomB, Prénom3 NomC et 2 autres) : retirez-le de leurs fiches avant de le supprimer.',
    )

    t.call('collectifs.save', { ...t.call('collectifs.get', { id: seed.collectif.id }), etablissementIds: [] })
    for (const e of seed.enfants) t.call('enfants.save', { ...e, etablissementId: undefined })
    t.call('etablissements.supprimer', { id: seed.ecole.id })
    expect(t.call('etablissements.list')).toEqual([])
  })

  it('says in French that an unknown établissement is not there', () => {
    seedAssociation(t, 1)
    const error = refused(() => t.call('etablissements.supprimer', { id: 'etablissement-inconnu' }))
    expect(error.code).toBe('not_found')
    expect(error.message).toMatch(/^Établissement introuvable/)
  })
})
