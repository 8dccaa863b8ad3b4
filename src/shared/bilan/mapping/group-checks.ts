import { compteGroupe, groupeOfFixedKey, MANQUE_LIBELLES, parseGroupeKey, type Manquant, type Manque } from '../figures/groupes'
import type { Mapping } from './mapping-schema'
import { figure, type Answers } from './resolve-value'

/** A total of a table that is not the sum of the cells it totals: to check in the document. */
export interface TotalEcart {
  blank: string
  label: string
  total: number
  somme: number
  raison: string
}

const numberOf = (key: string | string[], answers: Answers): number | null => {
  if (Array.isArray(key)) return null
  const value = figure(key, answers)?.value
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value)
  return null
}

/**
 * The totals of the form's tables checked against the cells they sum (issue 17): a total that
 * differs (children outside every band, without a sex or a quartier, a cell corrected by hand) is
 * written as computed, and said « à vérifier ».
 */
export function totalEcarts(mapping: Mapping, answers: Answers): TotalEcart[] {
  const byBlank = new Map(mapping.blanks.map((b) => [b.blank, b]))
  const out: TotalEcart[] = []
  for (const b of mapping.blanks) {
    if (!b.somme || !('chiffre' in b.valeur)) continue
    const total = numberOf(b.valeur.chiffre, answers)
    if (total === null) continue
    let somme = 0
    for (const key of b.somme) {
      const cell = byBlank.get(key)
      const n = cell && 'chiffre' in cell.valeur ? numberOf(cell.valeur.chiffre, answers) : null
      if (n !== null) somme += n
    }
    if (somme !== total) {
      out.push({ blank: b.blank, label: b.label, total, somme, raison: `le total (${total}) n’est pas la somme des ${b.somme.length} cases qu’il totalise (${somme}) : des enfants n’entrent dans aucune d’elles` })
    }
  }
  return out
}

/** Children a form's groups could not place, by what their data lacks, with how many places miss them. */
export interface EnfantsManquants {
  manque: Manque
  libelle: string
  /** How many places of the form count without them. */
  cases: number
  enfants: Manquant[]
}

/**
 * Where the data lacks what a table needs (a birth date, a sex, the family's quartier): the cells
 * count what is known, and this says who is missing from them, once per lack.
 */
export function enfantsManquants(mapping: Mapping, answers: Answers): EnfantsManquants[] {
  if (!answers.connus) return []
  const byManque = new Map<Manque, { cases: number; enfants: Map<string, Manquant> }>()
  for (const b of mapping.blanks) {
    if (!('chiffre' in b.valeur)) continue
    for (const key of [b.valeur.chiffre].flat()) {
      if (answers.corrections?.[key]?.trim()) continue
      // The fixed bands and sexes lack the same children as a form's own groups.
      const groupe = parseGroupeKey(key) ?? groupeOfFixedKey(key)
      if (!groupe) continue
      for (const { manque, enfants } of compteGroupe(groupe, answers.connus.enfants, answers.connus.startYear).manquants) {
        const entry = byManque.get(manque) ?? { cases: 0, enfants: new Map<string, Manquant>() }
        entry.cases++
        for (const e of enfants) entry.enfants.set(e.id, e)
        byManque.set(manque, entry)
      }
    }
  }
  return (['dateNaissance', 'sexe', 'quartier'] as Manque[]).filter((m) => byManque.has(m)).map((manque) => {
    const { cases, enfants } = byManque.get(manque)!
    const l = MANQUE_LIBELLES[manque]
    return {
      manque,
      libelle: `${enfants.size} ${enfants.size > 1 ? l.plusieurs : l.seul}`,
      cases,
      enfants: [...enfants.values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr')),
    }
  })
}
