import type { Envelope } from '../../../shared/contract/errors'

/** What the preload exposes to the renderer as `window.clas`. */
export interface ClasBridge {
  /** `annee`: the year the window shows, when another than the current one (read-only if past). */
  call(name: string, input: unknown, annee?: string): Promise<Envelope<unknown>>
  /** The writes made elsewhere (the call's name only); returns the unsubscribe. */
  onChange(listener: (name: string) => void): () => void
}
