import type { CallName } from '.'

/**
 * The calls that write nothing (`readOnly` in the contract), as a plain list. The window needs
 * only this of the contract at start (a write refreshes the views showing derived figures), not
 * zod and every schema: importing the contract itself put them in the first chunk.
 * Kept equal to the contract by `read-only-calls.test.ts` (its failure prints the list to paste).
 */
const NAMES = [
  'actionsParents.get',
  'actionsParents.list',
  'app.status',
  'bilan.apercu',
  'bilan.chiffres',
  'bilan.document',
  'bilan.formulaire',
  'bilan.modeles.importer.apercu',
  'bilan.modeles.list',
  'budget.compteRendu',
  'budget.lire',
  'collectifs.get',
  'collectifs.list',
  'comptes.list',
  'concertations.get',
  'concertations.list',
  'concertations.partenaires',
  'conformite.evaluer',
  'echange.export',
  'enfants.get',
  'enfants.importerListe.apercu',
  'enfants.list',
  'etablissements.list',
  'familles.list',
  'formations.list',
  'intervenants.activite',
  'intervenants.list',
  'journal.list',
  'lieux.list',
  'projetsBonus.list',
  'recherche.globale',
  'recuperation.etat',
  'registre.get',
  'registre.semaine',
  'registres.bilanAnnuel',
  'registres.exporter',
  'rgpd.exporter',
  'rgpd.exporterPage',
  'rgpd.retention',
  'sauvegardes.etat',
  'sauvegardes.maintenant',
  'seances.list',
  'session.etat',
  'session.fermer',
  'structure.get',
  'tableauDeBord.donnees',
] as const satisfies readonly CallName[]

export const READ_ONLY_CALLS: ReadonlySet<CallName> = new Set<CallName>(NAMES)
