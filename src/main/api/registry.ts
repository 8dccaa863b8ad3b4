import type { CallName } from '../../shared/contract'
import type { HandlerMap } from './context'
import { annulationHandlers } from '../services/annulation'
import { appHandlers } from '../services/app'
import { bilanHandlers } from '../services/bilan'
import { collectifsHandlers } from '../services/collectifs'
import { conformiteHandlers } from '../services/conformite'
import { echangeHandlers } from '../services/echange'
import { enfantsHandlers } from '../services/enfants'
import { importListeHandlers } from '../services/import-liste'
import { referentielsHandlers } from '../services/referentiels'
import { registreHandlers } from '../services/registre'
import { registresExportHandlers } from '../services/registres-export'
import { seancesHandlers } from '../services/seances'

/** Every call of the contract, implemented once; the compiler checks none is missing. */
export const handlers: HandlerMap<CallName> = {
  ...appHandlers,
  ...referentielsHandlers,
  ...collectifsHandlers,
  ...enfantsHandlers,
  ...importListeHandlers,
  ...seancesHandlers,
  ...registreHandlers,
  ...echangeHandlers,
  ...conformiteHandlers,
  ...bilanHandlers,
  ...registresExportHandlers,
  ...annulationHandlers,
}
