import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap } from '../api/context'
import type { CallsOf } from '../../shared/contract'
import type { recuperationContract } from '../../shared/contract/recuperation'

const OPEN = "La base est ouverte normalement : il n'y a rien à récupérer. Pour revenir à une sauvegarde, passez par Paramètres › Sauvegardes."

/**
 * Once the database is open, the recovery calls have nothing to do; while it cannot be opened,
 * `DatabaseHost` answers them instead (src/main/recovery/database-host.ts).
 */
export const recuperationHandlers: HandlerMap<CallsOf<typeof recuperationContract>> = {
  'recuperation.etat': (_i, ctx) => {
    const dossier = ctx.workspace.backupSettings?.folder() ?? ''
    return { probleme: null, base: ctx.workspace.mainPath, dossier, sauvegardes: [] }
  },
  'recuperation.restaurer': () => {
    throw new ApiError({ code: 'conflict', message: OPEN })
  },
  'recuperation.reessayer': () => ({ ouverte: true }),
  'recuperation.nouvelleBase': () => {
    throw new ApiError({ code: 'conflict', message: OPEN })
  },
}
