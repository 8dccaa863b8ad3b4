import type { EnfantPropose } from '../../../shared/contract/annee-suivante'

/** What the coordinator decided for one child on the screen. */
export interface ChoixEcran {
  reconduit: boolean
  /** A collectif of this year whose copy the child joins; '' keeps the proposal (several collectifs). */
  collectifId: string
}

/** The screen's starting point: the proposal as it is. */
export function choixInitial(e: EnfantPropose): ChoixEcran {
  return { reconduit: e.reconduit, collectifId: e.collectifProposeIds.length === 1 ? e.collectifProposeIds[0] : '' }
}

/** Only what differs from the proposal is sent: the server applies the proposal to the others. */
export function choixAEnvoyer(enfants: EnfantPropose[], choix: Map<string, ChoixEcran>): { enfantId: string; reconduit: boolean; collectifId?: string }[] {
  const out: { enfantId: string; reconduit: boolean; collectifId?: string }[] = []
  for (const e of enfants) {
    const c = choix.get(e.enfantId)
    if (!c) continue
    const initial = choixInitial(e)
    const moved = c.collectifId !== '' && c.collectifId !== initial.collectifId
    if (c.reconduit !== initial.reconduit || moved) out.push({ enfantId: e.enfantId, reconduit: c.reconduit, ...(moved ? { collectifId: c.collectifId } : {}) })
  }
  return out
}
