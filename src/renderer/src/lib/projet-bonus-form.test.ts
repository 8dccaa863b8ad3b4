import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { modelOf, payloadOf, problemsOf, type ProjetBonusModel } from './projet-bonus-form'

const model = (over: Partial<ProjetBonusModel> = {}): ProjetBonusModel => ({
  type: 'tne', intitule: 'Ateliers Pronote', collectifIds: ['c1'], touteAnnee: true,
  depenses: [{ nature: 'materiel', libelle: 'Tablettes', montant: '1 250' }, { nature: 'autre', libelle: 'Goûters', montant: '12,5' }],
  ...over,
})

describe('the bonus project form', () => {
  it('sends amounts typed with a comma as numbers the contract accepts', () => {
    const payload = payloadOf(model(), 'p1')
    expect(payload.depenses.map((d) => d.montantEuros)).toEqual([1250, 12.5])
    expect(contract['projetsBonus.save'].input.safeParse(payload).success).toBe(true)
    expect(problemsOf(model())).toEqual([])
  })

  it('names each line that cannot be sent, in words', () => {
    const m = model({ type: '', depenses: [{ nature: '', libelle: ' ', montant: '' }, { nature: 'autre', libelle: 'Car', montant: 'douze' }] })
    expect(problemsOf(m)).toEqual([
      { path: 'type', message: 'Choisissez le bonus dont relève le projet' },
      { path: 'depenses[0].nature', message: 'Dépense 1 : choisissez sa nature' },
      { path: 'depenses[0].libelle', message: 'Dépense 1 : indiquez ce qui a été acheté ou payé' },
      { path: 'depenses[0].montantEuros', message: 'Dépense 1 : indiquez le montant' },
      { path: 'depenses[1].montantEuros', message: 'Dépense 2 : « douze » n’est pas un montant (par exemple 12,50)' },
    ])
    // Sent as typed, an unreadable amount is refused by the contract too.
    expect(contract['projetsBonus.save'].input.safeParse(payloadOf(m)).success).toBe(false)
  })

  it('shows a stored project as it was saved', () => {
    const projet = { id: 'p1', type: 'parents' as const, intitule: 'Café', collectifIds: ['c1'], touteAnnee: false, depenses: [{ nature: 'autre' as const, libelle: 'Goûters', montantEuros: 45.9 }] }
    expect(modelOf(projet).depenses).toEqual([{ nature: 'autre', libelle: 'Goûters', montant: '45,90' }])
    expect(payloadOf(modelOf(projet), 'p1')).toEqual(projet)
  })
})
