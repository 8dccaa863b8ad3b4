import type { z } from 'zod'

/** A call of the API: the schema of its input and of its output. */
export interface CallDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** Calls that only read may run with fewer guarantees (no write transaction). */
  readOnly?: boolean
}

export type ContractMap = Record<string, CallDef>

/** Declares a call; the identity function keeps the exact zod types for inference. */
export function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, opts: { readOnly?: boolean } = {}): CallDef<I, O> {
  return { input, output, ...opts }
}
