import type { Activite, NiveauCollectif } from '../../shared/domain/lists'
import type { CollectifKey } from './organisation'
import type { Random } from './random'

/**
 * What a séance did: mostly methodological help, plus a "pédagogie du détour" activity that
 * varies. A few dated séances are special (library visit, orientation, end of year) and carry
 * a note; the bonus theatre project shows up once a week in its two collectifs.
 */

const SECONDES: Record<NiveauCollectif, readonly (readonly [Activite, number])[]> = {
  primaire: [
    ['jeux_educatifs', 30], ['culture_art_lecture_sport', 25], ['aide_travail_personnel', 15],
    ['sciences_techniques', 12], ['citoyennete', 10], ['numerique', 8],
  ],
  college: [
    ['aide_travail_personnel', 25], ['numerique', 20], ['orientation_fonctionnement_ecole', 15],
    ['citoyennete', 12], ['culture_art_lecture_sport', 12], ['sciences_techniques', 12], ['jeux_educatifs', 6],
  ],
  lycee: [['aide_travail_personnel', 40], ['orientation_fonctionnement_ecole', 30], ['numerique', 30]],
}

interface SeanceSpeciale {
  collectif: CollectifKey
  date: string
  activites: Activite[]
  note: string
}

const SPECIALES: readonly SeanceSpeciale[] = [
  { collectif: 'cp-ce1', date: '2025-11-27', activites: ['sortie_visite', 'culture_art_lecture_sport'], note: 'Visite de la médiathèque municipale : chaque enfant repart avec sa carte de lecteur.' },
  { collectif: 'ce2-cm2', date: '2025-12-05', activites: ['sortie_visite', 'culture_art_lecture_sport'], note: 'Visite de la médiathèque municipale et premier emprunt de livres.' },
  { collectif: '4e-3e', date: '2026-03-04', activites: ['orientation_fonctionnement_ecole', 'numerique'], note: "Découverte des métiers et des voies d'orientation après la 3e, avec une conseillère du CIO." },
  { collectif: '6e-5e', date: '2026-05-19', activites: ['sciences_techniques', 'numerique'], note: 'Défi robots programmables avec le matériel prêté par la médiathèque.' },
  { collectif: '4e-3e', date: '2026-06-15', activites: ['aide_methodologique', 'orientation_fonctionnement_ecole'], note: "Dernière séance avant les révisions du brevet : bilan de l'année avec les jeunes." },
  { collectif: 'cp-ce1', date: '2026-06-25', activites: ['jeux_educatifs', 'culture_art_lecture_sport'], note: "Dernière séance : grands jeux et préparation de la fête de fin d'année." },
  { collectif: '6e-5e', date: '2026-06-25', activites: ['culture_art_lecture_sport', 'citoyennete'], note: "Dernière séance : répétition générale de l'atelier théâtre." },
  { collectif: 'ce2-cm2', date: '2026-06-26', activites: ['culture_art_lecture_sport', 'jeux_educatifs'], note: "Fête de fin d'année avec les familles et restitution de l'atelier théâtre." },
]

/** The bonus project "Atelier théâtre et lecture à voix haute": one séance a week, January to early April. */
export const ATELIER_THEATRE = {
  collectifs: ['ce2-cm2', '6e-5e'] as readonly CollectifKey[],
  jours: { 'ce2-cm2': 5, '6e-5e': 4 } as Partial<Record<CollectifKey, number>>,
  du: '2026-01-05',
  au: '2026-04-03',
}

export interface ContenuSeance {
  activites: Activite[]
  note?: string
}

export function contenuSeance(rng: Random, collectif: CollectifKey, niveau: NiveauCollectif, date: string, jour: number): ContenuSeance {
  const speciale = SPECIALES.find((s) => s.collectif === collectif && s.date === date)
  if (speciale) return { activites: [...speciale.activites], note: speciale.note }

  const activites: Activite[] = [rng.chance(0.85) ? 'aide_methodologique' : 'aide_travail_personnel']
  const theatre = ATELIER_THEATRE.jours[collectif] === jour && date >= ATELIER_THEATRE.du && date <= ATELIER_THEATRE.au
  if (theatre) {
    activites.push('culture_art_lecture_sport')
    return { activites, note: rng.chance(0.3) ? 'Atelier théâtre et lecture à voix haute avec la comédienne de la compagnie.' : undefined }
  }
  const autres = SECONDES[niveau].filter(([a]) => !activites.includes(a))
  activites.push(rng.weighted(autres))
  if (rng.chance(0.2)) {
    const encore = autres.filter(([a]) => !activites.includes(a))
    activites.push(rng.weighted(encore))
  }
  return { activites }
}
