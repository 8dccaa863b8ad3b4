import type { PresenceStatut } from '../../shared/domain/lists'
import type { Random } from './random'

/**
 * Attendance of one child over the year. Children differ (some hardly ever miss a séance,
 * others miss one in three), an illness often lasts more than one séance, winter brings more
 * excused absences and the last weeks of June more unexcused ones: real registers look so.
 */

export type Profil = 'assidu' | 'regulier' | 'irregulier'

const PROFILS: Record<Profil, { present: number; excuse: number }> = {
  assidu: { present: 0.95, excuse: 0.025 },
  regulier: { present: 0.86, excuse: 0.055 },
  irregulier: { present: 0.68, excuse: 0.1 },
}

/**
 * Profiles of a collectif's children: about half very regular, a third regular, the rest
 * irregular. Dealt by proportion rather than drawn one by one, so that no seed produces a
 * collectif of absentees. Children who leave during the year are the irregular ones.
 */
export function repartirProfils(rng: Random, partants: readonly boolean[]): Profil[] {
  const n = partants.length
  const irreguliers = Math.max(Math.round(n * 0.15), partants.filter(Boolean).length)
  const assidus = Math.round(n * 0.5)
  const ordre = rng.shuffle(partants.map((_, i) => i)).sort((a, b) => Number(partants[b]) - Number(partants[a]))
  const profils = new Array<Profil>(n)
  ordre.forEach((i, rang) => {
    profils[i] = rang < irreguliers ? 'irregulier' : rang < irreguliers + assidus ? 'assidu' : 'regulier'
  })
  return profils
}

export class Assiduite {
  private dernier: PresenceStatut = 'present'

  constructor(
    private readonly rng: Random,
    readonly profil: Profil,
  ) {}

  statut(date: string): PresenceStatut {
    // An illness often keeps a child home for more than one séance.
    if (this.dernier === 'excuse' && this.rng.chance(0.3)) return (this.dernier = 'excuse')
    let { present, excuse } = PROFILS[this.profil]
    const mois = date.slice(5, 7)
    if (mois === '12' || mois === '01' || mois === '02') {
      present -= 0.02
      excuse += 0.02
    }
    // After mid-June, the year feels over to some families.
    if (date.slice(5) >= '06-15') present -= 0.05
    const r = this.rng.next()
    this.dernier = r < present ? 'present' : r < present + excuse ? 'excuse' : 'absent'
    return this.dernier
  }
}
