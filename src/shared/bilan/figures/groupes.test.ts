import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'
import { compteGroupe, enfantsConnus, groupeKey, groupeLibelle, parseGroupeKey, type Groupe } from './groupes'
import { figureLabel } from './labels'

describe('groups of children a form draws itself (enfants?…)', () => {
  it('writes one key per group and reads back only keys it would write', () => {
    const g: Groupe = { age: { min: 11, max: 16 }, sexe: 'F', niveaux: ['6E', '5E'], quartier: 'Ousse des Bois' }
    const key = groupeKey(g)
    expect(key).toBe('enfants?age=11-16&sexe=F&niveaux=6E+5E&quartier=Ousse%20des%20Bois')
    expect(parseGroupeKey(key)).toEqual(g)
    expect(parseGroupeKey('enfants?age=17-')).toEqual({ age: { min: 17, max: null } })
    expect(parseGroupeKey('enfants?')).toEqual({})
    for (const bad of ['enfants?age=16-11', 'enfants?sexe=X', 'enfants?niveaux=CM3', 'enfants?quartier=%20', 'enfants?sexe=F&age=6-10', 'enfants?couleur=bleu', 'enfants?age=-']) {
      expect(parseGroupeKey(bad), bad).toBeNull()
    }
    expect(figureLabel(key)?.libelle).toBe('Filles de 11 à 16 ans en 6e ou 5e du quartier Ousse des Bois')
    expect(groupeLibelle({ age: { min: null, max: 5 } })).toBe('Enfants de moins de 6 ans')
    expect(groupeLibelle({ niveaux: ['CE2', 'CM1', 'CM2'] })).toBe('Enfants du CE2 au CM2')
    expect(groupeLibelle({ niveaux: ['6E', '5E', '4E', '3E'], sexe: 'M' })).toBe('Garçons au collège')
  })

  it('counts what is known and names the children it cannot place, age on 31 December of the start year', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const saragosse = b.famille({ quartier: 'Saragosse' })
    const accents = b.famille({ quartier: 'SARAGOSSE ' })
    const ousse = b.famille({ quartier: 'Ousse des Bois' })
    const sans = b.famille()
    b.enfant({ dans: [a], dateNaissance: '2014-12-31', sexe: 'F', familleId: saragosse.id, niveau: '6E' }) // 11
    b.enfant({ dans: [a], dateNaissance: '2009-01-01', sexe: 'F', familleId: accents.id, niveau: '1RE' }) // 16
    b.enfant({ dans: [a], dateNaissance: '2008-06-01', sexe: 'F', familleId: saragosse.id, niveau: 'TLE' }) // 17: outside 11-16
    b.enfant({ dans: [a], dateNaissance: '2012-03-03', sexe: 'M', familleId: saragosse.id, niveau: '5E' }) // a boy
    b.enfant({ dans: [a], sexe: 'F', familleId: saragosse.id, niveau: '4E', prenom: 'Lina', nom: 'Sans Date' }) // no birth date
    b.enfant({ dans: [a], dateNaissance: '2013-05-05', familleId: saragosse.id, niveau: '4E', prenom: 'Sam', nom: 'Sans Sexe' }) // no sex
    b.enfant({ dans: [a], dateNaissance: '2013-05-05', sexe: 'F', familleId: sans.id, niveau: '4E', prenom: 'Awa', nom: 'Sans Quartier' })
    b.enfant({ dans: [a], dateNaissance: '2013-05-05', sexe: 'F', familleId: ousse.id, niveau: '4E' })
    b.enfant({ dateNaissance: '2013-05-05', sexe: 'F', familleId: saragosse.id, niveau: '4E' }) // not enrolled
    const { enfants, startYear } = enfantsConnus(b.build())
    expect(enfants).toHaveLength(8)
    const compte = compteGroupe({ age: { min: 11, max: 16 }, sexe: 'F', quartier: 'saragossé' }, enfants, startYear)
    expect(compte.value).toBe(2)
    expect(compte.manquants).toEqual([
      { manque: 'dateNaissance', enfants: [{ id: 'enfant-5', nom: 'Lina Sans Date', familleId: 'famille-1' }] },
      { manque: 'sexe', enfants: [{ id: 'enfant-6', nom: 'Sam Sans Sexe', familleId: 'famille-1' }] },
      { manque: 'quartier', enfants: [{ id: 'enfant-7', nom: 'Awa Sans Quartier', familleId: 'famille-4' }] },
    ])
    expect(compte.source).toBe('âge au 31/12/2025, calculé depuis 8 enfants inscrits, 1 enfant sans date de naissance non compté, 1 enfant sans sexe saisi non compté, 1 enfant dont la famille n’a pas de quartier saisi non compté')
    expect(compteGroupe({ niveaux: ['4E', '3E'] }, enfants, startYear)).toMatchObject({ value: 4, manquants: [] })
    expect(compteGroupe({ age: { min: 17, max: null } }, enfants, startYear).value).toBe(1)
    expect(compteGroupe({ age: { min: null, max: 10 } }, enfants, startYear).value).toBe(0)
  })

  it('lists children per quartier among the figures, each quartier once whatever its spelling', () => {
    const b = documentBuilder()
    const a = b.collectif('A')
    const f1 = b.famille({ quartier: 'Saragosse' })
    const f2 = b.famille({ quartier: 'saragosse' })
    const f3 = b.famille({ quartier: 'Saragosse' })
    const f4 = b.famille({ quartier: 'Ousse des Bois' })
    for (const f of [f1, f2, f3, f4]) b.enfant({ dans: [a], familleId: f.id })
    b.enfant({ dans: [a] })
    const { values, sources } = computeFigures(b.build())
    expect(values['enfants?quartier=Saragosse']).toBe(3)
    expect(values['enfants?quartier=Ousse%20des%20Bois']).toBe(1)
    expect(Object.keys(values).filter((k) => k.startsWith('enfants?'))).toHaveLength(2)
    expect(values['enfants.quartier.nonRenseigne']).toBe(1)
    expect(sources['enfants?quartier=Saragosse']).toBe('calculé depuis 5 enfants inscrits, 1 enfant dont la famille n’a pas de quartier saisi non compté')
  })
})
