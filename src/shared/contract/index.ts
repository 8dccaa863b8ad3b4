import type { z } from 'zod'
import { actionsParentsContract } from './actions-parents'
import { anneesContract } from './annees'
import { annulationContract } from './annulation'
import { anneeSuivanteContract } from './annee-suivante'
import { appContract } from './app'
import { bilanContract } from './bilan'
import { bilanModelesContract } from './bilan-modeles'
import { clotureContract } from './cloture'
import { budgetContract } from './budget'
import { collectifsContract } from './collectifs'
import { comptesContract } from './comptes'
import { concertationsContract } from './concertations'
import { conformiteContract, tableauDeBordContract } from './conformite'
import { echangeContract } from './echange'
import { enfantsContract } from './enfants'
import { equipeContract } from './equipe'
import { importListeContract } from './import-liste'
import { projetsBonusContract } from './projets-bonus'
import { rechercheContract } from './recherche'
import { referentielsContract } from './referentiels'
import { registresContract } from './registres'
import { recuperationContract } from './recuperation'
import { rgpdContract } from './rgpd'
import { sauvegardesContract } from './sauvegardes'
import { registreContract, seancesContract } from './seances'

/** Every call the renderer, the HTTP host and the CLI can make: declared once, here. */
export const contract = {
  ...appContract,
  ...referentielsContract,
  ...collectifsContract,
  ...enfantsContract,
  ...importListeContract,
  ...seancesContract,
  ...registreContract,
  ...echangeContract,
  ...conformiteContract,
  ...tableauDeBordContract,
  ...bilanContract,
  ...bilanModelesContract,
  ...registresContract,
  ...annulationContract,
  ...sauvegardesContract,
  ...recuperationContract,
  ...rgpdContract,
  ...projetsBonusContract,
  ...rechercheContract,
  ...equipeContract,
  ...concertationsContract,
  ...actionsParentsContract,
  ...comptesContract,
  ...budgetContract,
  ...anneeSuivanteContract,
  ...clotureContract,
  ...anneesContract,
}

export type Contract = typeof contract
export type CallName = keyof Contract
/** What a caller passes (defaults not applied yet). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
/** What a handler receives, parsed. */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>

/**
 * The calls of one part of the contract, e.g. `CallsOf<typeof seancesContract>`: what the
 * service implementing that part must handle (a union of parts gives all their calls).
 */
export type CallsOf<Part> = Part extends unknown ? Extract<keyof Part, CallName> : never

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

export * from './errors'
export type { AppStatus } from './app'
export type { CollectifResume } from './collectifs'
export type { Registre, SeanceResume, Semaine } from './seances'
