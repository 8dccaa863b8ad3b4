import { ApiError, type ApiErrorBody, type Envelope } from '../../../shared/contract/errors'
import { YEAR_HEADER } from '../../../shared/years/past-year'
import { chosenYear } from './chosen-year'

/** Carries one call to the main process and back; the client never knows which one it has. */
export interface Transport {
  call(name: string, input: unknown): Promise<unknown>
}

/** Under Electron: the preload's bridge (`window.clas`), results in an envelope. */
export function ipcTransport(bridge: { call(name: string, input: unknown, annee?: string): Promise<Envelope<unknown>> }): Transport {
  return {
    async call(name, input) {
      const annee = chosenYear()
      const envelope = await (annee ? bridge.call(name, input, annee) : bridge.call(name, input))
      if (!envelope.ok) throw new ApiError(envelope.error)
      return envelope.result
    },
  }
}

function yearHeader(): Record<string, string> {
  const annee = chosenYear()
  return annee ? { [YEAR_HEADER]: annee } : {}
}

/** In a browser: the HTTP host, `POST /api/<call>` with the input as JSON. */
export function httpTransport(base = ''): Transport {
  return {
    async call(name, input) {
      let response: Response
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...yearHeader() },
          body: JSON.stringify(input ?? {}),
        })
      } catch {
        throw new ApiError({ code: 'internal', message: "L'application ne répond plus : vérifiez qu'elle est toujours lancée." })
      }
      const body = (await response.json().catch(() => null)) as { result?: unknown; error?: ApiErrorBody } | null
      if (!response.ok || !body || body.error) {
        throw new ApiError(body?.error ?? { code: 'internal', message: `Erreur inattendue (${response.status}).` })
      }
      return body.result
    },
  }
}
