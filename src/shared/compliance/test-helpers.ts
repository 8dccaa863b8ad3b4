import type { Collectif, Enfant, Seance } from '../exchange/schema'
import { addDays } from '../calendar/dates'
import { buildYearIndex, type YearIndex } from './year-index'
import type { ComplianceInput } from './types'

/** A collectif mardi + jeudi 16:45, 90 min, as most are. */
export const collectif = (over: Partial<Collectif> = {}): Collectif => ({
  id: 'c1', nom: 'CM1-CM2', niveau: 'primaire', lieuId: 'l1', etablissementIds: [], intervenantIds: ['i1', 'i2'],
  creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 90 }],
  ...over,
})

/** `n` children enrolled in `collectifId` from `du`. */
export const enfants = (n: number, collectifId = 'c1', du = '2025-11-03', au?: string): Enfant[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${collectifId}-e${i}`, prenom: `P${i}`, nom: `N${i}`, niveau: 'CM1' as const,
    inscriptions: [{ collectifId, du, ...(au ? { au } : {}) }],
  }))

let counter = 0
export const seance = (date: string, over: Partial<Seance> = {}): Seance => ({
  id: `s${++counter}`, collectifId: 'c1', date, heureDebut: '16:45', dureeMinutes: 90, intervenantIds: ['i1', 'i2'],
  presences: [{ enfantId: 'c1-e0', statut: 'present' }], ...over,
})

/** Tuesday and Thursday séances for `weeks` weeks from the Monday `monday`, skipping none. */
export const weekly = (monday: string, weeks: number, over: Partial<Seance> = {}): Seance[] =>
  Array.from({ length: weeks }, (_, w) => [seance(addDays(monday, 7 * w + 1), over), seance(addDays(monday, 7 * w + 3), over)]).flat()

export function input(over: Partial<ComplianceInput> & { rural?: boolean; zone?: string } = {}): ComplianceInput {
  const { rural = false, zone = 'A', ...rest } = over
  return {
    structure: {
      nom: 'Asso', adresse: '', codePostal: '', commune: '', departementCaf: '01', milieuRural: rural,
      coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true },
    },
    anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone, intituleProjet: 'Projet' },
    collectifs: [collectif()], enfants: enfants(10), seances: [], actionsParents: [], concertations: [],
    ...rest,
  }
}

export const indexAt = (data: ComplianceInput, date: string): YearIndex => buildYearIndex(data, date)
