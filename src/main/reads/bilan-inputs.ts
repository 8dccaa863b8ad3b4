import { computeFigures } from '../../shared/bilan/figures'
import { enfantsConnus } from '../../shared/bilan/figures/groupes'
import { formMismatch } from '../../shared/bilan/templates/form-choice'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'
import type { Mapping } from '../../shared/bilan/mapping/mapping-schema'
import { ApiError } from '../../shared/contract/errors'
import type { EchangeDocument } from '../../shared/exchange/schema'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping, TemplateError, type StoredTemplate } from '../bilan/templates/template-store'
import { readCorrections, readReponses } from '../store/repos/partenariats'
import { asOfDate } from './as-of'
// Moved to src/main/reads after perf14's merge (see eslint.config.js).
import { readFiguresInput } from './figures-input'

/** Built-in forms, then the ones imported beside the user's database (also while the demo is open). */
const templatesOf = (ctx: ServiceContext) => listTemplates(findBuiltinTemplatesFolder(), importedTemplatesFolder(ctx.workspace.mainPath))

/** A form's bytes and mapping, read before any `await` so that a refusal fails at once, the same way on every host. */
export function loadTemplate(ctx: ServiceContext, modeleId: string): { template: StoredTemplate; form: Buffer; mapping: Mapping; all: StoredTemplate[] } {
  const all = templatesOf(ctx)
  const template = all.find((t) => t.info.id === modeleId)
  if (!template) throw new ApiError({ code: 'validation', field: 'modeleId', message: `modeleId : aucun formulaire « ${modeleId.slice(0, 60)} » : choisissez-en un dans la liste.` })
  try {
    return { template, form: readForm(template), mapping: readMapping(template), all }
  } catch (error) {
    if (error instanceof TemplateError) throw new ApiError({ code: 'conflict', message: `${error.message} Importez de nouveau ce formulaire.` })
    throw error
  }
}

/**
 * The year's figures as of `date` (default: today, clipped to the year), written answers and
 * hand corrections: everything a form is filled from.
 */
export function bilanAnswers(ctx: ServiceContext, date?: string): { doc: Pick<EchangeDocument, 'structure' | 'anneeScolaire'>; answers: Answers } {
  const annee = requireAnnee(ctx)
  // What the figures read, not the whole snapshot: most of a year's rows are marks none of them names.
  const doc = readFiguresInput(ctx)
  const figures = computeFigures(doc, asOfDate(ctx, doc.anneeScolaire, date))
  const connus = enfantsConnus(doc, figures.date)
  return { doc, answers: { figures, reponses: readReponses(ctx.db, annee.id), corrections: readCorrections(ctx.db, annee.id), connus } }
}

/** The form's year and CAF against the data's: a line to show when they differ, else null. */
export function formWarning(form: { departement: string | null; anneeScolaire: string; id: string }, doc: Pick<EchangeDocument, 'structure' | 'anneeScolaire'>): string | null {
  return formMismatch(form, { annee: doc.anneeScolaire.libelle, departement: doc.structure.departementCaf })
}

/** « Bilan CLAS 2025-2026 - Association Les Ponts.docx »: what a coordinator recognises in a folder, minus what file systems refuse. */
export function bilanFileName(annee: string, structure: string, extension: string): string {
  const clean = [...`Bilan CLAS ${annee} - ${structure}`].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 150).replace(/[ .]+$/, '')
  return `${clean}.${extension}`
}
