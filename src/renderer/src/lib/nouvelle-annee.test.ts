import { describe, expect, it } from 'vitest'
import type { EnfantPropose } from '../../../shared/contract/annee-suivante'
import { choixAEnvoyer, choixInitial } from './nouvelle-annee'

const enfant = (id: string, over: Partial<EnfantPropose> = {}): EnfantPropose => ({
  enfantId: id, prenom: 'A', nom: 'B', niveau: 'CM1', niveauSuivant: 'CM2', collectifIds: ['c1'], collectifProposeIds: ['c1'], reconduit: true, ...over,
})

describe('the choices sent when starting the next year', () => {
  it('sends nothing when the proposal is kept', () => {
    const list = [enfant('a'), enfant('b', { niveau: 'TLE', niveauSuivant: null, reconduit: false })]
    expect(choixAEnvoyer(list, new Map(list.map((e) => [e.enfantId, choixInitial(e)])))).toEqual([])
  })

  it('sends an unticked child, a ticked leaver and a moved child', () => {
    const list = [enfant('a'), enfant('b', { reconduit: false }), enfant('c'), enfant('d', { collectifIds: ['c1', 'c2'], collectifProposeIds: ['c1', 'c2'] })]
    const choix = new Map(list.map((e) => [e.enfantId, choixInitial(e)]))
    expect(choix.get('d')).toEqual({ reconduit: true, collectifId: '' })
    choix.set('a', { reconduit: false, collectifId: 'c1' })
    choix.set('b', { reconduit: true, collectifId: 'c1' })
    choix.set('c', { reconduit: true, collectifId: 'c3' })
    expect(choixAEnvoyer(list, choix)).toEqual([
      { enfantId: 'a', reconduit: false },
      { enfantId: 'b', reconduit: true },
      { enfantId: 'c', reconduit: true, collectifId: 'c3' },
    ])
  })
})
