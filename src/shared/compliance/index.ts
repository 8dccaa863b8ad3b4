export { evaluateCompliance, evaluationDate } from './evaluate'
export type { ComplianceInput, ComplianceResult, Statut } from './types'
