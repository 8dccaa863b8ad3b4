import type { Niveau } from '../domain/lists'
import { cellText, type CellValue } from './cell'
import { foldCompact } from '../text/fold'

const SPELLINGS: Record<Niveau, string[]> = {
  CP: ['cp', 'coursprepa', 'coursprepatoire', 'courspreparatoire'],
  CE1: ['ce1', 'ce1ere', 'ce1re'],
  CE2: ['ce2'],
  CM1: ['cm1', 'cm1ere', 'cm1re'],
  CM2: ['cm2'],
  '6E': ['6e', '6eme', '6ieme', '6em', '6me', 'sixieme'],
  '5E': ['5e', '5eme', '5ieme', '5em', '5me', 'cinquieme'],
  '4E': ['4e', '4eme', '4ieme', '4em', '4me', 'quatrieme'],
  '3E': ['3e', '3eme', '3ieme', '3em', '3me', 'troisieme'],
  '2NDE': ['2nde', '2de', '2nd', 'seconde', '2e', '2eme', 'deuxieme'],
  '1RE': ['1re', '1ere', '1er', '1e', 'premiere'],
  TLE: ['tle', 'term', 'terminale', 'terminal', 'tale', 'ter'],
  AUTRE: ['autre'],
}

const BY_SPELLING = new Map<string, Niveau>(Object.entries(SPELLINGS).flatMap(([code, list]) => list.map((s) => [s, code as Niveau] as const)))

/** Words that follow a level without changing it: « 4e SEGPA », « 2nde pro », « 1ère générale ». */
const QUALIFIERS = /(segpa|ulis|upe2a|generale?|general|technologique|techno|pro|professionnelle?|bacpro|gt|a|b|c|d)$/

/** A school level as associations spell it (« CM 1 », « cm1 », « 4ème », « quatrième », « Terminale »), or null. */
export function parseNiveau(value: CellValue): Niveau | null {
  const key = foldCompact(cellText(value))
  if (key === '') return null
  return BY_SPELLING.get(key) ?? BY_SPELLING.get(key.replace(QUALIFIERS, '')) ?? null
}
