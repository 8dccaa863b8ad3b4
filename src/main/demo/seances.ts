import type { Presence, Seance } from '../../shared/exchange/schema'
import { planSeances } from '../../shared/seances/plan-seances'
import type { DemoContext } from './context'
import { contenuSeance } from './activites'
import { motifAnnulation } from './annulations'
import { weekday } from '../../shared/calendar/dates'
import { isWithin } from './dates'
import type { EnfantDemo } from './inscrits'
import { COLLECTIFS, type CollectifPlan } from './organisation'
import { ANNEE_LIBELLE, JOUR_PONT, ZONE } from './parametres'
import { Assiduite, repartirProfils } from './presences'
import type { Random } from './random'

/**
 * The year's séances of every collectif: planned from its créneaux by the shared planner
 * (which skips school holidays and public holidays), then cancelled where the year says so,
 * then filled with the team present, the activities and each enrolled child's attendance.
 */

interface Prevue {
  date: string
  heureDebut: string
  dureeMinutes: number
}

function prevuesDuCollectif(c: CollectifPlan): Prevue[] {
  const plan = planSeances({ creneaux: c.creneaux, du: c.du, au: c.au, zone: ZONE, anneeLibelle: ANNEE_LIBELLE })
  // Without the shipped calendar the demo would hold séances during the holidays: better to stop.
  if (plan.calendrierIncomplet) throw new Error(`Démo : le calendrier scolaire ${ANNEE_LIBELLE} de la zone ${ZONE} est absent.`)
  const prevues: Prevue[] = plan.prevues.map((p) => ({ date: p.date, heureDebut: p.heureDebut, dureeMinutes: p.dureeMinutes }))
  // The bridge day is recorded as a cancelled séance even if the calendar already counts it as
  // a school holiday: the families were expecting it and the register says why it did not happen.
  for (const cr of c.creneaux) {
    if (weekday(JOUR_PONT) === cr.jour && isWithin(JOUR_PONT, c.du, c.au) && !prevues.some((p) => p.date === JOUR_PONT)) {
      prevues.push({ date: JOUR_PONT, heureDebut: cr.heureDebut, dureeMinutes: cr.dureeMinutes })
    }
  }
  return prevues.sort((a, b) => (a.date + a.heureDebut).localeCompare(b.date + b.heureDebut))
}

/**
 * Who animated the séance. The salaried referent is always there and the others usually; a
 * replacement is found whenever fewer than two would remain, except on the 4e-3e séances chosen
 * to sit at the référentiel's limit, where Thomas is alone.
 */
function equipePresente(ctx: DemoContext, c: CollectifPlan, seul: boolean, rng: Random): string[] {
  const [referent, ...autres] = c.equipe
  if (seul) return [ctx.id('intervenant', referent)]
  const presents = [referent, ...autres.filter(() => rng.chance(0.85))]
  for (const a of autres) if (presents.length < 2 && !presents.includes(a)) presents.push(a)
  return c.equipe.filter((k) => presents.includes(k)).map((k) => ctx.id('intervenant', k))
}

function seancesDuCollectif(ctx: DemoContext, c: CollectifPlan, enfants: EnfantDemo[], today: string): Seance[] {
  const rngEquipe = ctx.random(`equipe:${c.key}`)
  const rngActivites = ctx.random(`activites:${c.key}`)
  const rngPresences = ctx.random(`presences:${c.key}`)
  const duCollectif = enfants.filter((e) => e.collectif === c.key)
  const profils = repartirProfils(rngPresences, duCollectif.map((e) => e.partDansLAnnee))
  const inscrits = duCollectif.map((e, i) => ({ ...e, assiduite: new Assiduite(rngPresences, profils[i]) }))

  const prevues = prevuesDuCollectif(c)
  const tenues = prevues.filter((p) => motifAnnulation(c.key, p.date) === undefined)
  // The 4e-3e collectif sits near every limit: four séances between January and May with one intervenant.
  const seules = new Set(
    c.key === '4e-3e'
      ? rngEquipe.shuffle(tenues.filter((p) => p.date >= '2026-01-05' && p.date <= '2026-05-31')).slice(0, 4).map((p) => p.date)
      : [],
  )

  return prevues.map((p): Seance => {
    const id = ctx.id('seance', `${c.key}:${p.date}:${p.heureDebut}`)
    const base = { id, collectifId: ctx.id('collectif', c.key), date: p.date, heureDebut: p.heureDebut, dureeMinutes: p.dureeMinutes }
    // Still to come: planned, with neither team nor register (no one knows yet who will come or
    // what will cancel it). The random streams are not drawn for it, and since séances come in
    // order of date, the past ones are the same whatever the day.
    if (p.date > today) return { ...base, annulee: false, intervenantIds: [], presences: [] }
    const motif = motifAnnulation(c.key, p.date)
    if (motif) return { ...base, annulee: true, motifAnnulation: motif, intervenantIds: [], presences: [] }

    const seul = seules.has(p.date)
    const contenu = contenuSeance(rngActivites, c.key, c.niveau, p.date, weekday(p.date))
    const presences: Presence[] = inscrits
      .filter((e) => e.enfant.inscriptions.some((i) => isWithin(p.date, i.du, i.au)))
      .map((e) => ({ enfantId: e.enfant.id, statut: e.assiduite.statut(p.date) }))
    const note = seul
      ? [contenu.note, "Lucas en période de partiels : Thomas seul avec le groupe, travail en autonomie par binômes."].filter(Boolean).join(' ')
      : contenu.note
    return {
      ...base,
      annulee: false,
      intervenantIds: equipePresente(ctx, c, seul, rngEquipe),
      activites: contenu.activites,
      presences,
      ...(note ? { note } : {}),
    }
  })
}

/** `today`: séances after it are planned, not held (see `DemoOptions.today`). */
export function buildSeances(ctx: DemoContext, enfants: EnfantDemo[], today: string): Seance[] {
  const ordre = new Map(COLLECTIFS.map((c, i) => [c.key, i]))
  const toutes = COLLECTIFS.flatMap((c) => seancesDuCollectif(ctx, c, enfants, today).map((s) => ({ s, rang: ordre.get(c.key) ?? 0 })))
  return toutes
    .sort((a, b) => (a.s.date + a.s.heureDebut).localeCompare(b.s.date + b.s.heureDebut) || a.rang - b.rang)
    .map(({ s }) => s)
}
