import { describe, expect, it } from 'vitest'
import type { Concertation } from '../../../shared/exchange/schema'
import { partenairesRencontres, suiviEtablissements, suiviLabel } from './concertations'

const noms = new Map([['jm', 'École Jean Moulin'], ['lm', 'Collège Louise Michel'], ['ab', 'École Albert Camus']])
let n = 0
const ecole = (etablissementId: string, type: Concertation['type']): Concertation => ({ id: `c${++n}`, date: '2025-10-01', avec: 'ecole', etablissementId, type, formalise: false })
const partenaire = (nom: string): Concertation => ({ id: `c${++n}`, date: '2025-10-01', avec: 'territoire', partenaire: nom, type: 'projet_commun', formalise: false })

describe('suiviEtablissements', () => {
  it("counts each school's meetings, lists the collectifs' schools never met, in French order", () => {
    const list = [ecole('jm', 'reunion_amont'), ecole('jm', 'echange_regulier'), ecole('jm', 'reunion_bilan'), ecole('ab', 'convention'), partenaire('Mairie')]
    const suivi = suiviEtablissements(list, ['lm', 'jm', 'lm'], (id) => noms.get(id))
    expect(suivi.map((s) => [s.nom, suiviLabel(s)])).toEqual([
      ['Collège Louise Michel', "aucune rencontre pour l'instant"],
      ['École Albert Camus', '1 rencontre'],
      ['École Jean Moulin', '3 rencontres, dont 1 réunion en amont et 1 réunion bilan'],
    ])
  })

  it('words one kind of meeting alone, and plural kinds', () => {
    const [s] = suiviEtablissements([ecole('jm', 'reunion_bilan'), ecole('jm', 'reunion_bilan'), ecole('jm', 'autre')], [], (id) => noms.get(id))
    expect(suiviLabel(s)).toBe('3 rencontres, dont 2 réunions bilan')
  })
})

describe('partenairesRencontres', () => {
  it('names each partner once, case and accents aside', () => {
    expect(partenairesRencontres([partenaire('Médiathèque'), partenaire(' mediatheque '), partenaire('Centre social'), ecole('jm', 'autre')])).toEqual(['Centre social', 'Médiathèque'])
  })
})
