import type Database from 'better-sqlite3'
import type { Seance } from '../../../shared/exchange/schema'
import { readYearSeances, type KeptSeance, type SeanceRow } from './seance-registers'

// The year's séances as the lean reads see them (the dashboard, the compliance rules, the
// bilan's figures), built from what `seance-registers.ts` keeps per connection: each séance's
// object is built once and kept with what it was built from (replaced when that séance
// changes), and each list with the year's list (replaced when any séance changes). Everything
// returned is frozen: it is shared by the calls that follow.

type Mark = Seance['presences'][number]

const PRESENT_UNNAMED: Mark = Object.freeze({ enfantId: '', statut: 'present' as const })
const NOT_PRESENT: Mark = Object.freeze({ enfantId: '', statut: 'absent' as const })

/** A séance's own fields as the exchange document carries them (a NULL column is an absent field). */
function seanceOf(r: Readonly<SeanceRow>, intervenantIds: readonly string[], presences: Seance['presences']): Seance {
  const [id, collectifId, date, heureDebut, dureeMinutes, annulee, motifAnnulation, activites, note] = r
  return Object.freeze({
    id, collectifId, date, heureDebut, dureeMinutes,
    ...(annulee !== null ? { annulee: annulee === 1 } : {}),
    ...(motifAnnulation !== null ? { motifAnnulation } : {}),
    ...(note !== null ? { note } : {}),
    intervenantIds: intervenantIds as string[],
    ...(activites !== null ? { activites: Object.freeze(JSON.parse(activites)) as Seance['activites'] } : {}),
    presences,
  })
}

/** The list of `kept` mapped by `build`, each séance's object and the list kept with what they were built from. */
function memoized(kept: readonly KeptSeance[], lists: WeakMap<readonly KeptSeance[], Seance[]>, seances: WeakMap<KeptSeance, Seance>, build: (k: KeptSeance) => Seance): Seance[] {
  let list = lists.get(kept)
  if (!list) {
    list = Object.freeze(kept.map((k) => {
      let seance = seances.get(k)
      if (!seance) seances.set(k, (seance = build(k)))
      return seance
    })) as Seance[]
    lists.set(kept, list)
  }
  return list
}

const countLists = new WeakMap<readonly KeptSeance[], Seance[]>()
const countSeances = new WeakMap<KeptSeance, Seance>()

/**
 * The year's séances with each register as counts only: as many unnamed marks as it holds, the
 * first ones « présent », and as many unnamed intervenants as its team (what the compliance
 * rules and the dashboard read), no child named.
 */
export function readSeancesAsCounts(sqlite: Database.Database, anneeId: string): Seance[] {
  return memoized(readYearSeances(sqlite, anneeId), countLists, countSeances, ({ row, register }) => {
    const presents = register.presentIds.length
    const marks = Array.from({ length: register.marques }, (_, i) => (i < presents ? PRESENT_UNNAMED : NOT_PRESENT))
    return seanceOf(row, Object.freeze(register.team.map(() => '')), Object.freeze(marks) as Seance['presences'])
  })
}

const figureLists = new WeakMap<readonly KeptSeance[], Seance[]>()
const figureSeances = new WeakMap<KeptSeance, Seance>()

/**
 * The year's séances as the bilan's figures read them: every field and the team, but of the
 * register only the marks « présent » with their child, the others as unnamed « absent »
 * placeholders (figures count them, never read whose they are).
 */
export function readSeancesForFigures(sqlite: Database.Database, anneeId: string): Seance[] {
  // One mark object per child, shared by the séances built together.
  const presentOf = new Map<string, Mark>()
  const present = (enfantId: string) => {
    let mark = presentOf.get(enfantId)
    if (!mark) presentOf.set(enfantId, (mark = Object.freeze({ enfantId, statut: 'present' as const })))
    return mark
  }
  return memoized(readYearSeances(sqlite, anneeId), figureLists, figureSeances, ({ row, register }) => {
    const marks = register.presentIds.map(present)
    for (let i = register.presentIds.length; i < register.marques; i++) marks.push(NOT_PRESENT)
    return seanceOf(row, register.team, Object.freeze(marks) as Seance['presences'])
  })
}
