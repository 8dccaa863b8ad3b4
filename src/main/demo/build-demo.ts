import type { Enfant, EchangeDocument } from '../../shared/exchange/schema'
import { buildConcertations } from './concertations'
import { createContext } from './context'
import { buildFormations, buildProjetsBonus } from './formation-bonus'
import { buildInscrits } from './inscrits'
import { buildCollectifs, buildEtablissements, buildIntervenants, buildLieux } from './organisation'
import { buildActionsParents } from './parents'
import { APRES_L_ANNEE, DEFAULT_SEED, EXPORTE_LE } from './parametres'
import { buildReponses } from './reponses'
import { buildSeances } from './seances'
import { buildAnneeScolaire, buildStructure } from './structure'

export interface DemoOptions {
  /** Same seed, same document; another seed changes names, attendance and who came to what. */
  seed?: number
  /**
   * The day the demonstration is seen on (AAAA-MM-JJ, the workspace's clock): séances after it are
   * planned (no team, no register), actions with parents and concertations after it have not
   * happened yet, departures after it are not known. Absent: the whole year is over (as on any day
   * after 2025-2026). A day before the year gives a year where nothing is held yet.
   */
  today?: string
}

/**
 * A realistic demonstration association for the school year 2025-2026, as an exchange
 * document ready to be imported: Association Les Ponts in Bourg-en-Bresse, four collectifs,
 * some forty children and a full year of registers.
 */
export function buildDemoDocument(options: DemoOptions = {}): EchangeDocument {
  const ctx = createContext(options.seed ?? DEFAULT_SEED)
  const today = options.today ?? APRES_L_ANNEE
  const { familles, enfants } = buildInscrits(ctx)
  return {
    format: 'clas-echange',
    version: 1,
    exporteLe: EXPORTE_LE,
    structure: buildStructure(),
    anneeScolaire: buildAnneeScolaire(),
    lieux: buildLieux(ctx),
    etablissements: buildEtablissements(ctx),
    intervenants: buildIntervenants(ctx),
    collectifs: buildCollectifs(ctx),
    familles,
    enfants: enfants.map((e) => sansDepartAVenir(e.enfant, today)),
    seances: buildSeances(ctx, enfants, today),
    actionsParents: buildActionsParents(ctx, enfants).filter((a) => a.date <= today),
    concertations: buildConcertations(ctx).filter((c) => c.date <= today),
    formations: buildFormations(ctx),
    projetsBonus: buildProjetsBonus(ctx),
    reponses: buildReponses(),
  }
}

/** A departure planned after today is not known yet: the child is still enrolled. */
function sansDepartAVenir(enfant: Enfant, today: string): Enfant {
  const inscriptions = enfant.inscriptions.map((i) => {
    if (i.au === undefined || i.au <= today) return i
    const { au: _aVenir, ...sansDepart } = i
    return sansDepart
  })
  return { ...enfant, inscriptions }
}
