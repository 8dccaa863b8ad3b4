import { contract, isCallName, type CallName, type CallOutput } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { frenchErrorMap, listProblems, problemLine } from '../../shared/validation/french-errors'
import type { Workspace } from '../workspace'
import type { Handler } from './context'
import { handlers } from './registry'

/** Calls that switch the database themselves and so cannot run inside a transaction on it. */
const OUTSIDE_TRANSACTION = new Set<CallName>(['app.openDemo', 'app.leaveDemo'])
/** Calls that replace much at once: the file is backed up first, outside their transaction. */
const BACKED_UP_FIRST = new Set<CallName>(['echange.import'])

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
}

export type Dispatch = (name: string, input: unknown) => unknown

/** Parses `raw` with the call's input schema; the first problem becomes a French ApiError. */
export function parseInput<N extends CallName>(name: N, raw: unknown) {
  const parsed = contract[name].input.safeParse(raw ?? {}, { error: frenchErrorMap })
  if (!parsed.success) {
    const first = listProblems(parsed.error)[0]
    throw new ApiError({ code: 'validation', message: problemLine(first), ...(first.path ? { field: first.path } : {}) })
  }
  return parsed.data
}

/**
 * The one way into the services, shared by the three hosts: the call name is checked, the
 * input parsed by the contract (nothing is written on bad input), and each write call runs in
 * one transaction, so a failure anywhere leaves the database as it was.
 */
export function createDispatcher(workspace: Workspace, options: DispatchOptions = {}): Dispatch {
  return function dispatch(name: string, raw: unknown): unknown {
    if (!isCallName(name)) throw new ApiError({ code: 'unknown_call', message: `Appel inconnu : « ${name.slice(0, 60)} ».` })
    const input = parseInput(name, raw)
    const handler = handlers[name] as Handler<CallName>
    if (BACKED_UP_FIRST.has(name)) backupFirst(workspace)
    const ctx = workspace.context()
    const readOnly = (contract[name] as { readOnly?: boolean }).readOnly === true
    const failure = (error: unknown) => {
      if (error instanceof ApiError) return error
      options.onInternalError?.(name, error)
      return new ApiError({ code: 'internal', message: "Une erreur inattendue s'est produite : rien n'a été enregistré pour cette action." })
    }
    const checked = (result: CallOutput<CallName>) => {
      if (options.checkOutput) {
        const check = contract[name].output.safeParse(result)
        if (!check.success) throw new Error(`${name}: output does not match the contract: ${JSON.stringify(check.error.issues.slice(0, 3))}`)
      }
      return result
    }
    let result: CallOutput<CallName> | Promise<CallOutput<CallName>>
    try {
      result = readOnly || OUTSIDE_TRANSACTION.has(name)
        ? handler(input as never, ctx)
        : ctx.sqlite.transaction(() => handler(input as never, ctx)).immediate()
    } catch (error) {
      throw failure(error)
    }
    // A read-only call may finish later (a file to build: exceljs and pdfmake only write
    // asynchronously); a write call may not, since its transaction has closed by then.
    if (result instanceof Promise) {
      if (!readOnly) throw new Error(`${name}: a write call must answer synchronously, inside its transaction`)
      return result.then(checked, (error: unknown) => Promise.reject(failure(error)))
    }
    return checked(result)
  }
}
