import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import { READ_ONLY_CALLS } from '../../../shared/contract/read-only-calls'
import { ApiError } from '../../../shared/contract/errors'
import { httpTransport, ipcTransport, type Transport } from './transport'

type Listener = (name: CallName) => void
type ErrorListener = (error: ApiError, name: CallName) => void

/** The renderer's one way to the data: typed calls of the contract over whichever transport is there. */
export function createClient(transport: Transport) {
  const listeners = new Set<Listener>()
  const errorListeners = new Set<ErrorListener>()
  return {
    // `{} extends Input`: the input may be left out when every field of it is optional.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    async call<N extends CallName>(name: N, ...args: {} extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]): Promise<CallOutput<N>> {
      let result: CallOutput<N>
      try {
        result = (await transport.call(name, args[0] ?? {})) as CallOutput<N>
      } catch (error) {
        // A session that ended (idle, closed elsewhere) shows the lock screen, whatever the call.
        if (error instanceof ApiError) errorListeners.forEach((l) => l(error, name))
        throw error
      }
      // Views showing derived figures (dashboard, week grid) refresh on any write.
      if (!READ_ONLY_CALLS.has(name)) listeners.forEach((l) => l(name))
      return result
    },
    /** Called after every successful write; returns the unsubscribe. */
    onChange(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Called on every refused call, before the caller sees the error; returns the unsubscribe. */
    onError(listener: ErrorListener): () => void {
      errorListeners.add(listener)
      return () => errorListeners.delete(listener)
    },
  }
}

export type ApiClient = ReturnType<typeof createClient>

declare global {
  interface Window {
    clas?: Parameters<typeof ipcTransport>[0]
  }
}

export const api: ApiClient = createClient(typeof window !== 'undefined' && window.clas ? ipcTransport(window.clas) : httpTransport())
