import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { ApiError } from '../../shared/contract/errors'
import type { Progression, Verification } from '../../shared/contract/cloture'
import type { Fichier } from '../../shared/contract/registres'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { buildFormView } from '../bilan/form-view'
import { closedOn, setClosedOn } from '../years/closed-year'
import { readClosingInput } from '../year-end/closing-input'
import { closingJob, startClosingJob, type ClosingJob } from '../year-end/jobs'
import { openFolder } from '../year-end/open-folder'
import { bilanAnswers, loadTemplate } from '../reads/bilan-inputs'
import type { CallsOf } from '../../shared/contract'
import type { clotureContract } from '../../shared/contract/cloture'

function requireJob(id: string): ClosingJob {
  const job = closingJob(id)
  if (!job) throw new ApiError({ code: 'not_found', field: 'travailId', message: "Préparation du dossier introuvable : l'application a peut-être redémarré. Relancez la clôture." })
  return job
}

function requireFinished(id: string): ClosingJob & { resultat: NonNullable<ClosingJob['resultat']> } {
  const job = requireJob(id)
  if (job.etat === 'en_cours') throw new ApiError({ code: 'conflict', message: "Le dossier de clôture est encore en préparation : attendez qu'il soit prêt." })
  if (job.etat === 'echec' || !job.resultat) throw new ApiError({ code: 'conflict', message: job.erreur ?? 'Le dossier de clôture n’a pas pu être préparé.' })
  return job as ClosingJob & { resultat: NonNullable<ClosingJob['resultat']> }
}

/** A job as the screens see it; the path of a temporary folder made for a download is not theirs to know. */
function progression(job: ClosingJob): Progression {
  const r = job.resultat
  return {
    travailId: job.id, annee: job.annee, etat: job.etat, fait: job.fait, total: job.total, parties: job.parties, erreur: job.erreur,
    resultat: r && { dossier: job.temporaire ? null : r.dossier, zip: job.temporaire ? null : r.zip, fichiers: r.fichiers, avertissements: r.avertissements },
  }
}

function etat(ctx: ServiceContext) {
  const annee = requireAnnee(ctx)
  return { annee: annee.libelle, clotureeLe: closedOn(ctx.db, annee.id) }
}

export const clotureHandlers: HandlerMap<CallsOf<typeof clotureContract>> = {
  'cloture.etat': (_i, ctx) => etat(ctx),

  'cloture.verifier': ({ modeleId }, ctx) => {
    const annee = requireAnnee(ctx)
    const { template, form, mapping } = loadTemplate(ctx, modeleId)
    const { answers } = bilanAnswers(ctx)
    const modele = { id: template.info.id, titre: template.info.titre, anneeScolaire: template.info.anneeScolaire, departement: template.info.departement, origine: template.origine }
    return buildFormView({ form, mapping, modele, answers, titres: new Map() }).then((view): Verification => ({
      annee: annee.libelle,
      date: answers.figures.date,
      clotureeLe: closedOn(ctx.db, annee.id),
      seancesSansRegistre: answers.figures.seancesSansRegistre,
      questionsSansReponse: view.groupes
        .flatMap((g) => g.elements)
        .filter((e) => e.type === 'case' && e.statut === 'manquant' && e.liaison.type === 'question')
        .map((e) => ({ cle: e.cle, libelle: e.libelle })),
      aVerifier: view.aVerifier,
    }))
  },

  'cloture.demarrer': ({ modeleId, dossier, pdf }, ctx) => {
    // Read now, in one go: the files are then made from this snapshot, outside any transaction.
    const input = readClosingInput(ctx, modeleId)
    return progression(startClosingJob(input, { destination: dossier ?? null, pdf }))
  },

  'cloture.progression': ({ travailId }) => progression(requireJob(travailId)),

  'cloture.telecharger': ({ travailId }) => {
    const job = requireFinished(travailId)
    const bytes = job.zip ?? readFileSync(job.resultat.zip)
    return { nomFichier: basename(job.resultat.zip), type: 'application/zip', base64: bytes.toString('base64') } satisfies Fichier
  },

  'cloture.ouvrirDossier': ({ travailId }) => {
    const job = requireFinished(travailId)
    if (job.temporaire) return { ouvert: false }
    return openFolder(job.resultat.dossier).then((ouvert) => ({ ouvert }))
  },

  'cloture.cloturer': ({ travailId }, ctx) => {
    const annee = requireAnnee(ctx)
    const job = requireFinished(travailId)
    if (job.annee !== annee.libelle) throw new ApiError({ code: 'conflict', field: 'travailId', message: `Ce dossier est celui de l'année ${job.annee}, pas de ${annee.libelle} : relancez la clôture.` })
    if (closedOn(ctx.db, annee.id) === null) setClosedOn(ctx.db, annee.id, ctx.today())
    return etat(ctx)
  },

  'cloture.rouvrir': (_i, ctx) => {
    const annee = requireAnnee(ctx)
    setClosedOn(ctx.db, annee.id, null)
    return etat(ctx)
  },
}
