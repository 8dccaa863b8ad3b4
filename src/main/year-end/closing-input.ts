import { evaluateCompliance, type ComplianceResult } from '../../shared/compliance'
import { computeBudget, type BudgetCalcule } from '../../shared/budget/compute'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'
import type { Mapping } from '../../shared/bilan/mapping/mapping-schema'
import type { EchangeDocument } from '../../shared/exchange/schema'
import { registerHeading, type RegisterHeading } from '../../shared/registers/heading'
import type { ServiceContext } from '../api/context'
import { bilanAnswers, loadTemplate } from '../reads/bilan-inputs'
import { exportDocument } from '../reads/year-document'

/**
 * Everything the closing folder is made of, read from the base at once and synchronously:
 * the files are then built from this snapshot alone, outside any transaction, while the
 * coordinator may go on reading.
 */
export interface ClosingInput {
  doc: EchangeDocument
  /** Figures (as of `asOf`), written answers and hand corrections: what the bilan is filled from. */
  answers: Answers
  /** The year's last day, or today while the year runs: what is only planned is never counted. */
  asOf: string
  template: { id: string; titre: string; form: Buffer; mapping: Mapping }
  heading: RegisterHeading
  compliance: ComplianceResult[]
  /** null when no budget was entered for the year. */
  budget: BudgetCalcule | null
}

export function readClosingInput(ctx: ServiceContext, modeleId: string): ClosingInput {
  const { template, form, mapping } = loadTemplate(ctx, modeleId)
  // The folder holds the whole year (registers, exchange document): the full snapshot, once.
  const doc = exportDocument(ctx)
  const { answers } = bilanAnswers(ctx)
  const asOf = answers.figures.date
  const heures = answers.figures.values['intervenants.benevole.heures']
  return {
    doc,
    answers,
    asOf,
    template: { id: template.info.id, titre: template.info.titre, form, mapping },
    heading: registerHeading(doc, ctx.today()),
    compliance: evaluateCompliance(doc, asOf),
    budget: doc.budget ? computeBudget(doc.budget, doc.projetsBonus, typeof heures === 'number' ? heures : 0) : null,
  }
}
