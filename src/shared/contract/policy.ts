import type { CallName } from '.'

/**
 * What each call of the contract is allowed and how the dispatcher runs it, declared once, with
 * the call: the dispatcher, the permissions, the closed and past years, the journal's words and
 * the window all read it here. Free of zod (types only from the contract), so the window's first
 * chunk can import it without the schemas.
 */

/**
 * Who may make a call once the base has accounts (without any, everything is allowed, as
 * before accounts existed):
 * - `session`: anyone, even without a session: what it takes to log in (and nothing personal);
 * - `tous`: anyone logged in (reading, for a bénévole too);
 * - `coordinateur`: the coordination only; `export`, `suppression` and `parametres` too, each
 *   named so that a bénévole's refusal says what their account does not allow;
 * - `benevole-collectif`: a bénévole for the collectifs assigned to them (which collectifs a
 *   call touches: `BENEVOLE_WRITES` in main/access/permissions.ts).
 */
export type Rule = 'session' | 'tous' | 'coordinateur' | 'export' | 'suppression' | 'parametres' | 'benevole-collectif'

export interface CallPolicy {
  /**
   * Writes nothing: runs without a write transaction (and may answer with a promise), is not
   * journaled nor told to the other windows, and is allowed on a past or closed year.
   */
  readOnly: boolean
  rule: Rule
  /**
   * The journal's line for this write, in French words (the Journal screen shows it); false for
   * a write that changes no data of the association, and for every read.
   */
  journal: string | false
  /**
   * A write that switches or replaces the database itself, or freezes the year before writing
   * (the start of the next year), or must checkpoint it after its own transaction (an erasure),
   * or hashes a secret first (scrypt runs asynchronously, so as not to block every other
   * caller), and so cannot run inside one: it may answer with a promise and opens its own
   * transaction for its writes.
   */
  outsideTransaction: boolean
  /** A write that changes no data anyone sees: the other windows are not told of it. */
  notPushed: boolean
  /** A write that replaces much at once: the file is backed up first, outside its transaction. */
  backedUpFirst: boolean
  /**
   * A read of the whole year that answers the same to every caller allowed to make it: kept
   * until the next write (after each mark typed, the screens ask again).
   */
  keptUntilWrite: boolean
  /**
   * Allowed while the year is closed: every read, and the writes of signing in, accounts,
   * backups and recovery, the app itself, the RGPD rights (erasure is a right, closed year or
   * not), closing and reopening, starting the next year.
   */
  allowedWhileClosed: boolean
  /**
   * About the base as a whole, not about one school year: always works on the live base,
   * whichever year the screens show (signing in, accounts, backups, the years themselves, a
   * person's rights — an erasure reaches every year, archives included). `app.status` is not
   * one: for a past year it names that year (its dates, its zone), which the screens take their
   * bounds from.
   */
  baseWide: boolean
}

type Policy<R extends Rule> = Readonly<CallPolicy & { rule: R }>

const read = <R extends Rule>(rule: R, flags: Partial<Pick<CallPolicy, 'keptUntilWrite' | 'baseWide'>> = {}): Policy<R> => ({
  readOnly: true, rule, journal: false, outsideTransaction: false, notPushed: false, backedUpFirst: false, keptUntilWrite: false, allowedWhileClosed: true, baseWide: false, ...flags,
})

/** A write names its journal's words, or says false: a missing label cannot go unnoticed. */
const write = <R extends Rule>(
  rule: R,
  journal: string | false,
  flags: Partial<Pick<CallPolicy, 'outsideTransaction' | 'notPushed' | 'backedUpFirst' | 'allowedWhileClosed' | 'baseWide'>> = {},
): Policy<R> => ({
  readOnly: false, rule, journal, outsideTransaction: false, notPushed: false, backedUpFirst: false, keptUntilWrite: false, allowedWhileClosed: false, baseWide: false, ...flags,
})

/** Every call's policy; adding a call to the contract without its line here does not compile. */
export const CALL_POLICY = {
  // The app, the association and its settings.
  // The association's name and year, for the lock screen: nothing personal.
  'app.status': read('session'),
  'app.openDemo': write('parametres', false, { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  'app.remplirDemo': write('parametres', 'Association de démonstration créée'),
  'app.leaveDemo': write('tous', false, { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  'setup.create': write('parametres', "Création de l'association", { outsideTransaction: true, baseWide: true }),
  'structure.get': read('tous'),
  'structure.update': write('parametres', "Paramètres de l'association modifiés"),

  // The référentiels.
  'lieux.list': read('tous'),
  'lieux.save': write('coordinateur', 'Lieu enregistré'),
  'lieux.supprimer': write('suppression', 'Lieu supprimé'),
  'etablissements.list': read('tous'),
  'etablissements.save': write('coordinateur', 'Établissement enregistré'),
  'etablissements.supprimer': write('suppression', 'Établissement supprimé'),
  'intervenants.list': read('tous'),
  'intervenants.save': write('coordinateur', 'Intervenant enregistré'),
  'familles.list': read('tous'),
  'familles.save': write('coordinateur', 'Famille enregistrée'),
  'familles.supprimer': write('suppression', 'Famille supprimée'),

  'collectifs.list': read('tous'),
  'collectifs.get': read('tous'),
  'collectifs.save': write('coordinateur', 'Collectif enregistré'),
  'collectifs.supprimer': write('suppression', 'Collectif supprimé'),

  'enfants.list': read('tous'),
  'enfants.get': read('tous'),
  'enfants.save': write('coordinateur', 'Enfant enregistré'),
  'enfants.enroll': write('coordinateur', 'Inscription dans un collectif'),
  'enfants.inscrirePlusieurs': write('coordinateur', "Inscription d'enfants dans un collectif"),
  'enfants.supprimer': write('suppression', 'Enfant supprimé'),
  'enfants.importerListe.apercu': read('coordinateur'),
  'enfants.importerListe.confirmer': write('coordinateur', "Liste d'enfants importée"),

  // Séances and registers: a bénévole keeps those of their collectifs.
  'seances.list': read('tous'),
  'seances.plan': write('benevole-collectif', 'Séances planifiées'),
  'seances.save': write('benevole-collectif', 'Séance ajoutée ou déplacée'),
  'seances.cancel': write('benevole-collectif', 'Séance annulée'),
  'seances.restore': write('benevole-collectif', 'Séance rétablie'),
  'seances.supprimer': write('suppression', 'Séance supprimée'),
  'registre.get': read('tous'),
  'registre.setPresence': write('benevole-collectif', 'Présence marquée'),
  'registre.setPresences': write('benevole-collectif', 'Présences marquées'),
  'registre.update': write('benevole-collectif', 'Registre complété (équipe, activités, note)'),
  'registre.semaine': read('tous'),

  'echange.export': read('export'),
  'echange.import': write('coordinateur', "Import d'un document d'échange", { backedUpFirst: true }),

  // Figures, compliance, bilan.
  'conformite.evaluer': read('tous', { keptUntilWrite: true }),
  'tableauDeBord.donnees': read('tous', { keptUntilWrite: true }),
  'bilan.chiffres': read('tous', { keptUntilWrite: true }),
  'bilan.formulaire': read('tous'),
  'bilan.reponses.enregistrer': write('coordinateur', 'Réponse du bilan enregistrée'),
  'bilan.corrections.enregistrer': write('coordinateur', 'Chiffre du bilan corrigé'),
  'bilan.document': read('export'),
  'bilan.apercu': read('tous'),
  'bilan.modeles.list': read('tous'),
  'bilan.modeles.importer.apercu': read('coordinateur'),
  'bilan.modeles.importer.confirmer': write('coordinateur', 'Formulaire de bilan importé'),
  'bilan.modeles.supprimer': write('suppression', 'Formulaire de bilan supprimé'),

  'registres.exporter': read('export'),
  'registres.bilanAnnuel': read('export'),

  'annulation.annuler': write('suppression', 'Suppression annulée'),

  // Backups and recovery, about the file itself.
  'sauvegardes.etat': read('parametres', { baseWide: true }),
  'sauvegardes.choisirDossier': write('parametres', 'Dossier des sauvegardes changé', { allowedWhileClosed: true, baseWide: true }),
  'sauvegardes.definirPhrase': write('parametres', 'Phrase de passe des sauvegardes changée', { allowedWhileClosed: true, baseWide: true }),
  'sauvegardes.maintenant': read('parametres', { baseWide: true }),
  'sauvegardes.copie': read('parametres', { baseWide: true }),
  'sauvegardes.restaurer': write('parametres', 'Sauvegarde restaurée', { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  // With the base open these do nothing, but they name files and folders.
  'recuperation.etat': read('parametres', { baseWide: true }),
  'recuperation.restaurer': write('parametres', 'Sauvegarde restaurée', { allowedWhileClosed: true, baseWide: true }),
  'recuperation.reessayer': write('parametres', false, { allowedWhileClosed: true, baseWide: true }),
  'recuperation.nouvelleBase': write('parametres', 'Nouvelle base vide', { allowedWhileClosed: true, baseWide: true }),

  // A person's rights: an erasure reaches every year, archives included.
  'rgpd.exporter': read('export', { baseWide: true }),
  'rgpd.exporterPage': read('export', { baseWide: true }),
  'rgpd.effacer': write('suppression', "Données effacées (droit à l'effacement)", { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  'rgpd.retention': read('suppression', { baseWide: true }),
  'rgpd.purger': write('suppression', 'Enfants partis effacés (durée de conservation)', { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),

  // The rest of the association's work.
  'projetsBonus.list': read('tous'),
  'projetsBonus.save': write('coordinateur', 'Projet bonus enregistré'),
  'projetsBonus.supprimer': write('suppression', 'Projet bonus supprimé'),
  'recherche.globale': read('tous'),
  'intervenants.supprimer': write('suppression', 'Intervenant supprimé'),
  'intervenants.activite': read('tous'),
  'formations.list': read('tous'),
  'formations.save': write('coordinateur', 'Formation enregistrée'),
  'formations.supprimer': write('suppression', 'Formation supprimée'),
  'concertations.list': read('tous'),
  'concertations.get': read('tous'),
  'concertations.save': write('coordinateur', 'Concertation enregistrée'),
  'concertations.supprimer': write('suppression', 'Concertation supprimée'),
  'concertations.partenaires': read('tous'),
  'actionsParents.list': read('tous'),
  'actionsParents.get': read('tous'),
  'actionsParents.save': write('coordinateur', 'Action avec les parents enregistrée'),
  'actionsParents.supprimer': write('suppression', 'Action avec les parents supprimée'),

  // Signing in, accounts and the journal.
  'session.etat': read('session', { baseWide: true }),
  'session.ouvrir': write('session', false, { outsideTransaction: true, notPushed: true, allowedWhileClosed: true, baseWide: true }),
  'session.fermer': read('session', { baseWide: true }),
  'comptes.list': read('parametres', { baseWide: true }),
  'comptes.save': write('parametres', 'Compte enregistré', { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  'comptes.supprimer': write('suppression', 'Compte supprimé', { allowedWhileClosed: true, baseWide: true }),
  'journal.list': read('parametres', { baseWide: true }),

  // A bénévole reads the budget only if the coordinator allows it: checked by the service.
  'budget.lire': read('tous'),
  'budget.enregistrer': write('coordinateur', "Budget de l'action enregistré"),
  'budget.acces.regler': write('parametres', 'Accès des bénévoles au budget modifié'),
  'budget.compteRendu': read('export'),

  // The next year always starts from the current one, whichever year is on screen.
  'anneeSuivante.preparer': read('coordinateur', { baseWide: true }),
  'anneeSuivante.demarrer': write('coordinateur', 'Nouvelle année scolaire démarrée', { outsideTransaction: true, allowedWhileClosed: true, baseWide: true }),
  // The bilan's questions are read by everyone who reads the Bilan screen.
  'anneeSuivante.reponsesPrecedentes': read('tous', { baseWide: true }),

  // Closing the year.
  'cloture.etat': read('tous'),
  'cloture.verifier': read('tous'),
  // Writes files (in a folder of the server's disk when one is named): the coordination only.
  'cloture.demarrer': read('export'),
  'cloture.progression': read('export'),
  'cloture.telecharger': read('export'),
  'cloture.ouvrirDossier': read('export'),
  'cloture.cloturer': write('parametres', 'Année clôturée', { allowedWhileClosed: true }),
  'cloture.rouvrir': write('parametres', 'Année rouverte', { allowedWhileClosed: true }),

  // The years.
  'annees.liste': read('tous', { baseWide: true }),
  'tableauDeBord.comparaison': read('tous', { keptUntilWrite: true }),
} satisfies Record<CallName, CallPolicy>

/** The calls a rule applies to, e.g. `CallsWithRule<'benevole-collectif'>`. */
export type CallsWithRule<R extends Rule> = { [N in CallName]: (typeof CALL_POLICY)[N]['rule'] extends R ? N : never }[CallName]
