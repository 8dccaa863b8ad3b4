import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap } from '../api/context'
import { requireAnnee, requireRow } from '../api/checks'
import { deleteProjetBonus, readProjetBonusRow, readProjetsBonus, writeProjetBonus } from '../store/repos/partenariats'
import { deleteUndoably } from '../undo/delete-undoably'
import { requireCollectifOfYear } from '../reads/of-year'
import type { CallsOf } from '../../shared/contract'
import type { projetsBonusContract } from '../../shared/contract/projets-bonus'

export const projetsBonusHandlers: HandlerMap<CallsOf<typeof projetsBonusContract>> = {
  'projetsBonus.list': (_i, ctx) => readProjetsBonus(ctx.db, requireAnnee(ctx).id),
  'projetsBonus.save': (input, ctx) => {
    const annee = requireAnnee(ctx)
    if (input.id !== undefined) {
      // An id that is gone was deleted meanwhile (another window, an undo window passed): saving
      // would bring it back behind the person's back. One of another year would move years.
      const row = requireRow(readProjetBonusRow(ctx.db, input.id), 'Projet bonus')
      if (row.anneeId !== annee.id) throw new ApiError({ code: 'conflict', field: 'id', message: `id : ce projet bonus appartient à une autre année scolaire que ${annee.libelle} : il ne peut pas être modifié ici` })
    }
    input.collectifIds.forEach((collectifId, i) => requireCollectifOfYear(ctx, annee, collectifId, `collectifIds[${i}]`))
    const projet = { ...input, id: input.id ?? ctx.newId() }
    writeProjetBonus(ctx.db, annee.id, projet)
    return requireRow(readProjetsBonus(ctx.db, annee.id).find((p) => p.id === projet.id), 'Projet bonus')
  },
  'projetsBonus.supprimer': ({ id }, ctx) => {
    const annee = requireAnnee(ctx)
    const projet = requireRow(readProjetBonusRow(ctx.db, id), 'Projet bonus')
    if (projet.anneeId !== annee.id) throw new ApiError({ code: 'conflict', message: `Ce projet bonus appartient à une autre année scolaire que ${annee.libelle} : il ne peut pas être supprimé ici.` })
    // Its collectifs and expenses go with it by ON DELETE CASCADE, and come back with it.
    return deleteUndoably(ctx, `le projet bonus « ${projet.intitule} »`, [['projets_bonus', 'id = ?', [id]]], () => deleteProjetBonus(ctx.db, id))
  },
}
