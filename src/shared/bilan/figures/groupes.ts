import { NIVEAUX, type Niveau } from '../../domain/lists'
import type { EchangeDocument } from '../../exchange/schema'
import { fold } from '../../text/fold'
import { sortFr } from '../../domain/french-order'
import { CYCLES } from './enfants'
import { plural } from './numbers'
import type { FigureSink } from './types'
import { yearData, type YearData } from './year-data'

/**
 * Children counted in the groups a form draws itself (issue 17): any age band, a sex, any set of
 * levels, a named quartier, and any combination of them (a cell of « 11-16 ans » × « F » on the
 * row « Saragosse »). A group is written as a figure key, `enfants?age=11-16&sexe=F&quartier=Saragosse`,
 * so that a form's mapping binds a blank to it like to any other figure.
 */
export interface Groupe {
  /** Whole years on 31 December of the year's start, bounds included; null: open on that side. */
  age?: { min: number | null; max: number | null }
  sexe?: 'F' | 'M'
  niveaux?: Niveau[]
  /** As the form writes it; compared with the families' quartiers accent- and case-insensitively. */
  quartier?: string
}

export const GROUPE_PREFIX = 'enfants?'
const MAX_KEY = 300

const ageText = (a: NonNullable<Groupe['age']>) => `${a.min ?? ''}-${a.max ?? ''}`

/** The one key of a group: its dimensions in a fixed order, so that equal groups have equal keys. */
export function groupeKey(g: Groupe): string {
  const parts: string[] = []
  if (g.age) parts.push(`age=${ageText(g.age)}`)
  if (g.sexe) parts.push(`sexe=${g.sexe}`)
  if (g.niveaux) parts.push(`niveaux=${NIVEAUX.filter((n) => g.niveaux!.includes(n)).join('+')}`)
  if (g.quartier !== undefined) parts.push(`quartier=${encodeURIComponent(g.quartier)}`)
  return GROUPE_PREFIX + parts.join('&')
}

export const isGroupeKey = (key: string) => key.startsWith(GROUPE_PREFIX)

/** The group a key names, or null when it names none (a hand-typed or damaged key). */
export function parseGroupeKey(key: string): Groupe | null {
  if (!isGroupeKey(key) || key.length > MAX_KEY) return null
  const g: Groupe = {}
  const rest = key.slice(GROUPE_PREFIX.length)
  if (rest === '') return g
  for (const part of rest.split('&')) {
    const eq = part.indexOf('=')
    const name = part.slice(0, eq)
    const value = part.slice(eq + 1)
    if (eq < 0 || Object.hasOwn(g, name)) return null
    if (name === 'age') {
      const m = /^(\d{1,3})?-(\d{1,3})?$/.exec(value)
      if (!m || (m[1] === undefined && m[2] === undefined)) return null
      const age = { min: m[1] === undefined ? null : Number(m[1]), max: m[2] === undefined ? null : Number(m[2]) }
      if (age.min !== null && age.max !== null && age.min > age.max) return null
      g.age = age
    } else if (name === 'sexe') {
      if (value !== 'F' && value !== 'M') return null
      g.sexe = value
    } else if (name === 'niveaux') {
      const niveaux = value.split('+')
      if (niveaux.length === 0 || !niveaux.every((n) => (NIVEAUX as readonly string[]).includes(n))) return null
      g.niveaux = niveaux as Niveau[]
    } else if (name === 'quartier') {
      let quartier: string
      try {
        quartier = decodeURIComponent(value).trim()
      } catch {
        return null
      }
      if (quartier === '' || fold(quartier) === '') return null
      g.quartier = quartier
    } else return null
  }
  // Only the canonical spelling is a key: one group, one key, one correction.
  return groupeKey(g) === key ? g : null
}

const NIVEAU_FR: Record<Niveau, string> = {
  CP: 'CP', CE1: 'CE1', CE2: 'CE2', CM1: 'CM1', CM2: 'CM2', '6E': '6e', '5E': '5e', '4E': '4e', '3E': '3e', '2NDE': '2de', '1RE': '1re', TLE: 'terminale', AUTRE: 'autre niveau',
}

function niveauxFr(niveaux: readonly Niveau[]): string {
  for (const [cycle, list] of Object.entries(CYCLES)) {
    if (list.length > 1 && list.length === niveaux.length && list.every((n) => niveaux.includes(n))) return { elementaire: 'en élémentaire', college: 'au collège', lycee: 'au lycée' }[cycle] ?? ''
  }
  const ordered = NIVEAUX.filter((n) => niveaux.includes(n))
  const idx = ordered.map((n) => NIVEAUX.indexOf(n))
  const contiguous = idx.every((x, i) => i === 0 || x === idx[i - 1] + 1)
  if (ordered.length > 2 && contiguous) return `du ${NIVEAU_FR[ordered[0]]} au ${NIVEAU_FR[ordered.at(-1)!]}`
  return `en ${ordered.map((n) => NIVEAU_FR[n]).join(', ').replace(/, ([^,]*)$/, ' ou $1')}`
}

export function ageFr(a: NonNullable<Groupe['age']>): string {
  if (a.min !== null && a.max !== null) return a.min === a.max ? `de ${a.min} ans` : `de ${a.min} à ${a.max} ans`
  if (a.min !== null) return `de ${a.min} ans et plus`
  return `de moins de ${(a.max ?? 0) + 1} ans`
}

/** « Filles de 11 à 16 ans du quartier Saragosse », for the Bilan screen and the listing. */
export function groupeLibelle(g: Groupe): string {
  const head = g.sexe === 'F' ? 'Filles' : g.sexe === 'M' ? 'Garçons' : 'Enfants'
  const parts = [head]
  if (g.age) parts.push(ageFr(g.age))
  if (g.niveaux) parts.push(niveauxFr(g.niveaux))
  if (g.quartier !== undefined) parts.push(`du quartier ${g.quartier}`)
  return parts.length === 1 ? 'Enfants inscrits' : parts.join(' ')
}

/** What the count of a group needs to know of an enrolled child (its name only to say who is missing). */
export interface EnfantConnu {
  id: string
  nom: string
  /** Whole years on 31 December of the year's start; null without a birth date. */
  age: number | null
  sexe: 'F' | 'M' | null
  niveau: Niveau
  /** The family's quartier as entered; null without a family or without a quartier. */
  quartier: string | null
  familleId: string | null
}

/** The children enrolled in the year as of `asOf` (spec/chiffres.md), as groups are counted from them. */
export function enfantsConnus(doc: EchangeDocument, asOf: string = doc.anneeScolaire.fin): { enfants: EnfantConnu[]; startYear: number } {
  return enfantsConnusOf(yearData(doc, asOf))
}

function enfantsConnusOf({ doc, enrolled, startYear }: YearData): { enfants: EnfantConnu[]; startYear: number } {
  const familles = new Map(doc.familles.map((f) => [f.id, f]))
  const enfants = enrolled.map((e): EnfantConnu => ({
    id: e.id,
    nom: `${e.prenom} ${e.nom}`,
    age: e.dateNaissance ? startYear - Number(e.dateNaissance.slice(0, 4)) : null,
    sexe: e.sexe ?? null,
    niveau: e.niveau,
    quartier: (e.familleId ? familles.get(e.familleId)?.quartier?.trim() : undefined) || null,
    familleId: e.familleId ?? null,
  }))
  return { enfants, startYear }
}

/** What a group cannot place: the children it may hold but whose data lacks what it asks. */
export type Manque = 'dateNaissance' | 'sexe' | 'quartier'
export const MANQUE_LIBELLES: Record<Manque, { seul: string; plusieurs: string }> = {
  dateNaissance: { seul: 'enfant sans date de naissance', plusieurs: 'enfants sans date de naissance' },
  sexe: { seul: 'enfant sans sexe saisi', plusieurs: 'enfants sans sexe saisi' },
  quartier: { seul: 'enfant dont la famille n’a pas de quartier saisi', plusieurs: 'enfants dont la famille n’a pas de quartier saisi' },
}

/** A child a group could not place; its family, where the quartier is to be entered. */
export interface Manquant {
  id: string
  nom: string
  familleId: string | null
}

export interface CompteGroupe {
  value: number
  source: string
  /** Children who may belong to the group but could not be placed, by what their data lacks. */
  manquants: { manque: Manque; enfants: Manquant[] }[]
}

export const sameQuartier = (a: string, b: string) => fold(a) === fold(b)

/**
 * Counts the children of a group: a child is counted when everything the group asks is known and
 * fits; one that no known fact excludes but whose data lacks a fact the group asks is not
 * counted, and named among `manquants` (the cell counts what is known).
 */
export function compteGroupe(g: Groupe, enfants: readonly EnfantConnu[], startYear: number): CompteGroupe {
  const quartier = g.quartier === undefined ? null : fold(g.quartier)
  const missing = new Map<Manque, Manquant[]>()
  let value = 0
  for (const e of enfants) {
    const unknown: Manque[] = []
    if (g.niveaux && !g.niveaux.includes(e.niveau)) continue
    if (g.sexe) {
      if (e.sexe === null) unknown.push('sexe')
      else if (e.sexe !== g.sexe) continue
    }
    if (g.age) {
      if (e.age === null) unknown.push('dateNaissance')
      else if ((g.age.min !== null && e.age < g.age.min) || (g.age.max !== null && e.age > g.age.max)) continue
    }
    if (quartier !== null) {
      if (e.quartier === null) unknown.push('quartier')
      else if (fold(e.quartier) !== quartier) continue
    }
    if (unknown.length === 0) value++
    else for (const m of unknown) missing.set(m, [...(missing.get(m) ?? []), { id: e.id, nom: e.nom, familleId: e.familleId }])
  }
  const manquants = (['dateNaissance', 'sexe', 'quartier'] as Manque[])
    .filter((m) => missing.has(m))
    .map((manque) => ({ manque, enfants: sortFr(missing.get(manque)!, (x) => x.nom) }))
  const n = enfants.length
  const parts = [n === 0 ? 'aucun enfant inscrit' : `calculé depuis ${plural(n, 'enfant inscrit', 'enfants inscrits')}`]
  if (g.age) parts.unshift(`âge au 31/12/${startYear}`)
  for (const { manque, enfants: who } of manquants) {
    const l = MANQUE_LIBELLES[manque]
    parts.push(`${plural(who.length, l.seul, l.plusieurs)} non ${who.length > 1 ? 'comptés' : 'compté'}`)
  }
  return { value, source: parts.join(', '), manquants }
}

/**
 * The quartiers of the enrolled children's families, each once whatever its spelling (the most
 * frequent one kept), with how many children live there; and how many have no quartier entered.
 */
export function parQuartier(enfants: readonly Pick<EnfantConnu, 'quartier'>[]): { quartiers: { nom: string; enfants: number }[]; sansQuartier: number } {
  const groups = new Map<string, { spellings: Map<string, number>; enfants: number }>()
  let sansQuartier = 0
  for (const e of enfants) {
    if (e.quartier === null) {
      sansQuartier++
      continue
    }
    const key = fold(e.quartier)
    const group = groups.get(key) ?? { spellings: new Map(), enfants: 0 }
    group.enfants++
    group.spellings.set(e.quartier, (group.spellings.get(e.quartier) ?? 0) + 1)
    groups.set(key, group)
  }
  const quartiers = [...groups.values()].map((g) => {
    const best = Math.max(...g.spellings.values())
    return { nom: sortFr([...g.spellings].filter(([, n]) => n === best).map(([s]) => s), (s) => s)[0], enfants: g.enfants }
  })
  return { quartiers: sortFr(quartiers, (q) => q.nom), sansQuartier }
}

/** Children per named quartier (`enfants?quartier=…`, one key per quartier) and those whose family has none. */
export function quartiersFigures(data: YearData, out: FigureSink): void {
  const { enfants, startYear } = enfantsConnusOf(data)
  const { quartiers, sansQuartier } = parQuartier(enfants)
  for (const q of quartiers) {
    const compte = compteGroupe({ quartier: q.nom }, enfants, startYear)
    out.set(groupeKey({ quartier: q.nom }), compte.value, compte.source)
  }
  out.set('enfants.quartier.nonRenseigne', sansQuartier, enfants.length === 0 ? 'aucun enfant inscrit' : `calculé depuis les familles de ${plural(enfants.length, 'enfant inscrit', 'enfants inscrits')}`)
}

/** The figure of the fixed list that counts the same children, when there is one (spec/chiffres.md). */
export function fixedKey(g: Groupe): string | null {
  const dims = Object.keys(g)
  if (dims.length === 0) return 'enfants.total'
  if (g.quartier !== undefined) return null
  if (g.niveaux && dims.length === 1) {
    if (g.niveaux.length === 1) return `enfants.niveau.${g.niveaux[0]}`
    for (const [cycle, list] of Object.entries(CYCLES)) {
      if (list.length === g.niveaux.length && list.every((n) => g.niveaux!.includes(n))) return `enfants.${cycle}`
    }
    return null
  }
  if (g.niveaux) return null
  if (g.sexe && !g.age) return `enfants.sexe.${g.sexe}`
  if (g.age) {
    const band = ['6-10', '11-14', '15-18'].find((b) => b === `${g.age!.min}-${g.age!.max}`)
    if (!band) return null
    return g.sexe ? `enfants.age.${band}.sexe.${g.sexe}` : `enfants.age.${band}`
  }
  return null
}

/** The group a key of the fixed list counts (`enfants.age.6-10.sexe.F`), or null for any other key. */
export function groupeOfFixedKey(key: string): Groupe | null {
  if (key === 'enfants.total') return {}
  const niveau = /^enfants\.niveau\.(\w+)$/.exec(key)
  if (niveau && (NIVEAUX as readonly string[]).includes(niveau[1])) return { niveaux: [niveau[1] as Niveau] }
  const cycle = /^enfants\.(elementaire|college|lycee|autre)$/.exec(key)
  if (cycle) return { niveaux: [...CYCLES[cycle[1] as keyof typeof CYCLES]] }
  const sexe = /^enfants\.sexe\.(F|M)$/.exec(key)
  if (sexe) return { sexe: sexe[1] as 'F' | 'M' }
  const age = /^enfants\.age\.(\d+)-(\d+)(?:\.sexe\.(F|M))?$/.exec(key)
  if (age) return { age: { min: Number(age[1]), max: Number(age[2]) }, ...(age[3] ? { sexe: age[3] as 'F' | 'M' } : {}) }
  return null
}
