import type { NatureDepense } from '../domain/lists'

/**
 * The lines of a compte rendu financier of a subsidy, as French associations know it: charges
 * (comptes 60 to 64 and others) and produits, the CAF's two first. `autre_financeur` may appear
 * several times, each named by its `libelle`; every other poste appears at most once.
 */
export const POSTES_CHARGES = ['achats', 'services_exterieurs', 'intervenants_exterieurs', 'deplacements', 'personnel', 'autres_charges'] as const
export const POSTES_PRODUITS = [
  'caf_prestation_service', 'caf_bonus', 'commune', 'departement', 'etat_politique_ville', 'autre_financeur', 'participation_familles', 'fonds_propres',
] as const
export const POSTES_BUDGET = [...POSTES_CHARGES, ...POSTES_PRODUITS] as const

export type PosteCharge = (typeof POSTES_CHARGES)[number]
export type PosteProduit = (typeof POSTES_PRODUITS)[number]
export type PosteBudget = (typeof POSTES_BUDGET)[number]

export const POSTE_LABELS: Record<PosteBudget, string> = {
  achats: 'Achats (fournitures, matériel pédagogique)',
  services_exterieurs: 'Locations et services extérieurs',
  intervenants_exterieurs: 'Intervenants extérieurs',
  deplacements: 'Déplacements, sorties',
  personnel: 'Personnel : salaires et charges',
  autres_charges: 'Autres charges',
  caf_prestation_service: 'Caf : prestation de service Clas',
  caf_bonus: 'Caf : bonus (enfants, parents, parentalité numérique)',
  commune: 'Commune ou intercommunalité',
  departement: 'Département',
  etat_politique_ville: 'État, politique de la ville',
  autre_financeur: 'Autre financeur',
  participation_familles: 'Participation des familles',
  fonds_propres: 'Fonds propres',
}

/** The CAF's funding, the numerator of the 80 % rule (référentiel: prestation de service and bonus). */
export const POSTES_CAF: readonly PosteProduit[] = ['caf_prestation_service', 'caf_bonus']

/** Funding other than the CAF's: the co-financing the référentiel makes the rule. */
export const POSTES_COFINANCEMENT: readonly PosteProduit[] = ['commune', 'departement', 'etat_politique_ville', 'autre_financeur', 'participation_familles', 'fonds_propres']

/**
 * Where a bonus project's expense lands among the charges. Cultural outings are mostly tickets
 * and transport hired from others: services extérieurs.
 */
export const POSTE_OF_DEPENSE: Record<NatureDepense, PosteCharge> = {
  materiel: 'achats',
  intervenants_exterieurs: 'intervenants_exterieurs',
  sorties_culturelles: 'services_exterieurs',
  autre: 'autres_charges',
}

export const isCharge = (poste: PosteBudget): poste is PosteCharge => (POSTES_CHARGES as readonly string[]).includes(poste)

/** The bank's question where the coordinator explains the large écarts (shared/bilan/questions/bank.ts). */
export const QUESTION_ECARTS_BUDGET = 'ecarts_budget'
