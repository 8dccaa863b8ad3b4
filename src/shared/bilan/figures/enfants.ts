import { NIVEAUX, type Niveau } from '../../domain/lists'
import type { Enfant } from '../../exchange/schema'
import { plural } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

export const CYCLES = {
  elementaire: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'],
  college: ['6E', '5E', '4E', '3E'],
  lycee: ['2NDE', '1RE', 'TLE'],
  autre: ['AUTRE'],
} as const satisfies Record<string, readonly Niveau[]>
export type Cycle = keyof typeof CYCLES

export const AGE_TRANCHES = ['6-10', '11-14', '15-18', 'autre', 'inconnu'] as const
export type AgeTranche = (typeof AGE_TRANCHES)[number]

/**
 * Age in whole years on 31 December of `year`: since every birthday falls on or before
 * 31 December, it is the difference of the years (born 31/12/2015 or 01/01/2015: 10 in 2025).
 */
export function ageTranche(enfant: Enfant, year: number): AgeTranche {
  if (!enfant.dateNaissance) return 'inconnu'
  const age = year - Number(enfant.dateNaissance.slice(0, 4))
  return age >= 6 && age <= 10 ? '6-10' : age >= 11 && age <= 14 ? '11-14' : age >= 15 && age <= 18 ? '15-18' : 'autre'
}

const count = (xs: Enfant[], keep: (e: Enfant) => boolean) => xs.reduce((n, e) => n + (keep(e) ? 1 : 0), 0)

/** Distinct children enrolled in the year, by level, sex, age and neighbourhood; distinct families. */
export function enfantsFigures(data: YearData, out: FigureSink): void {
  const { enrolled, inscriptions, doc, startYear } = data
  const n = enrolled.length
  const fromInscriptions = n === 0 ? 'aucun enfant inscrit' : `calculé depuis ${plural(inscriptions.length, 'inscription', 'inscriptions')}`
  out.set('enfants.total', n, fromInscriptions)
  for (const niveau of NIVEAUX) out.set(`enfants.niveau.${niveau}`, count(enrolled, (e) => e.niveau === niveau), fromInscriptions)
  for (const [cycle, niveaux] of Object.entries(CYCLES)) {
    const set = new Set<string>(niveaux)
    out.set(`enfants.${cycle}`, count(enrolled, (e) => set.has(e.niveau)), fromInscriptions)
  }

  const withSexe = count(enrolled, (e) => e.sexe !== undefined)
  const sexeSource = n === 0 ? fromInscriptions : `calculé depuis ${plural(n, 'enfant inscrit', 'enfants inscrits')}, sexe saisi pour ${withSexe}`
  out.set('enfants.sexe.F', count(enrolled, (e) => e.sexe === 'F'), sexeSource)
  out.set('enfants.sexe.M', count(enrolled, (e) => e.sexe === 'M'), sexeSource)
  out.set('enfants.sexe.inconnu', count(enrolled, (e) => e.sexe === undefined), sexeSource)

  const withBirth = count(enrolled, (e) => e.dateNaissance !== undefined)
  const ageSource = n === 0 ? fromInscriptions : `âge au 31/12/${startYear}, calculé depuis ${plural(n, 'enfant inscrit', 'enfants inscrits')}, date de naissance saisie pour ${withBirth}`
  const tranches = new Map(enrolled.map((e) => [e.id, ageTranche(e, startYear)]))
  for (const tranche of AGE_TRANCHES) {
    const inTranche = enrolled.filter((e) => tranches.get(e.id) === tranche)
    out.set(`enfants.age.${tranche}`, inTranche.length, ageSource)
    out.set(`enfants.age.${tranche}.sexe.F`, count(inTranche, (e) => e.sexe === 'F'), ageSource)
    out.set(`enfants.age.${tranche}.sexe.M`, count(inTranche, (e) => e.sexe === 'M'), ageSource)
  }

  const familles = new Map(doc.familles.map((f) => [f.id, f]))
  const withFamily = enrolled.filter((e) => e.familleId !== undefined)
  out.set(
    'enfants.qpv',
    count(enrolled, (e) => e.familleId !== undefined && familles.get(e.familleId)?.quartierPrioritaire === true),
    n === 0 ? fromInscriptions : `calculé depuis les familles de ${plural(withFamily.length, 'enfant inscrit', 'enfants inscrits')} sur ${n}`,
  )

  // A child whose family is not entered still comes from one family: counted as one on its
  // own, rather than not at all (siblings both without a family are then counted twice).
  const without = n - withFamily.length
  const familleIds = new Set(withFamily.map((e) => e.familleId))
  out.set(
    'familles.nombre',
    familleIds.size + without,
    n === 0 ? fromInscriptions : without === 0
      ? `calculé depuis les familles de ${plural(n, 'enfant inscrit', 'enfants inscrits')}`
      : `calculé depuis ${plural(familleIds.size, 'famille saisie', 'familles saisies')} et ${plural(without, 'enfant sans famille saisie, compté pour une famille', 'enfants sans famille saisie, comptés pour une famille chacun')}`,
  )
}
