import { computeFigures } from '../../shared/bilan/figures'
import { computeBudget } from '../../shared/budget/compute'
import { QUESTION_ECARTS_BUDGET } from '../../shared/budget/postes'
import type { BudgetVue } from '../../shared/contract/budget'
import { ApiError } from '../../shared/contract/errors'
import type { Fichier, FormatRegistre } from '../../shared/contract/registres'
import type { EchangeDocument } from '../../shared/exchange/schema'
import { safeFileName } from '../../shared/registers/format'
import { registerHeading } from '../../shared/registers/heading'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { compteRenduPdf } from '../budget/compte-rendu-pdf'
import { compteRenduXlsx } from '../budget/compte-rendu-xlsx'
import { readBenevolesVoientBudget, writeBenevolesVoientBudget, writeBudget } from '../store/repos/budget'
import { exportDocument } from '../reads/year-document'
import type { CallsOf } from '../../shared/contract'
import type { budgetContract } from '../../shared/contract/budget'

const MIME: Record<FormatRegistre, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

/** The volunteers' hours as the bilan counts them: the figure itself, never a second computation. */
export function benevoleHeures(doc: EchangeDocument): number {
  const value = computeFigures(doc).values['intervenants.benevole.heures']
  return typeof value === 'number' ? value : 0
}

/** A bénévole's account sees the budget only when the coordinator allowed it. */
function requireMayRead(ctx: ServiceContext, anneeId: string): void {
  const access = ctx.access
  if (!access?.protege || access.compte?.role !== 'benevole') return
  if (!readBenevolesVoientBudget(ctx.db, anneeId)) {
    throw new ApiError({ code: 'forbidden', message: "Votre compte bénévole ne permet pas de consulter le budget de l'action : demandez à la coordination." })
  }
}

function vue(ctx: ServiceContext): BudgetVue {
  const annee = requireAnnee(ctx)
  const doc = exportDocument(ctx)
  return {
    annee: annee.libelle,
    saisi: doc.budget !== undefined,
    budget: doc.budget ?? { lignes: [] },
    projetsBonus: doc.projetsBonus,
    benevoleHeures: benevoleHeures(doc),
    benevolesVoient: readBenevolesVoientBudget(ctx.db, annee.id),
    explicationEcarts: doc.reponses[QUESTION_ECARTS_BUDGET] ?? '',
  }
}

export const budgetHandlers: HandlerMap<CallsOf<typeof budgetContract>> = {
  'budget.lire': (_i, ctx) => {
    requireMayRead(ctx, requireAnnee(ctx).id)
    return vue(ctx)
  },
  'budget.enregistrer': (input, ctx) => {
    writeBudget(ctx.db, requireAnnee(ctx).id, input)
    return vue(ctx)
  },
  'budget.acces.regler': ({ benevolesVoient }, ctx) => {
    writeBenevolesVoientBudget(ctx.db, requireAnnee(ctx).id, benevolesVoient)
    return { benevolesVoient }
  },
  'budget.compteRendu': ({ format }, ctx) => {
    const annee = requireAnnee(ctx)
    const doc = exportDocument(ctx)
    if (!doc.budget) throw new ApiError({ code: 'conflict', message: "Aucun budget n'est saisi pour cette année : renseignez le budget de l'action avant d'éditer le compte rendu financier." })
    const calcul = computeBudget(doc.budget, doc.projetsBonus, benevoleHeures(doc))
    const heading = registerHeading(doc, ctx.today())
    const nom = safeFileName(['compte-rendu-financier', annee.libelle], format)
    const bytes = format === 'pdf' ? compteRenduPdf(calcul, heading) : compteRenduXlsx(calcul, heading)
    return bytes.then((b): Fichier => ({ nomFichier: nom, type: MIME[format], base64: b.toString('base64') }))
  },
}
