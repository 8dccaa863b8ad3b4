import { describe, expect, it } from 'vitest'
import { contract } from '../../../shared/contract'
import { addFinanceur, centimesOf, modelOf, payloadOf, problemsOf, withoutEmptyLines } from './budget-form'

describe('budget form', () => {
  it('reads amounts typed the French way as whole cents', () => {
    expect(centimesOf('1 234,50')).toBe(123_450)
    expect(centimesOf('1.234,5')).toBe(123_450)
    expect(centimesOf(' 40 € ')).toBe(4_000)
    expect(centimesOf('')).toBeUndefined()
    expect(centimesOf('12,505')).toBeNull()
    expect(centimesOf('-3')).toBeNull()
  })

  it('gives back what was stored, every poste shown, named funders after the État', () => {
    const budget = {
      tauxHoraireBenevolatCentimes: 1_250,
      lignes: [
        { poste: 'autre_financeur' as const, libelle: 'Fondation', realiseCentimes: 50_000 },
        { poste: 'personnel' as const, previsionnelCentimes: 1_000_000 },
      ],
    }
    const model = modelOf(budget)
    expect(model.taux).toBe('12,50')
    expect(model.lignes.find((l) => l.poste === 'personnel')?.previsionnel).toBe('10\u00a0000,00')
    expect(model.lignes.map((l) => l.poste).indexOf('autre_financeur')).toBe(model.lignes.map((l) => l.poste).indexOf('etat_politique_ville') + 1)
    const payload = withoutEmptyLines(contract['budget.enregistrer'].input.parse(payloadOf(model)))
    expect(payload).toEqual({ tauxHoraireBenevolatCentimes: 1_250, lignes: [budget.lignes[1], budget.lignes[0]] })
  })

  it('names the line and the column of an unreadable amount, and of a funder without a name', () => {
    const model = modelOf({ lignes: [] })
    model.lignes[0].realise = 'douze'
    model.taux = '12,505'
    const at = addFinanceur(model)
    model.lignes[at].previsionnel = '100'
    expect(problemsOf(model)).toEqual([
      { path: 'tauxHoraireBenevolatCentimes', message: "Taux horaire du bénévolat : « 12,505 » n'est pas un montant en euros (par exemple 1 234,50)" },
      { path: 'lignes[0].realiseCentimes', message: "Achats (fournitures, matériel pédagogique), réalisé : « douze » n'est pas un montant en euros (par exemple 1 234,50)" },
    ])
    // Once the amounts read, the nameless funder is named by its row.
    model.lignes[0].realise = '12'
    model.taux = '12,50'
    const parsed = contract['budget.enregistrer'].input.safeParse(payloadOf(model))
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(`lignes.${at}.libelle`)
  })
})
