import { describe, expect, it } from 'vitest'
import type { Budget } from '../budget/schema'
import type { ProjetBonus } from '../exchange/schema'
import { r12Financement } from './r12-financement'
import { indexAt, input } from './test-helpers'

const at = (budget: Budget | undefined, projetsBonus: ProjetBonus[] = []) => r12Financement(indexAt(input({ budget, projetsBonus }), '2025-11-20'))

/** A budget of 10 000,00 € of charges, the CAF paying `caf` cents (prestation + bonus), the commune the rest. */
const budget = (caf: number, commune = 1_000_000 - caf): Budget => ({
  lignes: [
    { poste: 'personnel', previsionnelCentimes: 1_000_000 },
    { poste: 'caf_prestation_service', previsionnelCentimes: caf - 50_000 },
    { poste: 'caf_bonus', previsionnelCentimes: 50_000 },
    { poste: 'commune', previsionnelCentimes: commune },
  ],
})

describe('R12-financement', () => {
  it('is « à renseigner » while no budget is entered', () => {
    expect(at(undefined)).toMatchObject({ statut: 'sans_objet', message: expect.stringMatching(/^À renseigner/) })
    expect(at({ lignes: [] })).toMatchObject({ statut: 'sans_objet' })
    expect(at({ lignes: [{ poste: 'commune', previsionnelCentimes: 1000 }] })).toMatchObject({ statut: 'sans_objet', message: expect.stringMatching(/aucune charge/) })
  })

  it('passes at exactly 80 % of the cost, fails at 80,01 %', () => {
    expect(at(budget(800_000))).toMatchObject({ statut: 'conforme', mesure: 80, seuil: 80 })
    const over = at(budget(800_100))
    expect(over).toMatchObject({ statut: 'non_conforme', mesure: 80.01, seuil: 80 })
    expect(over.message).toContain('80,01 %')
  })

  it('counts the bonus with the prestation de service', () => {
    const b = budget(800_000)
    const moreBonus = { lignes: b.lignes.map((l) => (l.poste === 'caf_bonus' ? { ...l, previsionnelCentimes: 50_100 } : l)) }
    expect(at(moreBonus)).toMatchObject({ statut: 'non_conforme' })
  })

  it('wants another funder or own funds', () => {
    const alone = { lignes: [{ poste: 'personnel' as const, previsionnelCentimes: 1_000_000 }, { poste: 'caf_prestation_service' as const, previsionnelCentimes: 500_000 }] }
    expect(at(alone)).toMatchObject({ statut: 'non_conforme', message: expect.stringMatching(/cofinancement est la règle/) })
    expect(at({ lignes: [...alone.lignes, { poste: 'fonds_propres', previsionnelCentimes: 100 }] })).toMatchObject({ statut: 'conforme' })
    expect(at({ lignes: [...alone.lignes, { poste: 'autre_financeur', libelle: 'Fondation', previsionnelCentimes: 100 }] })).toMatchObject({ statut: 'conforme' })
  })

  it('reads the réalisé once entered, the bonus projects expenses included in the cost', () => {
    const b: Budget = {
      lignes: [
        { poste: 'personnel', previsionnelCentimes: 1_000_000, realiseCentimes: 900_000 },
        { poste: 'caf_prestation_service', previsionnelCentimes: 800_000, realiseCentimes: 800_000 },
        { poste: 'commune', previsionnelCentimes: 200_000, realiseCentimes: 100_000 },
      ],
    }
    // Réalisé: 8 000 € of 9 000 € = 88,89 %.
    expect(at(b)).toMatchObject({ statut: 'non_conforme', mesure: 88.89 })
    // 1 000 € of bonus expenses recorded in the projects bring the cost to 10 000 €: 80 %.
    const projet = { id: 'p1', type: 'enfants' as const, intitule: 'Théâtre', collectifIds: [], touteAnnee: true, depenses: [{ nature: 'materiel' as const, libelle: 'Décors', montantEuros: 1000 }] }
    expect(at(b, [projet])).toMatchObject({ statut: 'conforme', mesure: 80 })
  })
})
