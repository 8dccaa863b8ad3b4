import { eq } from 'drizzle-orm'
import type { CallName, ParsedInput } from '../../shared/contract'
import type { CompteCourant } from '../../shared/contract/comptes'
import { ApiError } from '../../shared/contract/errors'
import type { Db } from '../store/open-database'
import { seances } from '../store/schema'

/**
 * Who may make each call once the base has accounts (without any, everything is allowed, as
 * before accounts existed):
 * - `session`: anyone, even without a session: what it takes to log in (and nothing personal);
 * - `tous`: anyone logged in (reading, for a bénévole too);
 * - `coordinateur`: the coordination only; `export`, `suppression` and `parametres` too, each
 *   named so that a bénévole's refusal says what their account does not allow;
 * - `benevole-collectif` (BENEVOLE_WRITES below): a bénévole for the collectifs assigned to them.
 */
export type Rule = 'session' | 'tous' | 'coordinateur' | 'export' | 'suppression' | 'parametres' | 'benevole-collectif'

type CollectifsOf<N extends CallName> = (input: ParsedInput<N>, db: Db) => (string | null)[]

const collectifOfSeance = (db: Db, seanceId: string): string | null =>
  db.select({ collectifId: seances.collectifId }).from(seances).where(eq(seances.id, seanceId)).get()?.collectifId ?? null

/**
 * The séances and registers a bénévole keeps: each call with the collectifs it touches (null for
 * a séance that does not exist: the service then answers « introuvable »).
 */
const BENEVOLE_WRITES = {
  'seances.plan': (i, _db) => [i.collectifId],
  // Moving a séance of another collectif into one's own is touching both.
  'seances.save': (i, db) => [i.collectifId, ...(i.id ? [collectifOfSeance(db, i.id)] : [])],
  'seances.cancel': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'seances.restore': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.setPresence': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.setPresences': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.update': (i, db) => [collectifOfSeance(db, i.seanceId)],
} satisfies { [N in CallName]?: CollectifsOf<N> }

type BenevoleWrite = keyof typeof BENEVOLE_WRITES

/** Every other call: adding a call to the contract without a line here does not compile. */
const RULES: Record<Exclude<CallName, BenevoleWrite>, Exclude<Rule, 'benevole-collectif'>> = {
  'session.etat': 'session',
  'session.ouvrir': 'session',
  'session.fermer': 'session',
  // The association's name and year, for the lock screen: nothing personal.
  'app.status': 'session',

  'app.openDemo': 'parametres',
  'app.leaveDemo': 'tous',
  'app.remplirDemo': 'parametres',
  'setup.create': 'parametres',
  'structure.get': 'tous',
  'annees.liste': 'tous',
  'tableauDeBord.comparaison': 'tous',
  'structure.update': 'parametres',

  'lieux.list': 'tous',
  'lieux.save': 'coordinateur',
  'lieux.supprimer': 'suppression',
  'etablissements.list': 'tous',
  'etablissements.save': 'coordinateur',
  'etablissements.supprimer': 'suppression',
  'intervenants.list': 'tous',
  'intervenants.save': 'coordinateur',
  'intervenants.supprimer': 'suppression',
  'intervenants.activite': 'tous',
  'familles.list': 'tous',
  'familles.save': 'coordinateur',
  'familles.supprimer': 'suppression',
  'collectifs.list': 'tous',
  'collectifs.get': 'tous',
  'collectifs.save': 'coordinateur',
  'collectifs.supprimer': 'suppression',
  'enfants.list': 'tous',
  'enfants.get': 'tous',
  'enfants.save': 'coordinateur',
  'enfants.supprimer': 'suppression',
  'enfants.enroll': 'coordinateur',
  'enfants.inscrirePlusieurs': 'coordinateur',
  'enfants.importerListe.apercu': 'coordinateur',
  'enfants.importerListe.confirmer': 'coordinateur',

  'seances.list': 'tous',
  'seances.supprimer': 'suppression',
  'registre.get': 'tous',
  'registre.semaine': 'tous',

  'echange.export': 'export',
  'echange.import': 'coordinateur',
  'conformite.evaluer': 'tous',
  'tableauDeBord.donnees': 'tous',

  'bilan.chiffres': 'tous',
  'bilan.formulaire': 'tous',
  'bilan.apercu': 'tous',
  'bilan.reponses.enregistrer': 'coordinateur',
  'bilan.corrections.enregistrer': 'coordinateur',
  'bilan.document': 'export',
  'bilan.modeles.list': 'tous',
  'bilan.modeles.importer.apercu': 'coordinateur',
  'bilan.modeles.importer.confirmer': 'coordinateur',
  'bilan.modeles.supprimer': 'suppression',
  'registres.exporter': 'export',
  'registres.bilanAnnuel': 'export',

  'annulation.annuler': 'suppression',

  'anneeSuivante.preparer': 'coordinateur',
  'anneeSuivante.demarrer': 'coordinateur',
  // The bilan's questions are read by everyone who reads the Bilan screen.
  'anneeSuivante.reponsesPrecedentes': 'tous',

  'sauvegardes.etat': 'parametres',
  'sauvegardes.choisirDossier': 'parametres',
  'sauvegardes.definirPhrase': 'parametres',
  'sauvegardes.maintenant': 'parametres',
  'sauvegardes.restaurer': 'parametres',
  // With the base open these do nothing, but they name files and folders.
  'recuperation.etat': 'parametres',
  'recuperation.restaurer': 'parametres',
  'recuperation.reessayer': 'parametres',
  'recuperation.nouvelleBase': 'parametres',

  'rgpd.exporter': 'export',
  'rgpd.exporterPage': 'export',
  'rgpd.effacer': 'suppression',
  'rgpd.retention': 'suppression',
  'rgpd.purger': 'suppression',

  'projetsBonus.list': 'tous',
  'projetsBonus.save': 'coordinateur',
  'projetsBonus.supprimer': 'suppression',
  // A bénévole reads the budget only if the coordinator allows it: checked by the service.
  'budget.lire': 'tous',
  'budget.enregistrer': 'coordinateur',
  'budget.acces.regler': 'parametres',
  'budget.compteRendu': 'export',
  'recherche.globale': 'tous',
  'formations.list': 'tous',
  'formations.save': 'coordinateur',
  'formations.supprimer': 'suppression',
  'concertations.list': 'tous',
  'concertations.get': 'tous',
  'concertations.save': 'coordinateur',
  'concertations.supprimer': 'suppression',
  'concertations.partenaires': 'tous',
  'actionsParents.list': 'tous',
  'actionsParents.get': 'tous',
  'actionsParents.save': 'coordinateur',
  'actionsParents.supprimer': 'suppression',

  'comptes.list': 'parametres',
  'comptes.save': 'parametres',
  'comptes.supprimer': 'suppression',
  'journal.list': 'parametres',

  'cloture.etat': 'tous',
  'cloture.verifier': 'tous',
  // Writes files (in a folder of the server's disk when one is named): the coordination only.
  'cloture.demarrer': 'export',
  'cloture.progression': 'export',
  'cloture.telecharger': 'export',
  'cloture.ouvrirDossier': 'export',
  'cloture.cloturer': 'parametres',
  'cloture.rouvrir': 'parametres',
}

const isBenevoleWrite = (name: CallName): name is BenevoleWrite => Object.hasOwn(BENEVOLE_WRITES, name)

export function ruleOf(name: CallName): Rule {
  return isBenevoleWrite(name) ? 'benevole-collectif' : RULES[name]
}

const REFUSED: Record<Exclude<Rule, 'session' | 'tous'>, string> = {
  coordinateur: 'de modifier ces données',
  export: "d'exporter des données",
  suppression: 'de supprimer des données',
  parametres: 'de gérer les paramètres, les comptes ni le journal',
  'benevole-collectif': "de modifier les séances d'un collectif qui ne vous est pas confié",
}

/** Who calls, as the dispatcher found out before the call. */
export interface Identity {
  /** The base has accounts. */
  protege: boolean
  compte: CompteCourant | null
}

export const UNAUTHORIZED_MESSAGE = 'Session expirée ou fermée : identifiez-vous.'

/**
 * Throws when the caller may not make this call with this input: `unauthorized` without a
 * session, `forbidden` beyond the account's role. Runs before the service, so a refused call
 * writes nothing.
 */
export function authorize<N extends CallName>(db: Db, name: N, input: ParsedInput<N>, who: Identity): void {
  if (!who.protege) return
  const rule = ruleOf(name)
  if (rule === 'session') return
  if (!who.compte) throw new ApiError({ code: 'unauthorized', message: UNAUTHORIZED_MESSAGE })
  if (rule === 'tous' || who.compte.role === 'coordinateur') return
  if (rule === 'benevole-collectif') {
    const touched = (BENEVOLE_WRITES[name as BenevoleWrite] as CollectifsOf<BenevoleWrite>)(input as ParsedInput<BenevoleWrite>, db)
    const mine = new Set(who.compte.collectifIds)
    if (touched.every((id) => id === null || mine.has(id))) return
  }
  throw new ApiError({ code: 'forbidden', message: `Votre compte bénévole ne permet pas ${REFUSED[rule]} : demandez à la coordination.` })
}

/**
 * What this session may do, for the screens to show only that (the rules stay here): the calls
 * allowed whatever the input, and the collectifs whose séances and registers it may write (null:
 * every one). Without accounts everything is allowed; locked, only what logging in takes.
 */
export function rightsOf(who: Identity): { appels: CallName[]; collectifs: string[] | null } {
  const all = [...Object.keys(RULES), ...Object.keys(BENEVOLE_WRITES)] as CallName[]
  if (!who.protege || who.compte?.role === 'coordinateur') return { appels: all, collectifs: null }
  const allowed: Rule[] = who.compte ? ['session', 'tous'] : ['session']
  return { appels: all.filter((name) => allowed.includes(ruleOf(name))), collectifs: who.compte?.collectifIds ?? [] }
}
