import { changeDeCycle, niveauSuivant } from '../../shared/annee-suivante/niveau-suivant'
import { avertissementCalendrier, isCalendarCovered } from '../../shared/calendar/school-calendar'
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

/**
 * The collectif a child goes to next year instead of `current` when they change school (CM2 → 6e,
 * 3e → 2de): the first collectif of that kind at the same lieu; none: they stay where they are.
 */
function collectifDuCycle(collectifs: Collectif[], current: Collectif, niveau: Niveau): Collectif | null {
  const cycle = changeDeCycle(niveau)
  if (!cycle || current.niveau === cycle) return null
  return collectifs.find((c) => c.niveau === cycle && c.lieuId === current.lieuId) ?? null
}

function proposeEnfant(collectifs: Map<string, Collectif>, all: Collectif[], e: { id: string; prenom: string; nom: string; niveau: Niveau; collectifIds: string[] }): EnfantPropose {
  const suivant = niveauSuivant(e.niveau)
  const motifs: string[] = []
  const proposes = e.collectifIds.map((id) => {
    const current = collectifs.get(id)
    const moved = current ? collectifDuCycle(all, current, e.niveau) : null
    if (!moved) return id
    motifs.push(`Passe ${CYCLE_LABEL[changeDeCycle(e.niveau)!]} : proposé dans « ${moved.nom} ».`)
    return moved.id
  })
  if (suivant === null) motifs.unshift('Termine le lycée (terminale) : quitte le Clas.')
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
  const enfants = readEnfants(ctx.db, annee.id)
    .filter((e) => e.inscriptions.length > 0)
    .map((e) => proposeEnfant(byId, collectifs, { id: e.id, prenom: e.prenom, nom: e.nom, niveau: e.niveau, collectifIds: [...new Set(e.inscriptions.map((i) => i.collectifId))] }))
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
