import type { Envelope } from '../../../shared/contract/errors'

/** What the preload exposes to the renderer as `window.clas`. */
export interface ClasBridge {
  /** `annee`: the year the window shows, when another than the current one (read-only if past). */
  call(name: string, input: unknown, annee?: string): Promise<Envelope<unknown>>
  /** The writes made elsewhere (the call's name only); returns the unsubscribe. */
  onChange(listener: (name: string) => void): () => void
  /** Opens the native folder dialog (`usage`: its title; `depuis`: where it opens); the path chosen, or null. */
  choisirDossier(usage: 'cloture' | 'sauvegardes', depuis?: string): Promise<string | null>
}
