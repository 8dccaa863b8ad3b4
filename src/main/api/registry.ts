import type { CallName } from '../../shared/contract'
import type { HandlerMap, PreparerMap } from './context'
import { actionsParentsHandlers } from '../services/actions-parents'
import { anneesHandlers } from '../services/annees'
import { annulationHandlers } from '../services/annulation'
import { anneeSuivanteHandlers } from '../services/annee-suivante'
import { appHandlers } from '../services/app'
import { bilanHandlers } from '../services/bilan'
import { bilanModelesHandlers, bilanModelesPreparers } from '../services/bilan-modeles'
import { clotureHandlers } from '../services/cloture'
import { collectifsHandlers } from '../services/collectifs'
import { comptesHandlers } from '../services/comptes'
import { concertationsHandlers } from '../services/concertations'
import { conformiteHandlers } from '../services/conformite'
import { echangeHandlers } from '../services/echange'
import { enfantsHandlers } from '../services/enfants'
import { equipeHandlers } from '../services/equipe'
import { importListeHandlers, importListePreparers } from '../services/import-liste'
import { projetsBonusHandlers } from '../services/projets-bonus'
import { budgetHandlers } from '../services/budget'
import { rechercheHandlers } from '../services/recherche'
import { referentielsHandlers } from '../services/referentiels'
import { registreHandlers } from '../services/registre'
import { registresExportHandlers } from '../services/registres-export'
import { recuperationHandlers } from '../services/recuperation'
import { rgpdHandlers } from '../services/rgpd'
import { sauvegardesHandlers } from '../services/sauvegardes'
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
  ...bilanModelesHandlers,
  ...registresExportHandlers,
  ...annulationHandlers,
  ...projetsBonusHandlers,
  ...budgetHandlers,
  ...rechercheHandlers,
  ...equipeHandlers,
  ...concertationsHandlers,
  ...actionsParentsHandlers,
  ...sauvegardesHandlers,
  ...recuperationHandlers,
  ...rgpdHandlers,
  ...comptesHandlers,
  ...anneeSuivanteHandlers,
  ...clotureHandlers,
  ...anneesHandlers,
}

/** Write calls with work done before their transaction (api/context.ts, `Preparer`). */
export const preparers: PreparerMap = {
  ...importListePreparers,
  ...bilanModelesPreparers,
}
