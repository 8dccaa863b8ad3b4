import { computeFigures } from '../../shared/bilan/figures'
import { enfantsConnus } from '../../shared/bilan/figures/groupes'
import { formMismatch } from '../../shared/bilan/templates/form-choice'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'
import type { Mapping } from '../../shared/bilan/mapping/mapping-schema'
import type { Modele } from '../../shared/contract/bilan-modeles'
import { ApiError } from '../../shared/contract/errors'
import type { DocumentBilan } from '../../shared/contract/bilan'
import type { EchangeDocument } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { DocxError } from '../bilan/docx/docx-file'
import { fillTemplate } from '../bilan/fill-template'
import { buildFormView } from '../bilan/form-view'
import { leftToCoordinator } from '../bilan/left-to-coordinator'
import { docxToPdf } from '../bilan/pdf/bilan-pdf'
import { PdfError } from '../bilan/pdf/libreoffice'
import { docxPreviewHtml } from '../bilan/preview/docx-preview'
import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping, TemplateError, type StoredTemplate } from '../bilan/templates/template-store'
import { deleteCorrection, deleteReponse, readCorrections, readReponses, writeCorrection, writeReponse } from '../store/repos/partenariats'
import { asOfDate } from './as-of'
import { readFiguresInput } from './figures-input'
import type { CallsOf } from '../../shared/contract'
import type { bilanContract } from '../../shared/contract/bilan'

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

/** Built-in forms, then the ones imported beside the user's database (also while the demo is open). */
const templatesOf = (ctx: ServiceContext) => listTemplates(findBuiltinTemplatesFolder(), importedTemplatesFolder(ctx.workspace.mainPath))

const resume = (t: StoredTemplate): Modele => ({ id: t.info.id, titre: t.info.titre, anneeScolaire: t.info.anneeScolaire, departement: t.info.departement, origine: t.origine })

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

/** Failures of reading or converting a form become French refusals; anything else stays internal. */
function asApiError(titre: string) {
  return (error: unknown): never => {
    if (error instanceof PdfError) throw new ApiError({ code: 'conflict', message: error.message })
    if (error instanceof DocxError) throw new ApiError({ code: 'conflict', message: `Le formulaire « ${titre} » ne peut pas être lu : ${error.message}` })
    throw error
  }
}

export const bilanHandlers: HandlerMap<CallsOf<typeof bilanContract>> = {
  'bilan.chiffres': ({ date }, ctx) => bilanAnswers(ctx, date).answers.figures,

  'bilan.formulaire': ({ modeleId, date }, ctx) => {
    const { template, form, mapping, all } = loadTemplate(ctx, modeleId)
    const { doc, answers } = bilanAnswers(ctx, date)
    const titres = new Map(all.map((t) => [t.info.id, t.info.titre]))
    const asOf = { date: answers.figures.date, seancesSansRegistre: answers.figures.seancesSansRegistre, ecartModele: formWarning(template.info, doc) }
    return buildFormView({ form, mapping, modele: resume(template), answers, titres })
      .then((view) => ({ ...view, ...asOf }))
      .catch(asApiError(template.info.titre))
  },

  'bilan.reponses.enregistrer': ({ questionId, texte }, ctx) => {
    const annee = requireAnnee(ctx)
    const kept = texte.trim()
    if (kept === '') deleteReponse(ctx.db, annee.id, questionId)
    else writeReponse(ctx.db, annee.id, questionId, kept)
    return { questionId, texte: kept === '' ? null : kept }
  },

  'bilan.corrections.enregistrer': ({ cle, valeur }, ctx) => {
    const annee = requireAnnee(ctx)
    if (valeur === null) deleteCorrection(ctx.db, annee.id, cle)
    else writeCorrection(ctx.db, annee.id, cle, valeur)
    return { cle, valeur }
  },

  'bilan.document': ({ modeleId, formulaire, format, date }, ctx) => {
    // A template of the list, or a form sent with its mapping (the contract asks for one of them).
    const chosen = formulaire
      ? { form: Buffer.from(formulaire.base64, 'base64'), mapping: formulaire.correspondance, titre: formulaire.nomFichier, info: null }
      : (({ template, form, mapping }) => ({ form, mapping, titre: template.info.titre, info: template.info }))(loadTemplate(ctx, modeleId ?? ''))
    const { doc, answers } = bilanAnswers(ctx, date)
    const nomFichier = bilanFileName(doc.anneeScolaire.libelle, doc.structure.nom, format)
    const avertissement = chosen.info ? formWarning(chosen.info, doc) : null
    return fillTemplate(chosen.form, chosen.mapping, answers)
      .then(async ({ docx, report }): Promise<DocumentBilan> => {
        const pdf = format === 'pdf' ? await docxToPdf(docx, nomFichier.replace(/\.pdf$/, '')) : null
        return {
          nomFichier, type: MIME[format], base64: (pdf?.pdf ?? docx).toString('base64'), moteur: pdf?.moteur ?? null,
          annee: doc.anneeScolaire.libelle, date: answers.figures.date, avertissement, remplis: report.remplis.length,
          ...leftToCoordinator(report, chosen.mapping, answers),
          seancesSansRegistre: answers.figures.seancesSansRegistre, introuvables: report.introuvables,
        }
      })
      .catch(asApiError(chosen.titre))
  },

  'bilan.apercu': ({ modeleId, date }, ctx) => {
    const { template, form, mapping } = loadTemplate(ctx, modeleId)
    const { answers } = bilanAnswers(ctx, date)
    return fillTemplate(form, mapping, answers)
      .then(({ docx }) => docxPreviewHtml(docx))
      .then((html) => ({ html }))
      .catch(asApiError(template.info.titre))
  },
}
