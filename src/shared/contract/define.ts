import type { z } from 'zod'

/**
 * A call of the API: the schema of its input and of its output. What the call is allowed and
 * how it runs (read-only, permission, journal…) is declared beside it in `policy.ts`.
 */
export interface CallDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

export type ContractMap = Record<string, CallDef>

/** Declares a call; the identity function keeps the exact zod types for inference. */
export function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallDef<I, O> {
  return { input, output }
}
