import { changeDeCycle, niveauSuivant } from '../../shared/annee-suivante/niveau-suivant'
import { avertissementCalendrier, isCalendarCovered } from '../../shared/calendar/school-calendar'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { nextSchoolYear, schoolYearDates } from '../../shared/calendar/school-year'
import type { EnfantPropose, PropositionAnneeSuivante } from '../../shared/contract/annee-suivante'
import type { Niveau } from '../../shared/domain/lists'
import type { Collectif } from '../../shared/exchange/schema'
import { defaultPlanningPeriod } from '../../shared/seances/plan-seances'
import type { ServiceContext } from '../api/context'
import { readAnneeByLibelle, readLieux, type AnneeRow } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readEnfants } from '../store/repos/enfants'

const CYCLE_LABEL = { college: 'au collège', lycee: 'au lycée' } as const
const CYCLE_NOM = { college: 'collège', lycee: 'lycée' } as const

/** How many children of each level each collectif holds this year. */
type LevelCount = (collectifId: string, niveau: Niveau) => number

/**
 * The collectif a child goes to next year instead of `current` when they change school (CM2 → 6e,
 * 3e → 2de): a collectif of that kind at the same lieu, the one holding most children of the
 * level they will be in (this year's 6e, say), else the first by name; none: they stay.
 */
function collectifDuCycle(collectifs: Collectif[], current: Collectif, niveau: Niveau, count: LevelCount): Collectif | null {
  const cycle = changeDeCycle(niveau)
  const next = niveauSuivant(niveau)
  if (!cycle || !next || current.niveau === cycle) return null
  const candidates = collectifs.filter((c) => c.niveau === cycle && c.lieuId === current.lieuId)
  return candidates.reduce<Collectif | null>((best, c) => (best === null || count(c.id, next) > count(best.id, next) ? c : best), null)
}

function proposeEnfant(collectifs: Map<string, Collectif>, all: Collectif[], count: LevelCount, e: { id: string; prenom: string; nom: string; niveau: Niveau; collectifIds: string[]; termineeLe: string | null }): EnfantPropose {
  const suivant = niveauSuivant(e.niveau)
  const cycle = changeDeCycle(e.niveau)
  const motifs: string[] = []
  const proposes = e.collectifIds.map((id) => {
    const current = collectifs.get(id)
    if (!current || !cycle || current.niveau === cycle) return id
    const moved = collectifDuCycle(all, current, e.niveau, count)
    if (!moved) {
      motifs.push(`Passe ${CYCLE_LABEL[cycle]} : aucun collectif ${CYCLE_NOM[cycle]} au même lieu, reste dans « ${current.nom} ».`)
      return id
    }
    motifs.push(`Passe ${CYCLE_LABEL[cycle]} : proposé dans « ${moved.nom} ».`)
    return moved.id
  })
  if (suivant === null) motifs.unshift('Termine le lycée (terminale) : quitte le Clas.')
  // Left during the year: still proposed (a child may come back), but the coordinator is told.
  if (e.termineeLe) motifs.push(`Inscription terminée le ${formatDateCourteFr(e.termineeLe)}.`)
  return {
    enfantId: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau, niveauSuivant: suivant,
    collectifIds: e.collectifIds,
    collectifProposeIds: [...new Set(proposes)],
    reconduit: suivant !== null,
    ...(motifs.length ? { motif: motifs.join(' ') } : {}),
  }
}

/**
 * What starting the year after `annee` would do: its libellé and dates, the collectifs carried,
 * and for each child enrolled in `annee` their next level and collectif. Nothing is written.
 */
export function proposer(ctx: ServiceContext, annee: AnneeRow): PropositionAnneeSuivante {
  const libelle = nextSchoolYear(annee.libelle)
  const { debut, fin } = schoolYearDates(libelle)
  const period = defaultPlanningPeriod(libelle)
  const clip = (d: string) => (d < debut ? debut : d > fin ? fin : d)
  const collectifs = readCollectifs(ctx.db, annee.id)
  const byId = new Map(collectifs.map((c) => [c.id, c]))
  const lieux = new Map(readLieux(ctx.db).map((l) => [l.id, l.nom]))
  const avertissement = avertissementCalendrier(annee.zone, libelle)
  const enrolled = readEnfants(ctx.db, annee.id).filter((e) => e.inscriptions.length > 0)
  const levels = new Map<string, number>()
  for (const e of enrolled) for (const id of new Set(e.inscriptions.map((i) => i.collectifId))) levels.set(`${id} ${e.niveau}`, (levels.get(`${id} ${e.niveau}`) ?? 0) + 1)
  const count: LevelCount = (id, niveau) => levels.get(`${id} ${niveau}`) ?? 0
  const enfants = enrolled
    .map((e) => {
      const ends = e.inscriptions.map((i) => i.au ?? null)
      const last = ends.includes(null) ? null : (ends as string[]).sort().at(-1)!
      return proposeEnfant(byId, collectifs, count, {
        id: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau,
        collectifIds: [...new Set(e.inscriptions.map((i) => i.collectifId))],
        termineeLe: last !== null && last < annee.fin ? last : null,
      })
    })
  return {
    anneeCourante: annee.libelle,
    libelle, debut, fin,
    zone: annee.zone,
    planification: { du: clip(period.du), au: clip(period.au) },
    vacancesConnues: isCalendarCovered(annee.zone, libelle),
    ...(avertissement ? { avertissement } : {}),
    dejaCreee: readAnneeByLibelle(ctx.db, libelle) !== null,
    collectifs: collectifs.map((c) => ({ id: c.id, nom: c.nom, niveau: c.niveau, lieuNom: lieux.get(c.lieuId) ?? '', creneaux: c.creneaux, intervenants: c.intervenantIds.length })),
    enfants,
  }
}
