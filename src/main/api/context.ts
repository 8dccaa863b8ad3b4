import type Database from 'better-sqlite3'
import type { CallName, CallOutput, ParsedInput } from '../../shared/contract'
import type { Db } from '../store/open-database'
import type { Workspace } from '../workspace'
import type { CallAccess } from '../access/call-access'

/** What a service sees: the open database and the means to make ids and dates. */
export interface ServiceContext {
  db: Db
  sqlite: Database.Database
  workspace: Workspace
  newId(): string
  /** Today as YYYY-MM-DD in local time (a parameter so tests can fix it). */
  today(): string
  /**
   * The school year the calls read instead of the one marked `courante` (`clas figures --year`);
   * absent: the current year.
   */
  annee?: string
  /** Who calls and the sessions, set by the dispatcher (absent in a context made outside a call). */
  access?: CallAccess
  /** What the call's preparer made before its transaction (a file read): see `Preparer`. */
  prepared?: unknown
}

/** A read-only call may answer with a promise (a file being built); a write call answers at once. */
export type Handler<N extends CallName> = (input: ParsedInput<N>, ctx: ServiceContext) => CallOutput<N> | Promise<CallOutput<N>>
export type HandlerMap<K extends CallName> = { [N in K]: Handler<N> }

/**
 * Work a write call needs done before its short synchronous transaction, without holding the
 * process meanwhile (reading an .xlsx takes a worker and up to seconds): its result reaches the
 * handler as `ctx.prepared`. Refusals are ApiErrors, as the handler's.
 */
/** `ctx`: the base as the call found it, to read (never to write) before the transaction. */
export type Preparer<N extends CallName> = (input: ParsedInput<N>, ctx: ServiceContext) => Promise<unknown>
export type PreparerMap = { [N in CallName]?: Preparer<N> }
