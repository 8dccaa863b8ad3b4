import { createIds, type DemoIds } from './ids'
import { createRandom, type Random } from './random'

/** What every part of the generator needs: the seed's ids and its random streams. */
export interface DemoContext {
  seed: number
  id: DemoIds
  random(stream: string): Random
}

export function createContext(seed: number): DemoContext {
  return { seed, id: createIds(seed), random: (stream) => createRandom(seed, stream) }
}
