import { ApiError } from '../../shared/contract/errors'
import type { Inscription } from '../../shared/exchange/schema'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee, requireExisting, requireRow } from '../api/checks'
import type { AnneeRow } from '../store/repos/association'
import { deleteEnfant, enfantExists, insertInscription, readEnfants, readInscriptionsIn, writeEnfant } from '../store/repos/enfants'
import { deleteUndoably } from '../undo/delete-undoably'
import { debutInscriptions, requireCollectifOfYear } from '../reads/of-year'
import type { CallsOf } from '../../shared/contract'
import type { enfantsContract } from '../../shared/contract/enfants'

function overlaps(a: Inscription, b: Inscription): boolean {
  return a.collectifId === b.collectifId && a.du <= (b.au ?? '9999-12-31') && b.du <= (a.au ?? '9999-12-31')
}

function requireInYear(annee: AnneeRow, ins: Inscription, field: string): void {
  if (ins.du > annee.fin || (ins.au !== undefined && ins.au < annee.debut)) {
    throw new ApiError({ code: 'validation', field, message: `${field} : l'inscription doit tomber dans l'année scolaire ${annee.libelle} (du ${annee.debut} au ${annee.fin})` })
  }
}

/**
 * An inscription must name a collectif of the year, fall within the year and not overlap
 * another inscription of the child in the same collectif. `prefix` locates it in the input.
 */
function checkInscription(ctx: ServiceContext, annee: AnneeRow, ins: Inscription, others: Inscription[], prefix: string): void {
  requireCollectifOfYear(ctx, annee, ins.collectifId, `${prefix}collectifId`)
  requireInYear(annee, ins, `${prefix}du`)
  if (others.some((o) => overlaps(o, ins))) {
    throw new ApiError({ code: 'validation', field: `${prefix}du`, message: `${prefix}du : cette inscription chevauche une autre inscription de l'enfant dans le même collectif` })
  }
}

export const enfantsHandlers: HandlerMap<CallsOf<typeof enfantsContract>> = {
  'enfants.list': ({ collectifId }, ctx) => readEnfants(ctx.db, requireAnnee(ctx).id, { collectifId }),
  'enfants.get': ({ id }, ctx) => requireRow(readEnfants(ctx.db, requireAnnee(ctx).id, { id })[0], 'Enfant'),
  'enfants.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    requireExisting(ctx, 'etablissements', [['etablissementId', input.etablissementId]], 'établissement')
    requireExisting(ctx, 'familles', [['familleId', input.familleId]], 'famille')
    input.inscriptions.forEach((ins, i) => checkInscription(ctx, annee, ins, input.inscriptions.slice(0, i), `inscriptions[${i}].`))
    const enfant = { ...input, id: input.id ?? ctx.newId() }
    writeEnfant(ctx.db, annee.id, enfant, ctx.newId)
    return requireRow(readEnfants(ctx.db, annee.id, { id: enfant.id })[0], 'Enfant')
  },
  'enfants.enroll': ({ enfantId, ...inscription }, ctx) => {
    const annee = requireAnnee(ctx)
    const enfant = readEnfants(ctx.db, annee.id, { id: enfantId })[0]
    if (!enfant) throw new ApiError({ code: 'validation', field: 'enfantId', message: `enfantId : « ${enfantId} » ne correspond à aucun enfant de l'année` })
    checkInscription(ctx, annee, inscription, enfant.inscriptions, '')
    writeEnfant(ctx.db, annee.id, { ...enfant, inscriptions: [...enfant.inscriptions, inscription] }, ctx.newId)
    return requireRow(readEnfants(ctx.db, annee.id, { id: enfantId })[0], 'Enfant')
  },
  'enfants.inscrirePlusieurs': ({ collectifId, enfantIds, du, au }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    const inscription: Inscription = { collectifId, du: du ?? debutInscriptions(ctx, annee, collectifId), ...(au ? { au } : {}) }
    requireInYear(annee, inscription, 'du')
    const known = readInscriptionsIn(ctx.db, collectifId, enfantIds)
    let inscrits = 0
    let dejaInscrits = 0
    enfantIds.forEach((enfantId, i) => {
      if (!enfantExists(ctx.db, enfantId)) throw new ApiError({ code: 'validation', field: `enfantIds[${i}]`, message: `enfantIds[${i}] : « ${enfantId} » ne correspond à aucun enfant` })
      if (known.some((k) => k.enfantId === enfantId && overlaps({ ...k, au: k.au ?? undefined }, inscription))) {
        dejaInscrits++
        return
      }
      insertInscription(ctx.db, { id: ctx.newId(), enfantId, collectifId, du: inscription.du, au: inscription.au ?? null })
      inscrits++
    })
    return { inscrits, dejaInscrits, du: inscription.du }
  },
  'enfants.supprimer': ({ id }, ctx) => {
    const enfant = requireRow(readEnfants(ctx.db, requireAnnee(ctx).id, { id })[0], 'Enfant')
    // Enrolments and register marks go with the child by ON DELETE CASCADE, and are captured too.
    return deleteUndoably(ctx, `l'enfant « ${enfant.prenom} ${enfant.nom} »`, [['enfants', 'id = ?', [id]]], () => deleteEnfant(ctx.db, id))
  },
}
