import { contract, type CallInput, type CallName, type CallOutput } from '../../../shared/contract'
import { httpTransport, ipcTransport, type Transport } from './transport'

type Listener = (name: CallName) => void

/** The renderer's one way to the data: typed calls of the contract over whichever transport is there. */
export function createClient(transport: Transport) {
  const listeners = new Set<Listener>()
  return {
    // `{} extends Input`: the input may be left out when every field of it is optional.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    async call<N extends CallName>(name: N, ...args: {} extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]): Promise<CallOutput<N>> {
      const result = (await transport.call(name, args[0] ?? {})) as CallOutput<N>
      // Views showing derived figures (dashboard, week grid) refresh on any write.
      if (!(contract[name] as { readOnly?: boolean }).readOnly) listeners.forEach((l) => l(name))
      return result
    },
    /** Called after every successful write; returns the unsubscribe. */
    onChange(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
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
