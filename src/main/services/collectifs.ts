import type { HandlerMap } from '../api/context'
import { listRefs, requireAnnee, requireExisting, requireRow } from '../api/checks'
import { collectifAnnee, collectifNom, deleteCollectif, readCollectifCounts, readCollectifs, writeCollectif } from '../store/repos/collectifs'
import { countSeances } from '../store/repos/seances'
import { debutInscriptions, referenceDay, requireCollectifOfYear } from '../reads/of-year'
import { deleteUndoably } from '../undo/delete-undoably'
import type { CallsOf } from '../../shared/contract'
import type { collectifsContract } from '../../shared/contract/collectifs'

export const collectifsHandlers: HandlerMap<CallsOf<typeof collectifsContract>> = {
  'collectifs.list': ({ date }, ctx) => {
    const annee = requireAnnee(ctx)
    const { effectifs, seanceCounts } = readCollectifCounts(ctx.db, annee.id, referenceDay(ctx, annee, date))
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
    requireExisting(ctx, 'lieux', [['lieuId', input.lieuId]], 'lieu')
    requireExisting(ctx, 'etablissements', listRefs('etablissementIds', input.etablissementIds), 'établissement')
    requireExisting(ctx, 'intervenants', listRefs('intervenantIds', input.intervenantIds), 'intervenant')
    const collectif = { ...input, id: input.id ?? ctx.newId() }
    writeCollectif(ctx.db, annee.id, collectif)
    return collectif
  },
  'collectifs.supprimer': ({ id }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, id, 'id')
    const nom = requireRow(collectifNom(ctx.db, id), 'Collectif')
    const n = countSeances(ctx.db, id)
    const libelle = `le collectif « ${nom} »${n > 0 ? ` (${n} séance${n > 1 ? 's' : ''} et ${n > 1 ? 'leurs registres' : 'son registre'})` : ''}`
    // Its séances, registers, créneaux, enrolments and links go with it by ON DELETE CASCADE, captured too.
    return deleteUndoably(ctx, libelle, [['collectifs', 'id = ?', [id]]], () => deleteCollectif(ctx.db, id))
  },
}
