import { r1Effectif } from './r1-effectif'
import { r2Encadrement } from './r2-encadrement'
import { r3Rythme } from './r3-rythme'
import { r4DureeAnnuelle } from './r4-duree-annuelle'
import { r5Periode } from './r5-periode'
import { r6Public } from './r6-public'
import { r7Presences } from './r7-presences'
import { r8AxeParents } from './r8-axe-parents'
import { r9AxeEcole } from './r9-axe-ecole'
import { r10AxeTerritoire } from './r10-axe-territoire'
import { r11Coordination } from './r11-coordination'
import { r12Financement } from './r12-financement'
import type { ComplianceInput, ComplianceResult } from './types'
import { buildYearIndex } from './year-index'

export { evaluationDate } from './year-index'

const STRUCTURE_RULES = [r6Public, r7Presences, r8AxeParents, r9AxeEcole, r10AxeTerritoire, r11Coordination, r12Financement]
const COLLECTIF_RULES = [r1Effectif, r2Encadrement, r3Rythme, r4DureeAnnuelle, r5Periode]

/**
 * Every rule of spec/conformite.md on one year at `date` (clipped to the year): the structure's
 * results, then each collectif's, collectifs in name order.
 */
export function evaluateCompliance(input: ComplianceInput, date: string): ComplianceResult[] {
  const index = buildYearIndex(input, date)
  return [...STRUCTURE_RULES.map((rule) => rule(index)), ...index.collectifs.flatMap((c) => COLLECTIF_RULES.map((rule) => rule(index, c)))]
}
