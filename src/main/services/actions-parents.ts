import { formatDateFr } from '../../shared/calendar/dates'
import { ApiError } from '../../shared/contract/errors'
import { FORMAT_ACTION_PARENTS_LABELS } from '../../shared/domain/lists'
import type { ActionParents } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireAnnee, requireExisting, requireNotOtherYear } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { deleteActionParents, readActionsParents, writeActionParents } from '../store/repos/partenariats'
import { deleteUndoably } from '../undo/delete-undoably'
import { requireCollectifOfYear } from '../reads/of-year'
import type { CallsOf } from '../../shared/contract'
import type { actionsParentsContract } from '../../shared/contract/actions-parents'

/** The most recent first: the coordinator looks for what was just done; same day, as stored. */
const mostRecentFirst = (list: ActionParents[]) => list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))

function requireAction(ctx: ServiceContext, annee: AnneeRow, id: string): ActionParents {
  const action = readActionsParents(ctx.db, annee.id).find((a) => a.id === id)
  if (!action) throw new ApiError({ code: 'not_found', message: 'Action avec les parents introuvable : elle a peut-être été supprimée.' })
  return action
}

/** « l'action « Café des parents » du jeudi 20 novembre 2025 », as the undo toast names it. */
function libelle(a: ActionParents): string {
  const nom = a.intitule?.trim() || (a.format ? FORMAT_ACTION_PARENTS_LABELS[a.format] : '')
  return `${nom ? `l'action « ${nom} »` : "l'action avec les parents"} du ${formatDateFr(a.date)}`
}

function checkSave(ctx: ServiceContext, annee: AnneeRow, input: Omit<ActionParents, 'id'> & { id?: string }): void {
  requireNotOtherYear(ctx, 'actionsParents', input.id, annee, 'cette action')
  if (input.date < annee.debut || input.date > annee.fin) {
    throw new ApiError({
      code: 'validation', field: 'date',
      message: `date : l'action doit tomber dans l'année scolaire ${annee.libelle} (du ${formatDateFr(annee.debut)} au ${formatDateFr(annee.fin)})`,
    })
  }
  input.collectifIds.forEach((c, i) => requireCollectifOfYear(ctx, annee, c, `collectifIds[${i}]`))
  requireExisting(ctx, 'familles', listRefs('familleIds', input.familleIds), 'famille')
}

export const actionsParentsHandlers: HandlerMap<CallsOf<typeof actionsParentsContract>> = {
  'actionsParents.list': (_i, ctx) => mostRecentFirst(readActionsParents(ctx.db, requireAnnee(ctx).id)),
  'actionsParents.get': ({ id }, ctx) => requireAction(ctx, requireAnnee(ctx), id),
  'actionsParents.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    checkSave(ctx, annee, input)
    // Ticking an objective twice says nothing more: the bilan counts each objective once per action.
    const action: ActionParents = { ...input, id: input.id ?? ctx.newId(), objectifs: [...new Set(input.objectifs)] }
    writeActionParents(ctx.db, annee.id, action)
    return requireAction(ctx, annee, action.id)
  },
  'actionsParents.supprimer': ({ id }, ctx) => {
    const action = requireAction(ctx, requireAnnee(ctx), id)
    // Its links to collectifs and familles go with it (ON DELETE CASCADE) and are captured too.
    return deleteUndoably(ctx, libelle(action), [['actions_parents', 'id = ?', [id]]], () => deleteActionParents(ctx.db, id))
  },
}
