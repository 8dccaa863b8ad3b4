import type { Envelope } from '../../../shared/contract/errors'

/** What the preload exposes to the renderer as `window.clas`. */
export interface ClasBridge {
  call(name: string, input: unknown): Promise<Envelope<unknown>>
  /** The writes made elsewhere (the call's name only); returns the unsubscribe. */
  onChange(listener: (name: string) => void): () => void
}
