import { ApiError } from '../../shared/contract/errors'
import type { CallsOf, ParsedInput } from '../../shared/contract'
import type { anneeSuivanteContract } from '../../shared/contract/annee-suivante'
import type { DemarrageAnnee, PropositionAnneeSuivante } from '../../shared/contract/annee-suivante'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { proposer } from '../annee-suivante/proposition'
import { readAnneeByLibelle, type AnneeRow } from '../store/repos/association'
import { readCollectifs, writeCollectif } from '../store/repos/collectifs'
import { carryEnfant, copyCompteCollectifs, insertCurrentAnnee, readPreviousAnnee, readReponseRows } from '../store/repos/annees'
import { planCollectif } from '../writes/plan-collectif'
import { snapshotYear, storeArchive } from '../years/archive'

type Choix = ParsedInput<'anneeSuivante.demarrer'>['choix'][number]

const alreadyThere = (libelle: string) =>
  new ApiError({ code: 'conflict', field: 'libelle', message: `L'année scolaire ${libelle} existe déjà dans cette base : elle ne peut pas être démarrée une seconde fois.` })

/** The choices checked against the proposal before anything is frozen or written. */
function checkChoices(previous: AnneeRow, proposition: PropositionAnneeSuivante, input: ParsedInput<'anneeSuivante.demarrer'>): Map<string, Choix> {
  if (input.libelle !== proposition.libelle) {
    throw new ApiError({ code: 'validation', field: 'libelle', message: `libelle : l'année qui suit ${previous.libelle} est ${proposition.libelle}, pas ${input.libelle}` })
  }
  if (proposition.dejaCreee) throw alreadyThere(proposition.libelle)
  const enrolled = new Set(proposition.enfants.map((e) => e.enfantId))
  const collectifs = new Set(proposition.collectifs.map((c) => c.id))
  const choices = new Map<string, Choix>()
  for (const [i, c] of input.choix.entries()) {
    if (!enrolled.has(c.enfantId)) {
      throw new ApiError({ code: 'validation', field: `choix[${i}].enfantId`, message: `choix[${i}].enfantId : « ${c.enfantId} » n'est pas un enfant inscrit en ${previous.libelle}` })
    }
    if (choices.has(c.enfantId)) throw new ApiError({ code: 'validation', field: `choix[${i}].enfantId`, message: `choix[${i}].enfantId : cet enfant est déjà choisi plus haut dans la liste` })
    if (c.collectifId !== undefined && !collectifs.has(c.collectifId)) {
      throw new ApiError({ code: 'validation', field: `choix[${i}].collectifId`, message: `choix[${i}].collectifId : « ${c.collectifId} » ne correspond à aucun collectif de ${previous.libelle}` })
    }
    choices.set(c.enfantId, c)
  }
  return choices
}

/**
 * Creates the next year: its row (made current), a copy of each collectif with its créneaux,
 * schools, usual team and bénévoles' accounts, its séances planned, and the children carried one
 * level up into their collectifs. Lieux, établissements, intervenants and families are shared
 * rows: nothing to copy. Registers, budget, actions, concertations, formations, bonus projects
 * and answers stay with the year they belong to.
 */
function carry(ctx: ServiceContext, previous: AnneeRow, proposition: PropositionAnneeSuivante, choices: Map<string, Choix>): DemarrageAnnee {
  const { libelle, debut, fin, zone, planification } = proposition
  if (readAnneeByLibelle(ctx.db, libelle)) throw alreadyThere(libelle)
  const id = ctx.newId()
  insertCurrentAnnee(ctx.db, { id, libelle, debut, fin, zone, intituleProjet: previous.intituleProjet, numeroAction: previous.numeroAction ?? null })
  const annee: AnneeRow = { id, libelle, debut, fin, zone, intituleProjet: previous.intituleProjet, ...(previous.numeroAction ? { numeroAction: previous.numeroAction } : {}) }

  const copies = new Map<string, string>()
  let seances = 0
  const warnings = new Set<string>()
  for (const collectif of readCollectifs(ctx.db, previous.id)) {
    const copy = { ...collectif, id: ctx.newId() }
    copies.set(collectif.id, copy.id)
    writeCollectif(ctx.db, id, copy)
    copyCompteCollectifs(ctx.db, collectif.id, copy.id)
    if (copy.creneaux.length === 0) continue
    const planned = planCollectif(ctx, annee, copy, planification.du, planification.au)
    seances += planned.creees
    if (planned.avertissement) warnings.add(planned.avertissement)
  }

  let carried = 0
  let partis = 0
  for (const e of proposition.enfants) {
    const choice = choices.get(e.enfantId)
    if (!(choice?.reconduit ?? e.reconduit)) {
      partis++
      continue
    }
    const targets = choice?.collectifId ? [choice.collectifId] : e.collectifProposeIds
    carryEnfant(ctx.db, e.enfantId, e.niveauSuivant ?? e.niveau, targets.map((c) => ({ id: ctx.newId(), collectifId: copies.get(c)! })), debut)
    carried++
  }
  const avertissement = proposition.avertissement ?? [...warnings][0]
  return { libelle, collectifs: copies.size, seances, enfants: carried, partis, ...(avertissement ? { avertissement } : {}) }
}

/** The next year always follows the current one, whichever year the screens show. */
function currentAnnee(ctx: ServiceContext): ReturnType<typeof requireAnnee> {
  const { annee: _shown, ...live } = ctx
  return requireAnnee(live)
}

export const anneeSuivanteHandlers: HandlerMap<CallsOf<typeof anneeSuivanteContract>> = {
  'anneeSuivante.preparer': (_input, ctx) => proposer(ctx, currentAnnee(ctx)),

  // `outsideTransaction` (contract/policy.ts): its own immediate transaction freezes the year, then starts the next one.
  'anneeSuivante.demarrer': (input, ctx) => {
    const previous = currentAnnee(ctx)
    // Checked before the freeze, so that a refused start freezes nothing.
    checkChoices(previous, proposer(ctx, previous), input)
    return ctx.sqlite.transaction(() => {
      // The year that ends is frozen as it stands, under the write lock, before anything of the
      // next one is written: its registers, levels and figures are read from that copy from now on.
      storeArchive(ctx.db, previous.id, snapshotYear(ctx.sqlite), new Date(ctx.access?.now() ?? Date.now()))
      // Read again under the write lock: another window may have changed the year in between.
      const proposition = proposer(ctx, previous)
      return carry(ctx, previous, proposition, checkChoices(previous, proposition, input))
    }).immediate()
  },

  'anneeSuivante.reponsesPrecedentes': (_input, ctx) => {
    const current = requireAnnee(ctx)
    const previous = readPreviousAnnee(ctx.db, current.debut)
    if (!previous) return { libelle: null, reponses: {} }
    const rows = readReponseRows(ctx.db, previous.id)
    return { libelle: previous.libelle, reponses: Object.fromEntries(rows.filter((r) => r.texte.trim() !== '').map((r) => [r.questionId, r.texte])) }
  },
}
