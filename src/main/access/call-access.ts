import type { CompteCourant } from '../../shared/contract/comptes'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import type { Caller, SessionStore } from './sessions'

/** What the session and account services see of the call. */
export interface CallAccess {
  sessions: SessionStore
  /** Undefined for the command line and the tests, which work on the file directly. */
  caller: Caller | undefined
  /** The logged-in account; a service that opens a session sets it, so the journal names the creator. */
  compte: CompteCourant | null
  protege: boolean
  /** Milliseconds since 1970: lock-outs and the journal (a parameter for tests). */
  now(): number
}

export function accessOf(ctx: ServiceContext): CallAccess {
  if (!ctx.access) throw new ApiError({ code: 'internal', message: "Cet appel passe par le répartiteur de l'application." })
  return ctx.access
}
