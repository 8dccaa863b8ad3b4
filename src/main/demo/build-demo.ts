import type { EchangeDocument } from '../../shared/exchange/schema'
import { buildConcertations } from './concertations'
import { createContext } from './context'
import { buildFormations, buildProjetsBonus } from './formation-bonus'
import { buildInscrits } from './inscrits'
import { buildCollectifs, buildEtablissements, buildIntervenants, buildLieux } from './organisation'
import { buildActionsParents } from './parents'
import { DEFAULT_SEED, EXPORTE_LE } from './parametres'
import { buildReponses } from './reponses'
import { buildSeances } from './seances'
import { buildAnneeScolaire, buildStructure } from './structure'

export interface DemoOptions {
  /** Same seed, same document; another seed changes names, attendance and who came to what. */
  seed?: number
}

/**
 * A realistic demonstration association for the school year 2025-2026, as an exchange
 * document ready to be imported: Association Les Ponts in Bourg-en-Bresse, four collectifs,
 * some forty children and a full year of registers.
 */
export function buildDemoDocument(options: DemoOptions = {}): EchangeDocument {
  const ctx = createContext(options.seed ?? DEFAULT_SEED)
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
    enfants: enfants.map((e) => e.enfant),
    seances: buildSeances(ctx, enfants),
    actionsParents: buildActionsParents(ctx, enfants),
    concertations: buildConcertations(ctx),
    formations: buildFormations(ctx),
    projetsBonus: buildProjetsBonus(ctx),
    reponses: buildReponses(),
  }
}
