import { eq } from 'drizzle-orm'
import type { CallName, ParsedInput } from '../../shared/contract'
import type { CompteCourant } from '../../shared/contract/comptes'
import { ApiError } from '../../shared/contract/errors'
import { CALL_POLICY, type CallsWithRule, type Rule } from '../../shared/contract/policy'
import type { Db } from '../store/open-database'
import { seances } from '../store/schema'

/**
 * Who may make each call once the base has accounts: its `rule` in contract/policy.ts (without
 * accounts, everything is allowed, as before accounts existed). Here, what a rule needs besides
 * the caller's role: which collectifs a `benevole-collectif` call touches.
 */

type CollectifsOf<N extends CallName> = (input: ParsedInput<N>, db: Db) => (string | null)[]

const collectifOfSeance = (db: Db, seanceId: string): string | null =>
  db.select({ collectifId: seances.collectifId }).from(seances).where(eq(seances.id, seanceId)).get()?.collectifId ?? null

/**
 * The séances and registers a bénévole keeps: each `benevole-collectif` call with the collectifs
 * it touches (null for a séance that does not exist: the service then answers « introuvable »).
 * A call given that rule without its line here, or a line for another call, does not compile.
 */
const BENEVOLE_WRITES: { [N in BenevoleWrite]: CollectifsOf<N> } = {
  'seances.plan': (i, _db) => [i.collectifId],
  // Moving a séance of another collectif into one's own is touching both.
  'seances.save': (i, db) => [i.collectifId, ...(i.id ? [collectifOfSeance(db, i.id)] : [])],
  'seances.cancel': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'seances.restore': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.setPresence': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.setPresences': (i, db) => [collectifOfSeance(db, i.seanceId)],
  'registre.update': (i, db) => [collectifOfSeance(db, i.seanceId)],
}

type BenevoleWrite = CallsWithRule<'benevole-collectif'>

export const ruleOf = (name: CallName): Rule => CALL_POLICY[name].rule

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
  const all = Object.keys(CALL_POLICY) as CallName[]
  if (!who.protege || who.compte?.role === 'coordinateur') return { appels: all, collectifs: null }
  const allowed: Rule[] = who.compte ? ['session', 'tous'] : ['session']
  return { appels: all.filter((name) => allowed.includes(ruleOf(name))), collectifs: who.compte?.collectifIds ?? [] }
}
