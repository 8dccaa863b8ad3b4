import { safeFileName } from '../../shared/registers/format'

/**
 * The names of the closing folder: French words, no accent nor space (every file system and
 * mail attachment takes them), the same from one closing to the next.
 */
export const closingFolderName = (annee: string) => safeFileName(['cloture', annee], 'x').replace(/\.x$/, '')

export const closingNames = (annee: string) => ({
  bilan: (ext: 'docx' | 'pdf') => safeFileName(['bilan', annee], ext),
  assiduite: safeFileName(['assiduite-par-enfant', annee], 'xlsx'),
  conformite: safeFileName(['conformite', annee], 'pdf'),
  aideSaisie: (ext: 'xlsx' | 'pdf') => safeFileName(['aide-a-la-saisie', annee], ext),
  compteRendu: (ext: 'xlsx' | 'pdf') => safeFileName(['compte-rendu-financier', annee], ext),
  echange: safeFileName(['document-echange', annee], 'json'),
  readme: 'README.txt',
})

/** Each collectif's slug in the registers' names, unique even when two names fold alike (« CM1 » and « cm1 »). */
export function collectifSlugs(collectifs: { id: string; nom: string }[]): Map<string, string> {
  const used = new Set<string>()
  const slugs = new Map<string, string>()
  for (const c of collectifs) {
    const base = safeFileName([c.nom], 'x').replace(/\.x$/, '')
    let slug = base
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
    used.add(slug)
    slugs.set(c.id, slug)
  }
  return slugs
}
