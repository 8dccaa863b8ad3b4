import { hashString } from './random'

/**
 * Ids shaped like UUID v4 but derived from the seed and a readable key ("enfant:12",
 * "seance:cp-ce1:2025-11-03:16:45"). Deriving them from keys rather than from a random stream
 * keeps an entity's id stable when the generator changes elsewhere, and makes two builds with
 * the same seed byte-identical — importing the demo twice then changes nothing.
 */
export type DemoIds = (kind: string, key: string | number) => string

export function createIds(seed: number): DemoIds {
  return (kind, key) => {
    const text = `${seed}|${kind}|${key}`
    const hex = [0, 1, 2, 3].map((salt) => hashString(text, salt).toString(16).padStart(8, '0')).join('')
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
}
