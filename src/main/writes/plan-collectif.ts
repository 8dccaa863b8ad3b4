import { planSeances } from '../../shared/seances/plan-seances'
import type { Collectif } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import type { AnneeRow } from '../store/repos/association'
import { insertSeance, readSeanceSlots } from '../store/repos/seances'

/**
 * A new séance starts with the collectif's usual intervenants ticked in its register: the team is
 * there most weeks, and the coordinator unticks who was absent rather than ticking everyone.
 */
export function createSeance(ctx: ServiceContext, team: string[], values: { collectifId: string; date: string; heureDebut: string; dureeMinutes: number }): string {
  const id = ctx.newId()
  insertSeance(ctx.db, id, team, values)
  return id
}

/**
 * Plans a collectif's séances from its créneaux, from `du` to `au`, minus the zone's school
 * holidays and public holidays of that year; a séance already there (same day and time) is kept.
 * Used by « Planifier les séances » and by the start of the next year.
 */
export function planCollectif(ctx: ServiceContext, annee: AnneeRow, collectif: Collectif, du: string, au: string) {
  const plan = planSeances({ creneaux: collectif.creneaux, du, au, zone: annee.zone, anneeLibelle: annee.libelle })
  const existing = readSeanceSlots(ctx.db, collectif.id)
  let creees = 0
  let dejaPresentes = 0
  for (const p of plan.prevues) {
    if (existing.has(`${p.date} ${p.heureDebut}`)) {
      dejaPresentes++
      continue
    }
    createSeance(ctx, collectif.intervenantIds, { collectifId: collectif.id, date: p.date, heureDebut: p.heureDebut, dureeMinutes: p.dureeMinutes })
    creees++
  }
  return { creees, dejaPresentes, ecartees: plan.ecartees, ...(plan.avertissement ? { avertissement: plan.avertissement } : {}) }
}
