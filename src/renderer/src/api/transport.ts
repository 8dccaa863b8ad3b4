import { ApiError, type ApiErrorBody, type Envelope } from '../../../shared/contract/errors'
import { YEAR_HEADER } from '../../../shared/years/past-year'
import { chosenYear } from './chosen-year'

/** Carries one call to the main process and back; the client never knows which one it has. */
export interface Transport {
  call(name: string, input: unknown): Promise<unknown>
  /**
   * The writes made by the others (another window, a LAN client, the CLI): the call's name only.
   * Returns the unsubscribe. A transport that cannot hear them leaves it out.
   */
  listen?(listener: (name: string) => void): () => void
}

/** The change events' data: the write's call name, nothing else. */
const changeName = (data: unknown): string | null => {
  try {
    const parsed = JSON.parse(String(data)) as { appel?: unknown }
    return typeof parsed.appel === 'string' ? parsed.appel : null
  } catch {
    return null
  }
}

/** Under Electron: the preload's bridge (`window.clas`), results in an envelope. */
export function ipcTransport(bridge: { call(name: string, input: unknown, annee?: string): Promise<Envelope<unknown>>; onChange?(listener: (name: string) => void): () => void }): Transport {
  return {
    async call(name, input) {
      const annee = chosenYear()
      const envelope = await (annee ? bridge.call(name, input, annee) : bridge.call(name, input))
      if (!envelope.ok) throw new ApiError(envelope.error)
      return envelope.result
    },
    ...(bridge.onChange ? { listen: (listener: (name: string) => void) => bridge.onChange!(listener) } : {}),
  }
}

/** This page's name for the server: its own writes are not pushed back to it (it refreshed already). */
const pageId = (): string => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).replace(/[^\w-]/g, '')

function yearHeader(): Record<string, string> {
  const annee = chosenYear()
  return annee ? { [YEAR_HEADER]: annee } : {}
}

/** In a browser: the HTTP host, `POST /api/<call>` with the input as JSON. */
export function httpTransport(base = ''): Transport {
  const client = pageId()
  const listeners = new Set<(name: string) => void>()
  let source: EventSource | null = null
  let opened = 0
  /**
   * Listens while anyone wants to hear. A stream refused (no session yet on a protected base)
   * or ended for good is opened again after a call that may have changed that (an identification,
   * a setup, a recovery), or any call half a minute later; the browser itself reconnects a
   * stream cut by the network.
   */
  const ensureListening = (after?: string) => {
    if (listeners.size === 0 || typeof EventSource === 'undefined') return
    if (source && source.readyState !== EventSource.CLOSED) return
    if (source && after !== undefined && !/^(session|setup|recuperation)\./.test(after) && Date.now() - opened < 30_000) return
    opened = Date.now()
    source = new EventSource(`${base}/api/evenements?client=${client}`)
    source.addEventListener('change', (event) => {
      const name = changeName((event as MessageEvent).data)
      if (name) listeners.forEach((l) => l(name))
    })
  }
  return {
    listen(listener) {
      listeners.add(listener)
      ensureListening()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          source?.close()
          source = null
        }
      }
    },
    async call(name, input) {
      let response: Response
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clas-client': client, ...yearHeader() },
          body: JSON.stringify(input ?? {}),
        })
      } catch {
        throw new ApiError({ code: 'internal', message: "L'application ne répond plus : vérifiez qu'elle est toujours lancée." })
      }
      const body = (await response.json().catch(() => null)) as { result?: unknown; error?: ApiErrorBody } | null
      if (!response.ok || !body || body.error) {
        throw new ApiError(body?.error ?? { code: 'internal', message: `Erreur inattendue (${response.status}).` })
      }
      ensureListening(name)
      return body.result
    },
  }
}
