// French order for names: case and accents aside (« Élodie » with « Elodie », « Collège » before
// « CP »), numbers by value (« Collectif 2 » before « Collectif 10 »).
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** Compares two names as a French reader orders them. */
export const compareFr = (a: string, b: string): number => collator.compare(a, b)

/** Sorts rows by names in French order, key after key; ties keep their order (sort is stable). */
export function sortFr<T>(rows: T[], ...keys: ((row: T) => string)[]): T[] {
  return rows.sort((a, b) => {
    for (const key of keys) {
      const c = compareFr(key(a), key(b))
      if (c !== 0) return c
    }
    return 0
  })
}
