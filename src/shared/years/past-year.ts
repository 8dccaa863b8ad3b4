import type { CallName } from '../contract'

/**
 * Calls about the base as a whole, not about one school year: they always work on the live base,
 * whichever year the screens show (signing in, accounts, backups, the years themselves, a
 * person's rights — an erasure reaches every year, archives included). `app.status` is not one:
 * for a past year it names that year (its dates, its zone), which the screens take their bounds from.
 */
export const BASE_WIDE_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'app.openDemo', 'app.leaveDemo', 'setup.create',
  'session.etat', 'session.ouvrir', 'session.fermer',
  'comptes.list', 'comptes.save', 'comptes.supprimer', 'journal.list',
  'sauvegardes.etat', 'sauvegardes.maintenant', 'sauvegardes.choisirDossier', 'sauvegardes.definirPhrase', 'sauvegardes.restaurer',
  'recuperation.etat', 'recuperation.nouvelleBase', 'recuperation.reessayer', 'recuperation.restaurer',
  'rgpd.exporter', 'rgpd.exporterPage', 'rgpd.effacer', 'rgpd.retention', 'rgpd.purger',
  'annees.liste',
  // The next year always starts from the current one, whichever year is on screen.
  'anneeSuivante.preparer', 'anneeSuivante.demarrer', 'anneeSuivante.reponsesPrecedentes',
])

/** A school year's libellé as the hosts carry it (`X-Clas-Annee`, the IPC message, `--year`). */
export const ANNEE_LIBELLE = /^(\d{4})-(\d{4})$/

export const isAnneeLibelle = (value: string): boolean => {
  const m = ANNEE_LIBELLE.exec(value)
  return m !== null && Number(m[2]) === Number(m[1]) + 1
}

/** The refusal of a write for a past year: nothing is written. */
export const pastYearRefusal = (libelle: string) => `L'année ${libelle} est passée : elle se consulte mais ne se modifie plus.`

/** The HTTP header by which the page names the year it shows. */
export const YEAR_HEADER = 'X-Clas-Annee'
