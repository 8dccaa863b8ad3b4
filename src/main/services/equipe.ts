import { addDays, formatDateCourteFr } from '../../shared/calendar/dates'
import { ApiError } from '../../shared/contract/errors'
import { compareFr } from '../../shared/domain/french-order'
import type { Formation } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireAnnee, requireExisting, requireRow, requireNotOtherYear } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { readIntervenants } from '../store/repos/association'
import { deleteFormation, readFormations, writeFormation } from '../store/repos/partenariats'
import { deleteIntervenant, intervenantInRegisters, readIntervenantActivite, readIntervenantRow } from '../store/repos/equipe'
import { deleteUndoably } from '../undo/delete-undoably'
import type { CallsOf } from '../../shared/contract'
import type { equipeContract } from '../../shared/contract/equipe'

/**
 * How far from the school year a training may fall: volunteers are often trained in the weeks
 * before the start, sometimes just after the last séance; further away it is another year's.
 */
const AVANT_ANNEE_JOURS = 92
const APRES_ANNEE_JOURS = 61

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/** The first date, then the title in French order: how the bilan lists trainings. */
function inDateOrder(list: Formation[]): Formation[] {
  const first = (f: Formation) => [...f.dates].sort()[0] ?? '9999'
  return list.sort((a, b) => (first(a) !== first(b) ? (first(a) < first(b) ? -1 : 1) : compareFr(a.intitule, b.intitule)))
}

function requireFormation(ctx: ServiceContext, annee: AnneeRow, id: string): Formation {
  return requireRow(readFormations(ctx.db, annee.id).find((f) => f.id === id), 'Formation')
}

function checkDates(annee: AnneeRow, dates: string[]): void {
  const from = addDays(annee.debut, -AVANT_ANNEE_JOURS)
  const to = addDays(annee.fin, APRES_ANNEE_JOURS)
  const i = dates.findIndex((d) => d < from || d > to)
  if (i < 0) return
  throw new ApiError({
    code: 'validation', field: `dates[${i}]`,
    message: `dates[${i}] : le ${formatDateCourteFr(dates[i])} est trop loin de l'année scolaire ${annee.libelle} : une formation de cette année a lieu entre le ${formatDateCourteFr(from)} et le ${formatDateCourteFr(to)}`,
  })
}

export const equipeHandlers: HandlerMap<CallsOf<typeof equipeContract>> = {
  'intervenants.supprimer': ({ id }, ctx) => {
    const person = requireRow(readIntervenantRow(ctx.db, id), 'Intervenant')
    const nom = `${person.prenom} ${person.nom}`
    const named = intervenantInRegisters(ctx.db, id)
    const n = named.n
    if (n > 0) {
      // A CAF control reads the registers: who led each séance must stay on them.
      throw new ApiError({
        code: 'conflict',
        message: `${nom} figure au registre de ${plural(n, 'séance', 'séances')} (${n > 1 ? 'la dernière le' : 'le'} ${formatDateCourteFr(String(named.last))}) : les registres doivent garder qui a encadré chaque séance, sa fiche ne peut donc pas être supprimée.`,
      })
    }
    return deleteUndoably(
      ctx,
      `l'intervenant « ${nom} »`,
      [
        ['intervenants', 'id = ?', [id]],
        ['collectif_intervenants', 'intervenant_id = ?', [id]],
        ['formation_intervenants', 'intervenant_id = ?', [id]],
      ],
      () => deleteIntervenant(ctx.db, id),
    )
  },
  'intervenants.activite': (_i, ctx) => {
    const annee = requireAnnee(ctx)
    // Held séances, as the bilan counts them (spec/chiffres.md): not cancelled, whatever the date.
    const byId = readIntervenantActivite(ctx.db, annee.id)
    return readIntervenants(ctx.db).map((i) => {
      const r = byId.get(i.id)
      return { intervenantId: i.id, seances: r?.seances ?? 0, heures: Math.round(((r?.minutes ?? 0) / 60) * 100) / 100 }
    })
  },
  'formations.list': (_i, ctx) => inDateOrder(readFormations(ctx.db, requireAnnee(ctx).id)),
  'formations.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    requireNotOtherYear(ctx, 'formations', input.id, annee, 'cette formation')
    checkDates(annee, input.dates)
    requireExisting(ctx, 'intervenants', listRefs('intervenantIds', input.intervenantIds), 'intervenant')
    const formation: Formation = { ...input, id: input.id ?? ctx.newId(), dates: [...input.dates].sort() }
    writeFormation(ctx.db, annee.id, formation)
    return formation
  },
  'formations.supprimer': ({ id }, ctx) => {
    const formation = requireFormation(ctx, requireAnnee(ctx), id)
    // Its participants (formation_intervenants) go with it by ON DELETE CASCADE and are captured too.
    return deleteUndoably(ctx, `la formation « ${formation.intitule} »`, [['formations', 'id = ?', [id]]], () => deleteFormation(ctx.db, id))
  },
}
