import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import { CALL_POLICY } from '../../../shared/contract/policy'
import { ApiError } from '../../../shared/contract/errors'
import { httpTransport, ipcTransport, type Transport } from './transport'

/** `distant`: the write was made elsewhere (another window, a LAN client, the CLI), not by this page. */
type Listener = (name: CallName, origin: { distant: boolean }) => void
type ErrorListener = (error: ApiError, name: CallName) => void

/** How long the others' writes are gathered before the screens read again. */
const DISTANT_BURST_MS = 250
const CALL_NAME = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/

/** The renderer's one way to the data: typed calls of the contract over whichever transport is there. */
export function createClient(transport: Transport) {
  const listeners = new Set<Listener>()
  const errorListeners = new Set<ErrorListener>()
  // The others' writes refresh what is on screen just as this page's own do; a burst of them
  // (a register marked on another laptop, child after child) is told once per call name.
  const heard = new Set<CallName>()
  let telling: ReturnType<typeof setTimeout> | undefined
  transport.listen?.((name) => {
    // The server tells call names only; anything else is not for us (the contract is not loaded here).
    if (!CALL_NAME.test(name)) return
    heard.add(name as CallName)
    telling ??= setTimeout(() => {
      telling = undefined
      const names = [...heard]
      heard.clear()
      for (const n of names) listeners.forEach((l) => l(n, { distant: true }))
    }, DISTANT_BURST_MS)
  })
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
      if (!CALL_POLICY[name].readOnly) listeners.forEach((l) => l(name, { distant: false }))
      return result
    },
    /** Called after every successful write, this page's or another's; returns the unsubscribe. */
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
    /** The desktop app's preload bridge; absent in a browser (`clas serve`). */
    clas?: Parameters<typeof ipcTransport>[0] & {
      /** The native folder dialog: the path chosen, or null (see lib/folder-picker.ts). */
      choisirDossier?(usage: string, depuis?: string): Promise<string | null>
    }
  }
}

export const api: ApiClient = createClient(typeof window !== 'undefined' && window.clas ? ipcTransport(window.clas) : httpTransport())
