/** Kinds of failure a call can report, with an HTTP status for the HTTP host. */
export const API_ERROR_STATUS = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  unknown_call: 404,
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
