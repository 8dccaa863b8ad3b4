import type { Modele } from '../../shared/contract/bilan-modeles'
import { ApiError } from '../../shared/contract/errors'
import type { Fichier } from '../../shared/contract/registres'
import type { HandlerMap } from '../api/context'
import { requireAnnee } from '../api/checks'
import { DocxError } from '../bilan/docx/docx-file'
import { fillTemplate } from '../bilan/fill-template'
import { buildFormView } from '../bilan/form-view'
import { docxToPdf } from '../bilan/pdf/bilan-pdf'
import { PdfError } from '../bilan/pdf/libreoffice'
import { docxPreviewHtml } from '../bilan/preview/docx-preview'
import type { StoredTemplate } from '../bilan/templates/template-store'
import { deleteCorrection, deleteReponse, writeCorrection, writeReponse } from '../store/repos/partenariats'
import { bilanAnswers, bilanFileName, formWarning, loadTemplate } from '../reads/bilan-inputs'

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

export const bilanHandlers: HandlerMap<
  'bilan.chiffres' | 'bilan.formulaire' | 'bilan.reponses.enregistrer' | 'bilan.corrections.enregistrer' | 'bilan.document' | 'bilan.apercu'
> = {
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

  'bilan.document': ({ modeleId, format, date }, ctx) => {
    const { template, form, mapping } = loadTemplate(ctx, modeleId)
    const { doc, answers } = bilanAnswers(ctx, date)
    const nomFichier = bilanFileName(doc.anneeScolaire.libelle, doc.structure.nom, format)
    return fillTemplate(form, mapping, answers)
      .then(async ({ docx }) => (format === 'pdf' ? (await docxToPdf(docx, nomFichier.replace(/\.pdf$/, ''))).pdf : docx))
      .then((bytes): Fichier => ({ nomFichier, type: MIME[format], base64: bytes.toString('base64') }))
      .catch(asApiError(template.info.titre))
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
