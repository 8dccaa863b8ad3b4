/** Kinds of failure a call can report, with an HTTP status for the HTTP host. */
export const API_ERROR_STATUS = {
  validation: 400,
  /** Accounts exist and no session is open (never opened, closed, expired): identify first. */
  unauthorized: 401,
  /** The account's role does not allow this call (a bénévole exporting, deleting…). */
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unknown_call: 404,
  /** Too many failed logins (an account locked for a while, or one address trying too often). */
  rate_limited: 429,
  /** The database could not be opened at start: only the recovery calls answer. */
  unavailable: 503,
  internal: 500,
} as const
export type ApiErrorCode = keyof typeof API_ERROR_STATUS

export interface ApiErrorBody {
  code: ApiErrorCode
  /** French, for a person: `niveau : « CM3 » n'est pas un niveau scolaire`. */
  message: string
  /** JSON path of the faulty field, when one is at fault. */
  field?: string
}

/** The one error type every transport rebuilds on the caller's side. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly field?: string
  constructor(body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.field = body.field
  }
  toBody(): ApiErrorBody {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field }
  }
}

/** Result envelope used where exceptions cannot cross (IPC). */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody }
