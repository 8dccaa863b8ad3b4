import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

function year() {
  const b = documentBuilder()
  const c = b.collectif('CM1')
  const benevole = b.intervenant('benevole', { heuresHorsSeances: 10 })
  const salarie = b.intervenant('salarie')
  b.seance(c, '2025-11-04', { avec: [benevole, salarie], dureeMinutes: 90 })
  b.seance(c, '2025-11-06', { avec: [benevole], dureeMinutes: 120 })
  b.seance(c, '2025-11-13', { avec: [benevole], dureeMinutes: 90, annulee: true })
  b.projetBonus({ type: 'tne', depenses: [{ nature: 'materiel', libelle: 'Tablettes', montantEuros: 500 }] })
  return b
}

describe('budget figures', () => {
  it('leave every amount blank while no budget is entered, the hours still counted', () => {
    const v = computeFigures(year().build()).values
    expect(v['budget.renseigne']).toBe(false)
    expect(v['budget.previsionnel.charges']).toBeNull()
    expect(v['budget.previsionnel.partCaf']).toBeNull()
    expect(v['budget.ecart.charges']).toBeNull()
    // 1 h 30 + 2 h of held séances + 10 h outside séances; the cancelled séance is not counted.
    expect(v['budget.benevolat.heures']).toBe(13.5)
    expect(v['budget.benevolat.heures']).toBe(v['intervenants.benevole.heures'])
    expect(v['budget.benevolat.valeur']).toBeNull()
  })

  it('give totals, the CAF share, each funder, the écarts and the volunteering valued', () => {
    const b = year()
    b.doc.budget = {
      tauxHoraireBenevolatCentimes: 1_200,
      lignes: [
        { poste: 'personnel', previsionnelCentimes: 900_000, realiseCentimes: 900_000 },
        { poste: 'achats', previsionnelCentimes: 100_000, realiseCentimes: 20_000 },
        { poste: 'caf_prestation_service', previsionnelCentimes: 600_000, realiseCentimes: 600_000 },
        { poste: 'caf_bonus', previsionnelCentimes: 50_000, realiseCentimes: 50_000 },
        { poste: 'commune', previsionnelCentimes: 250_000, realiseCentimes: 200_000 },
        { poste: 'autre_financeur', libelle: 'Fondation de France', previsionnelCentimes: 100_000, realiseCentimes: 120_000 },
        { poste: 'autre_financeur', libelle: 'Bailleur social', realiseCentimes: 5_050 },
      ],
    }
    const v = computeFigures(b.build()).values
    expect(v['budget.renseigne']).toBe(true)
    expect(v['budget.previsionnel.charges']).toBe(10_000)
    // Réalisé charges: 9 000 + 200 typed + 500 of the bonus project's expenses.
    expect(v['budget.realise.charges']).toBe(9_700)
    expect(v['budget.realise.poste.achats']).toBe(700)
    expect(v['budget.realise.caf']).toBe(6_500)
    expect(v['budget.realise.partCaf']).toBe(67.01)
    expect(v['budget.previsionnel.partCaf']).toBe(65)
    expect(v['budget.realise.poste.commune']).toBe(2_000)
    expect(v['budget.realise.autresFinanceurs']).toBe(1_250.5)
    expect(v['budget.autresFinanceurs.noms']).toBe('Fondation de France, Bailleur social')
    expect(v['budget.realise.cofinancement']).toBe(3_250.5)
    expect(v['budget.ecart.charges']).toBe(-300)
    // Achats −30 %; commune −20 %; Fondation +20 %; Bailleur social not planned.
    expect(v['budget.ecartsImportants']).toBe('Achats (fournitures, matériel pédagogique), Commune ou intercommunalité, Fondation de France, Bailleur social')
    expect(v['budget.benevolat.tauxHoraire']).toBe(12)
    expect(v['budget.benevolat.valeur']).toBe(162)
  })
})

describe('budget écarts', () => {
  it('wait for a typed réalisé: the bonus projects expenses alone do not make every line −100 %', () => {
    const b = year()
    b.doc.budget = { lignes: [{ poste: 'personnel', previsionnelCentimes: 900_000 }, { poste: 'caf_prestation_service', previsionnelCentimes: 600_000 }] }
    const v = computeFigures(b.build()).values
    expect(v['budget.realise.charges']).toBe(500)
    expect(v['budget.ecart.charges']).toBeNull()
    expect(v['budget.ecartsImportants']).toBeNull()
  })
})
