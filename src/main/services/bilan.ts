import type { Modele } from '../../shared/contract/bilan-modeles'
import { ApiError } from '../../shared/contract/errors'
import type { DocumentBilan } from '../../shared/contract/bilan'
import type { HandlerMap } from '../api/context'
import { requireAnnee } from '../api/checks'
import { DocxError } from '../bilan/docx/docx-file'
import { fillTemplate } from '../bilan/fill-template'
import { buildFormView } from '../bilan/form-view'
import { leftToCoordinator } from '../bilan/left-to-coordinator'
import { docxToPdf } from '../bilan/pdf/bilan-pdf'
import { PdfError } from '../bilan/pdf/libreoffice'
import { docxPreviewHtml } from '../bilan/preview/docx-preview'
import type { StoredTemplate } from '../bilan/templates/template-store'
import { deleteCorrection, deleteReponse, writeCorrection, writeReponse } from '../store/repos/partenariats'
import { bilanAnswers, bilanFileName, formWarning, loadTemplate } from '../reads/bilan-inputs'
import type { CallsOf } from '../../shared/contract'
import type { bilanContract } from '../../shared/contract/bilan'

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

const resume = (t: StoredTemplate): Modele => ({ id: t.info.id, titre: t.info.titre, anneeScolaire: t.info.anneeScolaire, departement: t.info.departement, origine: t.origine })

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
