import type { Envelope } from '../../../shared/contract/errors'

/** What the preload exposes to the renderer as `window.clas`. */
export interface ClasBridge {
  call(name: string, input: unknown): Promise<Envelope<unknown>>
}
