import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { listRefs, requireAnnee, requireExisting, requireRow } from '../api/checks'
import { collectifAnnee, readCollectifs, writeCollectif } from '../store/repos/collectifs'
import { collectifs, etablissements, inscriptions, intervenants, lieux, seances } from '../store/schema'
import type { AnneeRow } from '../store/repos/association'
import { deleteUndoably } from '../undo/delete-undoably'
import type { CallsOf } from '../../shared/contract'
import type { collectifsContract } from '../../shared/contract/collectifs'

/** The evaluation day of the year: today, clipped to the year's bounds. */
export function referenceDay(ctx: ServiceContext, annee: AnneeRow, date?: string): string {
  const d = date ?? ctx.today()
  return d < annee.debut ? annee.debut : d > annee.fin ? annee.fin : d
}

/** A collectif of the current year, or a clear error. */
export function requireCollectifOfYear(ctx: ServiceContext, annee: AnneeRow, id: string, field = 'collectifId'): void {
  const anneeId = collectifAnnee(ctx.db, id)
  if (anneeId === null) throw new ApiError({ code: 'validation', field, message: `${field} : « ${id} » ne correspond à aucun collectif` })
  if (anneeId !== annee.id) throw new ApiError({ code: 'conflict', field, message: `${field} : ce collectif appartient à une autre année scolaire que ${annee.libelle}` })
}

/**
 * The default first day of an enrolment in a collectif: its first séance not cancelled, else the
 * start of the year. Children are usually enrolled for the whole year once the list is known,
 * often after the first séances were held: today would leave those séances out of their register.
 */
export function debutInscriptions(ctx: ServiceContext, annee: AnneeRow, collectifId: string): string {
  const first = ctx.db
    .select({ date: sql<string | null>`min(${seances.date})` })
    .from(seances)
    .where(and(eq(seances.collectifId, collectifId), gte(seances.date, annee.debut), lte(seances.date, annee.fin), sql`coalesce(${seances.annulee}, 0) = 0`))
    .get()?.date
  return first ?? annee.debut
}

function counts(ctx: ServiceContext, anneeId: string, day: string) {
  const effectifs = new Map(
    ctx.db
      .select({ id: inscriptions.collectifId, n: sql<number>`count(distinct ${inscriptions.enfantId})` })
      .from(inscriptions)
      .innerJoin(collectifs, eq(collectifs.id, inscriptions.collectifId))
      .where(and(eq(collectifs.anneeId, anneeId), lte(inscriptions.du, day), or(isNull(inscriptions.au), gte(inscriptions.au, day))))
      .groupBy(inscriptions.collectifId)
      .all()
      .map((r) => [r.id, Number(r.n)]),
  )
  const seanceCounts = new Map(
    ctx.db
      .select({
        id: seances.collectifId,
        prevues: sql<number>`count(*)`,
        tenues: sql<number>`sum(${seances.date} <= ${day})`,
      })
      .from(seances)
      .innerJoin(collectifs, eq(collectifs.id, seances.collectifId))
      .where(and(eq(collectifs.anneeId, anneeId), sql`coalesce(${seances.annulee}, 0) = 0`))
      .groupBy(seances.collectifId)
      .all()
      .map((r) => [r.id, { prevues: Number(r.prevues), tenues: Number(r.tenues ?? 0) }]),
  )
  return { effectifs, seanceCounts }
}

export const collectifsHandlers: HandlerMap<CallsOf<typeof collectifsContract>> = {
  'collectifs.list': ({ date }, ctx) => {
    const annee = requireAnnee(ctx)
    const { effectifs, seanceCounts } = counts(ctx, annee.id, referenceDay(ctx, annee, date))
    return readCollectifs(ctx.db, annee.id).map((c) => ({
      ...c,
      effectif: effectifs.get(c.id) ?? 0,
      seancesPrevues: seanceCounts.get(c.id)?.prevues ?? 0,
      seancesTenues: seanceCounts.get(c.id)?.tenues ?? 0,
      debutInscriptions: debutInscriptions(ctx, annee, c.id),
    }))
  },
  'collectifs.get': ({ id }, ctx) => {
    const annee = requireAnnee(ctx)
    return requireRow(readCollectifs(ctx.db, annee.id, id)[0], 'Collectif')
  },
  'collectifs.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    if (input.id && collectifAnnee(ctx.db, input.id) !== null) requireCollectifOfYear(ctx, annee, input.id, 'id')
    requireExisting(ctx, lieux, lieux.id, [['lieuId', input.lieuId]], 'lieu')
    requireExisting(ctx, etablissements, etablissements.id, listRefs('etablissementIds', input.etablissementIds), 'établissement')
    requireExisting(ctx, intervenants, intervenants.id, listRefs('intervenantIds', input.intervenantIds), 'intervenant')
    const collectif = { ...input, id: input.id ?? ctx.newId() }
    writeCollectif(ctx.db, annee.id, collectif)
    return collectif
  },
  'collectifs.supprimer': ({ id }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, id, 'id')
    const { nom } = requireRow(ctx.db.select({ nom: collectifs.nom }).from(collectifs).where(eq(collectifs.id, id)).get(), 'Collectif')
    const n = ctx.db.select({ n: sql<number>`count(*)` }).from(seances).where(eq(seances.collectifId, id)).get()?.n ?? 0
    const libelle = `le collectif « ${nom} »${n > 0 ? ` (${n} séance${n > 1 ? 's' : ''} et ${n > 1 ? 'leurs registres' : 'son registre'})` : ''}`
    // Its séances, registers, créneaux, enrolments and links go with it by ON DELETE CASCADE, captured too.
    return deleteUndoably(ctx, libelle, [['collectifs', 'id = ?', [id]]], () => ctx.db.delete(collectifs).where(eq(collectifs.id, id)).run())
  },
}
