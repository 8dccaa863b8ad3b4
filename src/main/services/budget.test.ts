import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeBudget } from '../../shared/budget/compute'
import type { Budget } from '../../shared/budget/schema'
import { ApiError } from '../../shared/contract/errors'
import { anonymous, BENEVOLE, COORDINATION, createAccounts, hostDispatcher } from '../../../tests/helpers/accounts'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
const opened: TestWorkspace[] = []
beforeEach(() => {
  t = tempWorkspace()
  opened.push(t)
})
afterEach(() => opened.splice(0).forEach((w) => w.cleanup()))

const BUDGET: Budget = {
  tauxHoraireBenevolatCentimes: 1_250,
  lignes: [
    { poste: 'personnel', previsionnelCentimes: 1_200_000, realiseCentimes: 1_180_050 },
    { poste: 'achats', previsionnelCentimes: 50_000, realiseCentimes: 20_000 },
    { poste: 'caf_prestation_service', previsionnelCentimes: 800_000, realiseCentimes: 800_000 },
    { poste: 'commune', previsionnelCentimes: 300_000, realiseCentimes: 250_000 },
    { poste: 'autre_financeur', libelle: 'Fondation de France', previsionnelCentimes: 150_000 },
  ],
}

describe('budget of the action', () => {
  it('stores the lines in cents and gives them back, with the bonus projects and the bénévoles hours', () => {
    seedAssociation(t, 2)
    const lu = t.call('budget.lire')
    expect(lu).toMatchObject({ annee: '2025-2026', saisi: false, budget: { lignes: [] }, benevolesVoient: false })
    const saved = t.call('budget.enregistrer', BUDGET)
    expect(saved.saisi).toBe(true)
    expect(saved.budget).toEqual(BUDGET)
    t.reopen()
    expect(t.call('budget.lire').budget).toEqual(BUDGET)
  })

  it('values the bénévoles hours of the registers (séances attended + hours outside séances) at the rate set', () => {
    const seed = seedAssociation(t, 2)
    const [salarie, benevole] = seed.intervenants
    t.call('intervenants.save', { ...benevole, heuresHorsSeances: 4.5 })
    const s1 = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const s2 = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 120 })
    const s3 = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-13', heureDebut: '16:45', dureeMinutes: 90 })
    t.call('registre.update', { seanceId: s1.id, intervenantIds: [salarie.id, benevole.id] })
    t.call('registre.update', { seanceId: s2.id, intervenantIds: [benevole.id] })
    t.call('registre.update', { seanceId: s3.id, intervenantIds: [salarie.id] })
    // 1 h 30 + 2 h attended + 4,5 h outside séances = 8 h; the salarié's hours are not volunteering.
    const vue = t.call('budget.enregistrer', { tauxHoraireBenevolatCentimes: 1_250, lignes: [] })
    expect(vue.benevoleHeures).toBe(8)
    expect(t.call('bilan.chiffres').values['intervenants.benevole.heures']).toBe(vue.benevoleHeures)
    const calcul = computeBudget(vue.budget, vue.projetsBonus, vue.benevoleHeures)
    expect(calcul.benevolat).toEqual({ heures: 8, tauxHoraireCentimes: 1_250, valeurCentimes: 10_000 })
    // Kept apart from the cash totals.
    expect(calcul.realise.charges).toBe(0)
  })

  it('feeds the réalisé charges with the bonus projects expenses recorded once', () => {
    const seed = seedAssociation(t, 2)
    t.call('projetsBonus.save', {
      type: 'tne', intitule: 'Pronote en famille', collectifIds: [seed.collectif.id], touteAnnee: true,
      depenses: [{ nature: 'materiel', libelle: 'Tablettes', montantEuros: 1_250.5 }, { nature: 'sorties_culturelles', libelle: 'Musée', montantEuros: 80 }],
    })
    const vue = t.call('budget.enregistrer', BUDGET)
    const calcul = computeBudget(vue.budget, vue.projetsBonus, vue.benevoleHeures)
    const achats = calcul.charges.find((l) => l.poste === 'achats')!
    expect(achats).toMatchObject({ realiseSaisi: 20_000, realiseProjetsBonus: 125_050, realise: 145_050 })
    expect(calcul.charges.find((l) => l.poste === 'services_exterieurs')).toMatchObject({ realiseSaisi: null, realiseProjetsBonus: 8_000, realise: 8_000 })
    expect(calcul.realise.charges).toBe(1_180_050 + 145_050 + 8_000)
  })

  it('travels in the exchange format, and a document made before the budget still imports', () => {
    seedAssociation(t, 2)
    const oldDocument = t.call('echange.export')
    expect(oldDocument).not.toHaveProperty('budget')
    t.call('budget.enregistrer', BUDGET)
    const exported = t.call('echange.export')
    expect(exported.budget).toEqual(BUDGET)

    const other = tempWorkspace()
    opened.push(other)
    other.call('echange.import', { document: JSON.parse(JSON.stringify(exported)) })
    expect(other.call('budget.lire')).toMatchObject({ saisi: true, budget: BUDGET })
    expect(other.call('echange.export').budget).toEqual(BUDGET)

    // The old document (no `budget` field) imports into an empty base and into this one, whose
    // budget it does not erase.
    const empty = tempWorkspace()
    opened.push(empty)
    expect(empty.call('echange.import', { document: oldDocument }).annee).toBe('2025-2026')
    expect(empty.call('budget.lire').saisi).toBe(false)
    other.call('echange.import', { document: oldDocument })
    expect(other.call('budget.lire').budget).toEqual(BUDGET)
  })

  it('refuses a bad amount naming the field, writing nothing', () => {
    seedAssociation(t, 2)
    t.call('budget.enregistrer', BUDGET)
    const before = tableCounts(t)
    let error: unknown
    try {
      t.call('budget.enregistrer', { lignes: [{ poste: 'achats', previsionnelCentimes: 100 }, { poste: 'commune', realiseCentimes: 12.5 }] })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).field).toBe('lignes[1].realiseCentimes')
    expect((error as ApiError).message).toContain('le montant réalisé')
    expect(tableCounts(t)).toEqual(before)
    expect(t.call('budget.lire').budget).toEqual(BUDGET)
  })

  it('shows the budget to a bénévole only when the coordinator allows it', async () => {
    const seed = seedAssociation(t, 2)
    t.call('budget.enregistrer', BUDGET)
    await createAccounts(t, [seed.collectif.id])
    const host = hostDispatcher(t)
    const ines = anonymous()
    await host.call(ines, 'session.ouvrir', { nom: BENEVOLE.nom, secret: BENEVOLE.secret })
    await expect(host.call(ines, 'budget.lire')).rejects.toMatchObject({ code: 'forbidden' })
    await expect(host.call(ines, 'budget.acces.regler', { benevolesVoient: true })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(host.call(ines, 'budget.enregistrer', BUDGET)).rejects.toMatchObject({ code: 'forbidden' })

    const nadia = anonymous()
    await host.call(nadia, 'session.ouvrir', { nom: COORDINATION.nom, secret: COORDINATION.secret })
    await host.call(nadia, 'budget.acces.regler', { benevolesVoient: true })
    expect((await host.call(ines, 'budget.lire')).budget).toEqual(BUDGET)
    // Saving the budget again keeps the setting.
    await host.call(nadia, 'budget.enregistrer', BUDGET)
    expect((await host.call(nadia, 'budget.lire')).benevolesVoient).toBe(true)
  })
})
