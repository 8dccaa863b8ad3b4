import type { ProjetBonus } from '../exchange/schema'
import { isCharge, POSTE_LABELS, POSTE_OF_DEPENSE, POSTES_CAF, POSTES_CHARGES, POSTES_COFINANCEMENT, POSTES_PRODUITS, type PosteBudget } from './postes'
import type { Budget } from './schema'

/**
 * A line's écart is large, and asks the coordinator for an explanation, when réalisé and
 * prévisionnel differ by more than this share of the prévisionnel (or a line was not planned).
 */
export const SEUIL_ECART_IMPORTANT = 0.15

/** One line of the compte rendu financier, amounts in cents; null: nothing entered. */
export interface LigneCalculee {
  poste: PosteBudget
  /** What the line reads: the poste's label, or the funder's name. */
  intitule: string
  libelle?: string
  previsionnel: number | null
  /** What was typed in the réalisé column. */
  realiseSaisi: number | null
  /** The bonus projects' expenses of this line (charges only), counted in `realise`. */
  realiseProjetsBonus: number
  realise: number | null
  /** réalisé − prévisionnel, once both columns hold a typed amount. */
  ecart: number | null
  /** The écart as a percentage of the prévisionnel (null when nothing was planned). */
  ecartPourcentage: number | null
  ecartImportant: boolean
}

export interface TotauxColonne {
  /** Something was entered in this column (a typed amount; the bonus expenses count for the réalisé). */
  renseigne: boolean
  charges: number
  produits: number
  /** Prestation de service + bonus. */
  caf: number
  /** Every funding that is not the CAF's, own funds included. */
  cofinancement: number
  /** caf / charges as a percentage, 2 decimals; null without charges. */
  partCaf: number | null
  /** produits − charges */
  solde: number
}

export interface BudgetCalcule {
  charges: LigneCalculee[]
  produits: LigneCalculee[]
  previsionnel: TotauxColonne
  realise: TotauxColonne
  /** Contributions volontaires en nature, kept apart from the cash totals. */
  benevolat: { heures: number; tauxHoraireCentimes: number | null; valeurCentimes: number | null }
  /** The column the 80 % rule reads: the réalisé once it holds something, else the prévisionnel. */
  reference: 'previsionnel' | 'realise' | null
}

const euroCents = (euros: number) => Math.round(euros * 100)
const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0)
const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * The budget of the year with its totals, the CAF's share, the écarts and the volunteering
 * valued. `benevoleHeures` is the figure `intervenants.benevole.heures` (one computation of it,
 * in the figures). Pure.
 */
export function computeBudget(budget: Budget | undefined, projetsBonus: readonly ProjetBonus[], benevoleHeures: number): BudgetCalcule {
  const lignes = budget?.lignes ?? []
  const bonusByPoste = new Map<PosteBudget, number>()
  for (const d of projetsBonus.flatMap((p) => p.depenses)) {
    const poste = POSTE_OF_DEPENSE[d.nature]
    bonusByPoste.set(poste, (bonusByPoste.get(poste) ?? 0) + euroCents(d.montantEuros))
  }
  const typedPrevisionnel = lignes.some((l) => l.previsionnelCentimes !== undefined)
  const typedRealise = lignes.some((l) => l.realiseCentimes !== undefined)
  const realiseRenseigne = typedRealise || bonusByPoste.size > 0

  const line = (poste: PosteBudget, source: Budget['lignes'][number] | undefined): LigneCalculee => {
    const previsionnel = source?.previsionnelCentimes ?? null
    const realiseSaisi = source?.realiseCentimes ?? null
    const realiseProjetsBonus = isCharge(poste) ? bonusByPoste.get(poste) ?? 0 : 0
    const realise = realiseSaisi === null && realiseProjetsBonus === 0 ? null : (realiseSaisi ?? 0) + realiseProjetsBonus
    // The bonus expenses alone do not make a réalisé to compare: every line would read −100 %.
    const both = typedPrevisionnel && typedRealise && (previsionnel !== null || realise !== null)
    const ecart = both ? (realise ?? 0) - (previsionnel ?? 0) : null
    const ecartPourcentage = ecart !== null && previsionnel ? round2((ecart / previsionnel) * 100) : null
    const ecartImportant = ecart !== null && ecart !== 0 && (!previsionnel || Math.abs(ecart) > SEUIL_ECART_IMPORTANT * previsionnel)
    const libelle = source?.libelle?.trim() || undefined
    const intitule = poste === 'autre_financeur' && libelle ? libelle : POSTE_LABELS[poste]
    return { poste, intitule, ...(libelle ? { libelle } : {}), previsionnel, realiseSaisi, realiseProjetsBonus, realise, ecart, ecartPourcentage, ecartImportant }
  }

  const charges = POSTES_CHARGES.map((p) => line(p, lignes.find((l) => l.poste === p)))
  const produits = POSTES_PRODUITS.flatMap((p) =>
    p === 'autre_financeur' ? lignes.filter((l) => l.poste === p).map((l) => line(p, l)) : [line(p, lignes.find((l) => l.poste === p))],
  )

  const totals = (pick: (l: LigneCalculee) => number | null, renseigne: boolean): TotauxColonne => {
    const c = sum(charges.map(pick))
    const p = sum(produits.map(pick))
    const caf = sum(produits.filter((l) => POSTES_CAF.includes(l.poste as never)).map(pick))
    const cofinancement = sum(produits.filter((l) => POSTES_COFINANCEMENT.includes(l.poste as never)).map(pick))
    return { renseigne, charges: c, produits: p, caf, cofinancement, partCaf: c > 0 ? round2((caf / c) * 100) : null, solde: p - c }
  }
  const previsionnel = totals((l) => l.previsionnel, typedPrevisionnel)
  const realise = totals((l) => l.realise, realiseRenseigne)
  const taux = budget?.tauxHoraireBenevolatCentimes ?? null
  return {
    charges,
    produits,
    previsionnel,
    realise,
    benevolat: { heures: benevoleHeures, tauxHoraireCentimes: taux, valeurCentimes: taux === null ? null : Math.round(benevoleHeures * taux) },
    reference: typedRealise ? 'realise' : typedPrevisionnel ? 'previsionnel' : null,
  }
}

/**
 * The référentiel's ceiling on integers, so that exactly 80 % passes and 80,01 % does not,
 * whatever the floats: caf ≤ 80 % of charges ⇔ 100 × caf ≤ 80 × charges.
 */
export const PLAFOND_CAF_POURCENTAGE = 80
export const withinCafCeiling = (cafCentimes: number, chargesCentimes: number): boolean => 100 * cafCentimes <= PLAFOND_CAF_POURCENTAGE * chargesCentimes
