import { foldCase } from '../../../shared/text/fold'

/** Words that say nothing an id does not already say (the department and the year are in it). */
const EMPTY_WORDS = new Set(['caf', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'pour', 'docx', 'copie', 'version', 'final', 'finale', 'vierge'])

/** « Bilan CLAS 2025/2026 – Caf de l’Ain.docx » → « bilan-clas-ain »: ascii words, at most three. */
export function slugOf(text: string): string {
  const words = foldCase(text.replace(/\.docx$/i, ''))
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !EMPTY_WORDS.has(w) && !/^\d+$/.test(w))
  return words.slice(0, 3).join('-').slice(0, 30).replace(/-+$/, '')
}

/**
 * The id of an imported form: `caf<department>-<year>-<slug>`, followed by `-2`, `-3`… when
 * taken (by a built-in form, an imported one, or a folder left in the way).
 */
export function newTemplateId(departement: string, anneeScolaire: string, slugSource: string, taken: ReadonlySet<string>): string {
  const slug = slugOf(slugSource)
  const base = [`caf${departement.toLowerCase()}`, anneeScolaire, slug].filter(Boolean).join('-')
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
