import type { BudgetCalcule, LigneCalculee } from './compute'
import { formatCentimes } from './format'

/**
 * The compte rendu financier as rows, the one layout the .xlsx and the PDF both print:
 * charges, produits, the CAF's share, then the contributions volontaires en nature apart.
 */
export interface CompteRenduRow {
  kind: 'section' | 'ligne' | 'total' | 'pourcentage' | 'note'
  intitule: string
  /** Cents, or a percentage for `pourcentage` rows. */
  previsionnel: number | null
  realise: number | null
  ecart: number | null
  ecartPourcentage: number | null
}

export const COMPTE_RENDU_COLUMNS = ['Poste', 'Prévisionnel', 'Réalisé', 'Écart (réalisé − prévisionnel)', 'Écart en %'] as const

const row = (kind: CompteRenduRow['kind'], intitule: string, previsionnel: number | null = null, realise: number | null = null): CompteRenduRow => {
  const ecart = kind === 'total' && previsionnel !== null && realise !== null ? realise - previsionnel : null
  return { kind, intitule, previsionnel, realise, ecart, ecartPourcentage: ecart !== null && previsionnel ? Math.round((ecart / previsionnel) * 10000) / 100 : null }
}

const ligne = (l: LigneCalculee): CompteRenduRow => ({
  kind: 'ligne',
  intitule: l.realiseProjetsBonus > 0 ? `${l.intitule} (dont projets bonus : ${formatCentimes(l.realiseProjetsBonus)})` : l.intitule,
  previsionnel: l.previsionnel,
  realise: l.realise,
  ecart: l.ecart,
  ecartPourcentage: l.ecartPourcentage,
})

export function compteRenduRows(c: BudgetCalcule): CompteRenduRow[] {
  const prev = (x: number) => (c.previsionnel.renseigne ? x : null)
  const real = (x: number) => (c.realise.renseigne ? x : null)
  const heures = c.benevolat.heures.toLocaleString('fr-FR', { maximumFractionDigits: 2 })
  const taux = c.benevolat.tauxHoraireCentimes === null ? 'taux horaire non renseigné' : `${formatCentimes(c.benevolat.tauxHoraireCentimes)} de l'heure`
  return [
    row('section', 'Charges'),
    ...c.charges.map(ligne),
    row('total', 'Total des charges', prev(c.previsionnel.charges), real(c.realise.charges)),
    row('section', 'Produits'),
    ...c.produits.map(ligne),
    row('total', 'Total des produits', prev(c.previsionnel.produits), real(c.realise.produits)),
    row('total', 'Résultat (produits − charges)', prev(c.previsionnel.solde), real(c.realise.solde)),
    { ...row('pourcentage', 'Part de la Caf (prestation de service et bonus) dans le coût de l’action, en %'), previsionnel: c.previsionnel.partCaf, realise: c.realise.partCaf },
    row('section', 'Contributions volontaires en nature (hors totaux)'),
    row('ligne', `Emplois : bénévolat, ${heures} h à ${taux}`, null, c.benevolat.valeurCentimes),
    row('ligne', `Ressources : bénévolat, ${heures} h à ${taux}`, null, c.benevolat.valeurCentimes),
  ]
}
