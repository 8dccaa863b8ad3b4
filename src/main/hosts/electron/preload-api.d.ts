import type { Envelope } from '../../../shared/contract/errors'

/** What the preload exposes to the renderer as `window.clas`. */
export interface ClasBridge {
  /** `annee`: the year the window shows, when another than the current one (read-only if past). */
  call(name: string, input: unknown, annee?: string): Promise<Envelope<unknown>>
}
