import type { CollectifKey } from './organisation'
import { JOUR_GREVE, JOUR_PONT, MOTIF_GREVE, MOTIF_PONT } from './parametres'

/**
 * Séances that did not take place, with the motif a coordinator would write. Each illness falls
 * in a week where the collectif's other séance is held, so that no week of activity is lost.
 */

interface AnnulationPonctuelle {
  collectif: CollectifKey
  date: string
  motif: string
}

const ANNULATIONS_PONCTUELLES: readonly AnnulationPonctuelle[] = [
  { collectif: '6e-5e', date: '2025-12-09', motif: 'Animateur référent malade, aucun remplaçant disponible : familles prévenues par SMS.' },
  { collectif: 'ce2-cm2', date: '2026-01-27', motif: 'Deux intervenants malades (épidémie de grippe) : séance annulée, familles prévenues la veille.' },
  { collectif: '4e-3e', date: '2026-03-25', motif: 'Intervenant malade : séance du mercredi annulée, reportée sur le travail du lundi suivant.' },
]

/** Dates on which every séance of the association is cancelled. */
const FERMETURES: readonly { date: string; motif: string }[] = [
  { date: JOUR_GREVE, motif: MOTIF_GREVE },
  { date: JOUR_PONT, motif: MOTIF_PONT },
]

export function motifAnnulation(collectif: CollectifKey, date: string): string | undefined {
  return (
    FERMETURES.find((f) => f.date === date)?.motif ??
    ANNULATIONS_PONCTUELLES.find((a) => a.collectif === collectif && a.date === date)?.motif
  )
}
