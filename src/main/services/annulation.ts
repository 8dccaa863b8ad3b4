import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap } from '../api/context'
import { restoreRows } from '../undo/row-images'
import type { CallsOf } from '../../shared/contract'
import type { annulationContract } from '../../shared/contract/annulation'

export const annulationHandlers: HandlerMap<CallsOf<typeof annulationContract>> = {
  'annulation.annuler': ({ jeton }, ctx) => {
    const entry = ctx.workspace.undo.take(jeton)
    if (!entry) throw new ApiError({ code: 'conflict', message: 'Cette suppression ne peut plus être annulée : le délai est passé ou elle a déjà été annulée.' })
    try {
      restoreRows(ctx.sqlite, entry.images)
    } catch (error) {
      ctx.workspace.undo.putBack(jeton, entry)
      const why = error instanceof Error && /FOREIGN KEY/i.test(error.message) ? ' : une donnée à laquelle elle se rattachait a été supprimée depuis' : ''
      throw new ApiError({ code: 'conflict', message: `La suppression de ${entry.libelle} n'a pas pu être annulée${why}.` })
    }
    return { libelle: entry.libelle }
  },
}
