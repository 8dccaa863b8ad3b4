import { NIVEAUX, type Niveau } from '../../domain/lists'
import { fold } from '../../text/fold'
import type { Groupe } from '../figures/groupes'

/**
 * What one heading of a table says about the children its cells count (issue 17): an age band
 * (« 6-10 ans », « 11 à 16 ans », « + de 17 ans », « moins de 6 ans »), a sex under any of its
 * usual labels, a group of levels (« CP-CE1 », « Collège »), a named quartier of the families, a
 * total; nothing (« Nombre d'enfants »); or words it cannot read. Never the nearest known band:
 * what is not read is said unread.
 */
export type Header =
  | { kind: 'groupe'; groupe: Groupe }
  | { kind: 'total' }
  | { kind: 'vide' }
  | { kind: 'illisible' }

/** Accents and case folded, dashes unified; digits, « + », « - » and « / » kept for bands and ranges. */
function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[‐-―−]/g, '-')
    .replace(/[^a-z0-9+\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

type Age = NonNullable<Groupe['age']>
const AGE_RULES: { re: RegExp; age: (m: RegExpExecArray) => Age }[] = [
  { re: /(?:\bde |\bentre )?\b(\d{1,2}) ?(?:ans )?(?:-|a|\/|et) ?(\d{1,2}) ?ans\b/, age: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { re: /(?:\+|\bplus) ?de ?(\d{1,2}) ?ans\b/, age: (m) => ({ min: Number(m[1]), max: null }) },
  { re: /\b(\d{1,2}) ?ans ?(?:et ?(?:plus|\+)|ou ?plus|\+|et au-? ?dela)(?=\s|$)/, age: (m) => ({ min: Number(m[1]), max: null }) },
  { re: /(?:\bmoins|-) ?de ?(\d{1,2}) ?ans\b/, age: (m) => ({ min: null, max: Number(m[1]) - 1 }) },
  { re: /\b(\d{1,2}) ?ans ?(?:et|ou) ?moins\b/, age: (m) => ({ min: null, max: Number(m[1]) }) },
  { re: /\b(\d{1,2}) ?ans\b/, age: (m) => ({ min: Number(m[1]), max: Number(m[1]) }) },
  // « 6-10 » alone under « Tranche d'âge »: no level is written with two numbers.
  { re: /^(\d{1,2}) ?- ?(\d{1,2})$/, age: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
]

const NIVEAU_WORDS: Record<string, Niveau> = {
  cp: 'CP', ce1: 'CE1', ce2: 'CE2', cm1: 'CM1', cm2: 'CM2',
  '6e': '6E', '6eme': '6E', '5e': '5E', '5eme': '5E', '4e': '4E', '4eme': '4E', '3e': '3E', '3eme': '3E',
  '2de': '2NDE', '2nde': '2NDE', seconde: '2NDE', '1re': '1RE', '1ere': '1RE', premiere: '1RE', tle: 'TLE', terminale: 'TLE',
}
const LV = `(?:${Object.keys(NIVEAU_WORDS).sort((a, b) => b.length - a.length).join('|')})`
const NIVEAU_GROUPS: { re: RegExp; niveaux: Niveau[] }[] = [
  { re: /\b(?:primaire|elementaire)s?\b/, niveaux: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] },
  { re: /\bcolleges?\b/, niveaux: ['6E', '5E', '4E', '3E'] },
  { re: /\blycees?\b/, niveaux: ['2NDE', '1RE', 'TLE'] },
  { re: /\bcycle ?2\b/, niveaux: ['CP', 'CE1', 'CE2'] },
  { re: /\bcycle ?3\b/, niveaux: ['CM1', 'CM2', '6E'] },
  { re: /\bcycle ?4\b/, niveaux: ['5E', '4E', '3E'] },
]
const between = (a: Niveau, b: Niveau): Niveau[] => {
  const [i, j] = [NIVEAUX.indexOf(a), NIVEAUX.indexOf(b)].sort((x, y) => x - y)
  return NIVEAUX.slice(i, j + 1)
}

const SEXES: Record<string, 'F' | 'M'> = {
  f: 'F', fille: 'F', filles: 'F', feminin: 'F', m: 'M', g: 'M', garcon: 'M', garcons: 'M', masculin: 'M',
}

/** Words that say what is counted, not which children: left when a heading is read. */
const FILLER = new Set([
  'a', 'de', 'des', 'du', 'd', 'l', 'la', 'le', 'les', 'et', 'en', 'par', 'dont', 'au', 'aux', 'ou',
  'nombre', 'nb', 'nbre', 'n', 'effectif', 'effectifs', 'enfants', 'enfant', 'jeunes', 'jeune', 'inscrits', 'inscrites', 'inscrit',
  'ans', 'an', 'age', 'ages', 'tranche', 'tranches', 'sexe', 'niveau', 'niveaux', 'scolaire', 'scolaires', 'classe', 'classes',
  'quartier', 'quartiers', 'qpv', 'habitant', 'residant', 'public', 'accueillis', 'concernes', '/', '-', '+',
])

const TOTAL = /^(?:sous ?-? ?)?total(?:e|es|aux)?(?: general| des enfants| enfants)?$|^ensemble$/

/** Reads one heading. `quartiers`: the families' quartiers, matched accent- and case-insensitively. */
export function readHeader(text: string, quartiers: readonly string[] = []): Header {
  const folded = fold(text)
  if (folded === '') return { kind: 'vide' }
  if (TOTAL.test(folded)) return { kind: 'total' }
  const named = folded.replace(/^(?:quartier|qpv)s? (?:de |du |des |d )?/, '')
  const quartier = quartiers.find((q) => fold(q) === folded || fold(q) === named)
  if (quartier !== undefined) return { kind: 'groupe', groupe: { quartier: quartier.trim() } }

  let rest = ` ${norm(text)} `
  const groupe: Groupe = {}
  for (const rule of AGE_RULES) {
    const m = rule.re.exec(rest.trim())
    if (!m) continue
    groupe.age = rule.age(m)
    rest = ` ${rest.trim().replace(m[0], ' ')} `
    break
  }
  if (groupe.age && groupe.age.min !== null && groupe.age.max !== null && groupe.age.min > groupe.age.max) return { kind: 'illisible' }

  const niveaux = new Set<Niveau>()
  // « CE2-CM2 », « 6e à 3e »: every level between; « CP/CE1 », « CP et CE1 »: the levels named.
  const range = new RegExp(`(?<![a-z0-9])(${LV}) ?(?:-|a) ?(${LV})(?![a-z0-9])`, 'g')
  rest = rest.replace(range, (_, a: string, b: string) => {
    between(NIVEAU_WORDS[a], NIVEAU_WORDS[b]).forEach((n) => niveaux.add(n))
    return ' '
  })
  for (const g of NIVEAU_GROUPS) {
    if (!g.re.test(rest)) continue
    g.niveaux.forEach((n) => niveaux.add(n))
    rest = rest.replace(g.re, ' ')
  }
  const single = new RegExp(`(?<![a-z0-9])(${LV})(?![a-z0-9])`, 'g')
  rest = rest.replace(single, (w) => {
    niveaux.add(NIVEAU_WORDS[w])
    return ' '
  })
  // « T » alone is the terminale of a row of levels.
  if (rest.trim() === 't' && niveaux.size === 0 && !groupe.age) {
    niveaux.add('TLE')
    rest = ' '
  }
  if (niveaux.size > 0) groupe.niveaux = NIVEAUX.filter((n) => niveaux.has(n))

  const left: string[] = []
  for (const word of rest.split(' ').filter(Boolean)) {
    const sexe = SEXES[word]
    if (sexe && (groupe.sexe === undefined || groupe.sexe === sexe)) groupe.sexe = sexe
    else if (sexe) return { kind: 'illisible' }
    else if (!FILLER.has(word)) left.push(word)
  }
  if (left.length > 0) return { kind: 'illisible' }
  return Object.keys(groupe).length === 0 ? { kind: 'vide' } : { kind: 'groupe', groupe }
}
