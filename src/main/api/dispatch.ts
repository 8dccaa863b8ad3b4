import { contract, isCallName, type CallName, type CallOutput, type ParsedInput } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { CALL_POLICY } from '../../shared/contract/policy'
import { frenchErrorMap, listProblems, problemLine } from '../../shared/validation/french-errors'
import type { Workspace } from '../workspace'
import type { CallAccess } from '../access/call-access'
import { identify } from '../access/identify'
import { journalEntry } from '../access/journal'
import { authorize, UNAUTHORIZED_MESSAGE } from '../access/permissions'
import { SessionStore, type Caller } from '../access/sessions'
import { BUSY_MESSAGE, isBusyError } from '../store/busy'
import { insertJournal } from '../store/repos/comptes'
import type { ChangeFeed } from '../changes/change-feed'
import { refuseIfClosed } from '../years/closed-year'
import type { Handler, Preparer, ServiceContext } from './context'
import type { Identity } from '../access/permissions'
import { handlers, preparers } from './registry'
import { checkChosenYear, contextForYear } from '../years/past-year'

/** What a `keptUntilWrite` result depends on besides the data: the input, the year chosen and today (the default date). */
const keepKey = (name: CallName, input: unknown, ctx: ServiceContext) => JSON.stringify([name, input, ctx.annee ?? null, ctx.today()])

function backupFirst(workspace: Workspace): void {
  try {
    workspace.backupSync('import')
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new ApiError({ code: 'internal', message: `La sauvegarde qui précède cette action a échoué (${why}) : rien n'a été modifié.` })
  }
}

export interface DispatchOptions {
  /** Re-validates every result against the contract (tests): catches a service drifting from it. */
  checkOutput?: boolean
  /** Where unexpected failures are reported; never given personal data, only the error. */
  onInternalError?: (name: string, error: unknown) => void
  /** The sessions of the host's callers: one store per host, kept when the base is reopened. */
  sessions?: SessionStore
  /** Milliseconds since 1970, for the journal and the lock-outs (tests fix it). */
  now?: () => number
  /** Where each successful write is told, for the other windows and LAN clients (the UI hosts). */
  changes?: ChangeFeed
}

/**
 * `caller`: the renderer's hosts (HTTP, Electron) pass who is calling, and the permissions
 * apply once the base has accounts; the command line passes none: it works on the file directly.
 */
export type Dispatch = (name: string, input: unknown, caller?: Caller) => unknown

/** What a call's failure becomes for the caller: an ApiError in French, never the error itself. */
function failureOf(name: string, error: unknown, options: DispatchOptions): ApiError {
  if (error instanceof ApiError) return error
  if (isBusyError(error)) return new ApiError({ code: 'conflict', message: BUSY_MESSAGE })
  options.onInternalError?.(name, error)
  return new ApiError({ code: 'internal', message: "Une erreur inattendue s'est produite : rien n'a été enregistré pour cette action." })
}

/** Parses `raw` with the call's input schema; the first problem becomes a French ApiError. */
export function parseInput<N extends CallName>(name: N, raw: unknown): ParsedInput<N> {
  const parsed = contract[name].input.safeParse(raw ?? {}, { error: frenchErrorMap })
  if (!parsed.success) {
    const first = listProblems(parsed.error)[0]
    throw new ApiError({ code: 'validation', message: problemLine(first), ...(first.path ? { field: first.path } : {}) })
  }
  return parsed.data as ParsedInput<N>
}

/**
 * The one way into the services, shared by the three hosts: the call name is checked, the
 * input parsed by the contract (nothing is written on bad input), and each write call runs in
 * one transaction, so a failure anywhere leaves the database as it was.
 */
export function createDispatcher(workspace: Workspace, options: DispatchOptions = {}): Dispatch {
  const now = options.now ?? Date.now
  const sessions = options.sessions ?? new SessionStore({ now })
  return function dispatch(name: string, raw: unknown, caller?: Caller): unknown {
    if (!isCallName(name)) throw new ApiError({ code: 'unknown_call', message: `Appel inconnu : « ${name.slice(0, 60)} ».` })
    const { readOnly, rule } = CALL_POLICY[name]
    const admit = () => {
      const base = workspace.context()
      const who = identify(base.db, sessions, caller)
      // Before even reading the input: an anonymous caller learns nothing of what a call expects.
      if (who.protege && !who.compte && rule !== 'session') throw new ApiError({ code: 'unauthorized', message: UNAUTHORIZED_MESSAGE })
      // A closed year is read-only: refused before its input is even read, so nothing is written.
      if (!readOnly) refuseIfClosed(base.db, name, checkChosenYear(caller?.annee) ?? base.annee)
      return { base, who }
    }
    const { base, who } = admit()
    const input = parseInput(name, raw)
    authorize(base.db, name, input, who)
    const prepare = preparers[name] as Preparer<CallName> | undefined
    if (!prepare) return execute(name, raw, input, caller, base, who, undefined)
    // The file is read first, while the others' calls go on; then the short write, admitted
    // again (the base, or the caller's session, may have changed meanwhile).
    return prepare(input as never, base).then((prepared) => {
      const again = admit()
      authorize(again.base.db, name, input, again.who)
      return execute(name, raw, input, caller, again.base, again.who, prepared)
    }).catch((error: unknown) => Promise.reject(failureOf(name, error, options)))
  }

  function execute(name: CallName, raw: unknown, input: unknown, caller: Caller | undefined, base: ServiceContext, who: Identity, prepared: unknown): unknown {
    const handler = handlers[name] as Handler<CallName>
    const access: CallAccess = { sessions, caller, compte: who.compte, protege: who.protege, now }
    const policy = CALL_POLICY[name]
    const { readOnly } = policy
    const chosen = checkChosenYear(caller?.annee)
    // A past year: reads go to its frozen copy, writes are refused here, before anything runs.
    let ctx: ServiceContext
    try {
      ctx = contextForYear(name, { ...base, access, ...(chosen !== undefined ? { annee: chosen } : {}), ...(prepared !== undefined ? { prepared } : {}) })
    } catch (error) {
      if (error instanceof ApiError) throw error
      options.onInternalError?.(name, error)
      throw new ApiError({ code: 'internal', message: "L'archive de cette année n'a pas pu être lue." })
    }
    if (policy.backedUpFirst) backupFirst(workspace)
    const journaled = !readOnly && policy.journal !== false
    // Read when the call is done: a call that opened a session (the first account) names its creator.
    const journal = (db: ServiceContext['db'], result: unknown) =>
      insertJournal(db, journalEntry(name, raw, input, result, access.compte?.id ?? null, new Date(now())))
    const failure = (error: unknown) => failureOf(name, error, options)
    const checked = (result: CallOutput<CallName>) => {
      if (options.checkOutput) {
        const check = contract[name].output.safeParse(result)
        if (!check.success) throw new Error(`${name}: output does not match the contract: ${JSON.stringify(check.error.issues.slice(0, 3))}`)
      }
      return result
    }
    const outside = readOnly || policy.outsideTransaction
    // A call that ran its own transactions (or replaced the base) is journaled afterwards, in the
    // base open by then; a failure there must not report as failed what was done.
    const journalAfter = (result: CallOutput<CallName>) => {
      if (!journaled || !outside) return result
      try {
        journal(workspace.context().db, result)
      } catch (error) {
        options.onInternalError?.(`${name} (journal)`, error)
      }
      return result
    }
    // Told once the write is done (committed, or its promise settled): the name only, never data.
    const pushed = (result: CallOutput<CallName>) => {
      if (!readOnly && !policy.notPushed) options.changes?.publish({ appel: name, ...(caller?.client ? { origine: caller.client } : {}) })
      return result
    }
    let result: CallOutput<CallName> | Promise<CallOutput<CallName>>
    const run = () => handler(input as never, ctx)
    // Emptied whether the write succeeds or not: one that fails outside a transaction may have written part.
    const forget = () => workspace.results.clear()
    try {
      // Only the live base's: the cache follows one connection, and an archive's results never change anyway.
      result = policy.keptUntilWrite && ctx.sqlite === base.sqlite
        ? workspace.results.get(ctx.sqlite, keepKey(name, input, ctx), run)
        : outside
        ? run()
        : ctx.sqlite.transaction(() => {
          const done = handler(input as never, ctx)
          // The journal's line is written in the same transaction: both happen, or neither.
          if (journaled && !(done instanceof Promise)) journal(ctx.db, done)
          return done
        }).immediate()
    } catch (error) {
      throw failure(error)
    } finally {
      if (!readOnly) forget()
    }
    // A read-only call may finish later (a file to build: exceljs and pdfmake only write
    // asynchronously); a write call may not, since its transaction has closed by then.
    if (result instanceof Promise) {
      if (!outside) throw new Error(`${name}: a write call must answer synchronously, inside its transaction`)
      if (!readOnly) void result.finally(forget).catch(() => undefined)
      return result.then((r) => pushed(checked(journalAfter(r))), (error: unknown) => Promise.reject(failure(error)))
    }
    return pushed(checked(journalAfter(result)))
  }
}
